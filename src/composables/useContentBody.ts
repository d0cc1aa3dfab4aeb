/**
 * The compiled body of one page or exercise, loaded for the current language and id and loaded again
 * when either changes (switching language swaps the open page for its translation).
 */
import { shallowRef, toValue, watch, type Component, type MaybeRefOrGetter } from 'vue'
import { loadContent } from '../content/loader'
import type { ContentKind, ContentLanguage } from '../content/types'

export type BodyState = 'loading' | 'ready' | 'missing' | 'failed'

export interface ContentBodyOptions {
  kind: ContentKind
  language: MaybeRefOrGetter<ContentLanguage>
  id: MaybeRefOrGetter<string>
}

export function useContentBody(options: ContentBodyOptions) {
  const body = shallowRef<Component>()
  const state = shallowRef<BodyState>('loading')
  let latest = 0

  watch(
    () => [toValue(options.language), toValue(options.id)] as const,
    async ([language, id]) => {
      const request = ++latest
      state.value = 'loading'
      try {
        const loaded = await loadContent(options.kind, language, id)
        if (request !== latest) return // a newer page was asked for meanwhile
        body.value = loaded
        state.value = loaded ? 'ready' : 'missing'
      } catch {
        if (request === latest) state.value = 'failed'
      }
    },
    { immediate: true },
  )

  return { body, state }
}
