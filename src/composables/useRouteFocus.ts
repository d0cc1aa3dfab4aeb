/**
 * After a route change, moves focus to the new page (`target`, the shell's <main>), so a screen reader
 * starts reading there and the next Tab starts from the top of the page.
 *
 * It waits until the new page has been painted. Focusing makes the browser work out the new page's
 * style and layout at once: in the task of the route switch, that made the switch to Insights a long
 * task on a slow phone. Once the page is painted, that work is done already and focusing is cheap.
 *
 * Waiting means the new page may have moved focus itself by then: a deep link's section (scrollBehavior
 * in router.ts) or a field that asks for it. Focus that landed inside the page since the change stays.
 */
import { onScopeDispose, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import { afterPaint } from './afterPaint'

export function useRouteFocus(target: Readonly<Ref<HTMLElement | null>>): void {
  const router = useRouter()
  let latest = 0

  const stop = router.afterEach((to, from) => {
    // The first screen and changes within a page (a query, a section) keep focus where it is.
    if (!from.matched.length || to.path === from.path) return
    const change = ++latest
    const focusedBefore = document.activeElement
    afterPaint(() => {
      const page = target.value
      if (change !== latest || !page) return // a newer change moves focus itself
      const focused = document.activeElement
      const pageTookFocus = focused !== null && focused !== focusedBefore && focused !== page && page.contains(focused)
      if (!pageTookFocus) page.focus({ preventScroll: true })
    })
  })
  onScopeDispose(stop)
}
