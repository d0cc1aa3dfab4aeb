/**
 * Gets the screens a patient opens often ready while the phone has nothing else to do. Their code and
 * messages are in the service worker's cache, but fetching, compiling and running them the first time
 * is a long task right after the tap (on a slow phone the Insights screen took longer to switch to
 * than to draw). A view's module may also export `prepare(language)`: work its first render would
 * otherwise do (Insights makes its date and number formats), run once its code and messages are there.
 * Done once, after the first screen has loaded, one step per idle moment; a route opened before that
 * simply loads as it always did. After a change of language, what was prepared is prepared again for
 * the new one (its messages come with the language itself, see i18n's applyLanguage).
 */
import { onMounted, watch } from 'vue'
import { useRouter, type RouteRecordName } from 'vue-router'
import { loadMessages, useI18n, type Language } from '../i18n'

/** What a lazy route's module may offer beside its component. */
interface ViewModule {
  prepare?: (language: Language) => void
}

/** Waits for a moment without other work, or at most `timeout` ms (idle callbacks are not everywhere). */
function whenIdle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout })
    else setTimeout(resolve, timeout)
  })
}

function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve()
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }))
}

export function useRouteWarmUp(names: readonly RouteRecordName[]): void {
  const router = useRouter()
  const { locale } = useI18n()
  /** The `prepare` steps that ran, to run them again in a new language. */
  const prepared: ((language: Language) => void)[] = []

  async function warm(): Promise<void> {
    await afterLoad()
    for (const name of names) {
      const record = router.getRoutes().find((route) => route.name === name)
      if (!record) continue
      await whenIdle(2000)
      // A lazy route's component is its loader; the module stays loaded, so the router's own call later
      // finds it ready. Loading fails only offline without a cache, and then the tap tries again.
      const component = record.components?.default
      const view = typeof component === 'function' ? await (component as () => Promise<ViewModule>)().catch(() => undefined) : undefined
      await whenIdle(2000)
      await loadMessages(record.meta.messages ?? []).catch(() => undefined)
      if (!view?.prepare) continue
      await whenIdle(2000)
      view.prepare(locale.value)
      prepared.push(view.prepare)
    }
  }

  async function prepareAgain(language: Language): Promise<void> {
    for (const prepare of prepared) {
      await whenIdle(2000)
      if (locale.value === language) prepare(language)
    }
  }

  onMounted(() => void warm())
  watch(locale, (language) => void prepareAgain(language))
}
