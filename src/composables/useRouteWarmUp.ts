/**
 * Gets the screens a patient opens often ready while the phone has nothing else to do. Their code and
 * messages are in the service worker's cache, but fetching, compiling and running them the first time
 * is a long task right after the tap (on a slow phone the Insights screen took longer to switch to
 * than to draw). Done once, after the first screen has loaded, one route per idle moment; a route
 * opened before that simply loads as it always did.
 */
import { onMounted } from 'vue'
import { useRouter, type RouteRecordName } from 'vue-router'
import { loadMessages } from '../i18n'

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

  async function warm(): Promise<void> {
    await afterLoad()
    for (const name of names) {
      const record = router.getRoutes().find((route) => route.name === name)
      if (!record) continue
      await whenIdle(2000)
      // A lazy route's component is its loader; the module stays loaded, so the router's own call later
      // finds it ready. Loading fails only offline without a cache, and then the tap tries again.
      const component = record.components?.default
      if (typeof component === 'function') await (component as () => Promise<unknown>)().catch(() => undefined)
      await whenIdle(2000)
      await loadMessages(record.meta.messages ?? []).catch(() => undefined)
    }
  }

  onMounted(() => void warm())
}
