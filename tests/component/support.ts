/** Mounting helpers: the real i18n instance, a fresh Pinia and a memory-history router per test. */
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { applyLanguage, i18n, type Language } from '../../src/i18n'
import { routes } from '../../src/router'

export async function plugins(language: Language = 'nl', path = '/') {
  await applyLanguage(language)
  // Active before the first navigation, as in the app: a route may start a read (InsightsView's prefetch).
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  return { router, global: { plugins: [pinia, i18n, router] } }
}

/** Lets lazy views, content chunks and search texts load, then re-render. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
