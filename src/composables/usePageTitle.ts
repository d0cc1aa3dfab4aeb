/**
 * The tab title of a screen that knows its name only once its content is there (a Learn page, an
 * exercise): the screen names itself here and the shell puts the name before "Heupwijs". Without
 * one the shell uses the route's own title.
 */
import { onScopeDispose, readonly, shallowRef, watchEffect } from 'vue'

const named = shallowRef<{ title: string; owner: symbol } | null>(null)

/** The name the current screen gave itself, if any. */
export const pageTitle = readonly(named)

export function usePageTitle(title: () => string | undefined): void {
  const owner = Symbol('page title')
  watchEffect(() => {
    const text = title()
    named.value = text ? { title: text, owner } : null
  })
  // The next screen may name itself before this one is gone: only take away our own name.
  onScopeDispose(() => {
    if (named.value?.owner === owner) named.value = null
  })
}
