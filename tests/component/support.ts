/** Mounting helpers: the real i18n instance, a fresh Pinia and a memory-history router per test. */
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { applyLanguage, i18n, type Language } from '../../src/i18n'
import { routes } from '../../src/router'

export async function plugins(language: Language = 'nl', path = '/') {
  await applyLanguage(language)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  return { router, global: { plugins: [createPinia(), i18n, router] } }
}
