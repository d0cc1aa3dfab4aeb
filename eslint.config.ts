/**
 * Lint for Vue + TypeScript, plus the project's dependency rules: each folder may import only what its
 * layer is allowed to know about (see docs/architecture.md).
 */
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'

type Restriction = { group: string[]; message: string }

const restrict = (files: string[], patterns: Restriction[]) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

const NO_FRAMEWORK: Restriction = {
  group: ['vue', 'vue-*', 'pinia', 'idb', '@vueuse/*', 'virtual:*'],
  message: 'src/domain is pure TypeScript: no Vue, Pinia, idb or PWA imports.',
}
const NO_STORAGE: Restriction = { group: ['**/storage', '**/storage/**', 'idb'], message: 'Only src/stores may use storage.' }
const NO_STORES: Restriction = { group: ['**/stores', '**/stores/**', 'pinia'], message: 'Components get data through props, not stores.' }
const NO_VIEWS: Restriction = { group: ['**/views/**'], message: 'Only the router imports views.' }
const NO_TESTS: Restriction = { group: ['**/tests/**'], message: 'App code never imports tests.' }
const NO_IDB: Restriction = { group: ['idb'], message: 'Only src/storage imports idb.' }
const NO_PWA: Restriction = { group: ['virtual:pwa-register*'], message: 'Only src/pwa registers the service worker.' }

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' } },
    rules: {
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/require-default-prop': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'eval', message: 'The CSP forbids eval.' }],
      'no-new-func': 'error',
    },
  },
  restrict(['src/domain/**'], [NO_FRAMEWORK, NO_STORAGE, NO_STORES, NO_VIEWS, NO_TESTS]),
  restrict(['src/storage/**'], [NO_STORES, NO_VIEWS, NO_TESTS, NO_PWA, { group: ['vue', 'pinia'], message: 'Storage knows nothing of Vue.' }]),
  restrict(['src/stores/**'], [NO_VIEWS, NO_TESTS, NO_IDB, NO_PWA]),
  restrict(['src/components/**'], [NO_STORAGE, NO_STORES, NO_VIEWS, NO_TESTS, NO_PWA]),
  restrict(['src/composables/**', 'src/content/**', 'src/i18n/**'], [NO_STORAGE, NO_VIEWS, NO_TESTS, NO_PWA]),
  restrict(['src/views/**', 'src/App.vue', 'src/main.ts', 'src/router.ts'], [NO_STORAGE, NO_TESTS, NO_IDB, NO_PWA]),
  restrict(['src/pwa/**'], [NO_STORAGE, NO_VIEWS, NO_TESTS, NO_IDB]),
  {
    // The domain is pure: no browser globals, so the clock and storage always come in as parameters.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch'].map((name) => ({ name, message: 'src/domain has no browser access.' })),
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in: no new Date() in src/domain.' }],
    },
  },
)
