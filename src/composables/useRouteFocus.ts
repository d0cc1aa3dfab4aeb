/**
 * After a route change, moves focus to the new page (`target`, the shell's <main>), so a screen reader
 * starts reading there and the next Tab starts from the top of the page.
 *
 * It waits a frame and a task (afterPaint), so focusing is a task of its own. Focusing makes the
 * browser work out the page's style and layout at once: in the task of the route switch, that made the
 * switch to Insights a long task on a slow phone. The shell brings a new page in one task after the
 * old one left (App.vue); timers run in order, so focus still lands after the new page is in, though
 * not always after it was painted: then this task does the layout the next frame would have done.
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
