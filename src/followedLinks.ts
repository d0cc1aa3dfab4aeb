/**
 * Back to the link the patient followed. Going back, the router puts back the scroll position the page
 * had, but a page drawn in parts (Insights adds its sections a frame apart) is too short for that
 * position at first: the patient landed at its top, far from the pattern card whose "Read more" they
 * had tapped. So each link followed from <main> is remembered for its history entry (which link, and
 * where it was on the screen). Going back, once the page has drawn that link, it is put at the same
 * place and gets focus, so a screen reader also goes on where the patient left. Looking for it and
 * keeping it in place stop as soon as the patient scrolls, taps or types.
 */
import type { Router } from 'vue-router'
import { findWhenRendered } from './composables/whenRendered'

interface FollowedLink {
  href: string
  /** Which of the page's links to that address it was: a page may link one section twice. */
  index: number
  /** Its top on the screen, in px from the top of the window. */
  top: number
}

/** Only the last few history entries: older ones are rarely gone back to, and fall back to the position. */
const KEEP = 30
/** By history entry: vue-router numbers them (history.state.position). */
const followed = new Map<number, FollowedLink>()
/** What ends the looking: the patient doing something else meanwhile. */
const PATIENT_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const

function historyPosition(): number | null {
  const position = (window.history.state as { position?: unknown } | null)?.position
  return typeof position === 'number' ? position : null
}

function linksTo(href: string): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((link) => link.getAttribute('href') === href)
}

/** Remembers, for the entry being left, the link in <main> whose click started the navigation. */
export function rememberFollowedLinks(router: Router): void {
  let clicked: HTMLAnchorElement | null = null
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('main a[href]') : null
      clicked = link instanceof HTMLAnchorElement ? link : null
      // A click starts its navigation within its own task; a later one (Back) must not find this link.
      setTimeout(() => (clicked = null), 0)
    },
    { capture: true },
  )
  router.beforeEach(() => {
    const position = historyPosition()
    if (!clicked?.isConnected || position === null) return
    const href = clicked.getAttribute('href')!
    followed.set(position, { href, index: linksTo(href).indexOf(clicked), top: clicked.getBoundingClientRect().top })
    if (followed.size > KEEP) followed.delete(followed.keys().next().value!)
  })
}

/**
 * Frames during which a found link is kept in its place: the page may still be too short for that
 * place when the link appears (Insights adds its last part below it a frame later).
 */
const PLACING_FRAMES = 60

/** After going back: once the link followed from this entry is drawn, puts it where it was and focuses it. */
export function returnToFollowedLink(): void {
  const position = historyPosition()
  const link = position === null ? undefined : followed.get(position)
  if (!link) return
  let interrupted = false
  const interrupt = (): void => void (interrupted = true)
  const done = (): void => {
    for (const type of PATIENT_INPUT) window.removeEventListener(type, interrupt, { capture: true })
  }
  for (const type of PATIENT_INPUT) window.addEventListener(type, interrupt, { capture: true, passive: true })
  void findWhenRendered(() => linksTo(link.href)[link.index], 3000, () => interrupted).then((element) => {
    if (!element) return done()
    element.focus({ preventScroll: true })
    let frames = 0
    const place = (): void => {
      if (interrupted || !element.isConnected) return done()
      const shift = element.getBoundingClientRect().top - link.top
      if (Math.abs(shift) >= 1) window.scrollBy({ left: 0, top: shift, behavior: 'instant' })
      if (++frames < PLACING_FRAMES) requestAnimationFrame(place)
      else done()
    }
    place()
  })
}
