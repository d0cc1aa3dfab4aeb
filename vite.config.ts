import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { headersFor, readHeadersFile } from './build/headers.ts'
import { contentPlugin } from './build/contentPlugin.ts'
import pkg from './package.json' with { type: 'json' }

const headersFile = fileURLToPath(new URL('./public/_headers', import.meta.url))

/** `npm run bench` builds into its own folder, with a static comparator page in the same precache. */
const benchBuild = process.env.HEUPWIJS_BENCH === '1'

function benchComparator(): Plugin {
  return {
    name: 'heupwijs:bench-comparator',
    generateBundle() {
      const source = readFileSync(fileURLToPath(new URL('./tests/perf/static-page.html', import.meta.url)), 'utf8')
      this.emitFile({ type: 'asset', fileName: 'bench-static.html', source })
    },
  }
}

/** The preview server answers with the headers of public/_headers, as a static host would. */
function staticHostHeaders(): Plugin {
  return {
    name: 'heupwijs:static-host-headers',
    configurePreviewServer(server) {
      const rules = readHeadersFile(headersFile)
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname
        for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value)
        next()
      })
    },
  }
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  plugins: [
    contentPlugin(),
    vue({ include: [/\.vue$/, /content\/.*\.md$/] }),
    staticHostHeaders(),
    benchBuild && benchComparator(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Heupwijs',
        short_name: 'Heupwijs',
        description: 'Je dagboek en dagplan bij artrose in de heup. Alles blijft op je eigen toestel.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0f6b5c',
        background_color: '#f7f5f0',
        categories: ['health', 'medical', 'lifestyle'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The plugin adds manifest.webmanifest itself; listing it here would precache it twice.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt}'],
        globIgnores: ['**/_headers'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        navigationPreload: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    outDir: benchBuild ? 'bench-results/dist' : 'dist',
    emptyOutDir: true,
  },
  test: {
    // Property tests and fake-indexeddb are slow on a busy 2-core machine: allow time, assert no speed.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/setup/indexeddb.ts'] } },
      { extends: true, test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom', setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/messages.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' } },
    ],
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
})
