/**
 * Where other screens link into Learn. Use these rather than writing paths by hand, so a link from a plan
 * item or a check-in field always lands on the route, and the section, the content defines.
 */
import type { RouteLocationRaw } from 'vue-router'

/** A page, or a section of it: `anchor` is the `{#anchor}` of a heading in content/<lang>/<page>.md. */
export function learnPageRoute(page: string, anchor?: string): RouteLocationRaw {
  return { name: 'learn-page', params: { id: page }, hash: anchor ? `#${anchor}` : '' }
}

export function exerciseRoute(exercise: string, anchor?: string): RouteLocationRaw {
  return { name: 'learn-exercise', params: { id: exercise }, hash: anchor ? `#${anchor}` : '' }
}
