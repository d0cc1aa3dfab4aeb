/**
 * Search in the Info view: the body texts are fetched (a separate chunk, from the precache offline) the
 * first time something is typed, then every keystroke searches in memory.
 */
import { computed, shallowRef, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { findExercise, findPage } from '../content/catalog'
import { loadSearchDocuments, searchContent, type SearchHit, type SearchItem } from '../content/search'
import type { ContentLanguage } from '../content/types'

export interface ContentSearchOptions {
  language: MaybeRefOrGetter<ContentLanguage>
  query: MaybeRefOrGetter<string>
}

export function useContentSearch(options: ContentSearchOptions) {
  const items = shallowRef<Partial<Record<ContentLanguage, SearchItem[]>>>({})
  const failed = shallowRef(false)
  const loading = new Set<ContentLanguage>()

  async function load(language: ContentLanguage): Promise<void> {
    if (loading.has(language)) return
    loading.add(language)
    try {
      const documents = await loadSearchDocuments(language)
      const loaded = documents.flatMap((document) => {
        const meta = document.kind === 'page' ? findPage(language, document.id) : findExercise(language, document.id)
        return meta ? [{ ...document, title: meta.title, summary: meta.summary }] : []
      })
      items.value = { ...items.value, [language]: loaded }
      failed.value = false
    } catch {
      failed.value = true
    } finally {
      loading.delete(language)
    }
  }

  const active = computed(() => toValue(options.query).trim() !== '')

  watchEffect(() => {
    const language = toValue(options.language)
    if (active.value && !items.value[language]) void load(language)
  })

  /** The hits, or undefined while the texts are still loading. */
  const hits = computed<SearchHit[] | undefined>(() => {
    const loaded = items.value[toValue(options.language)]
    return loaded ? searchContent(loaded, toValue(options.query)) : undefined
  })

  return { active, hits, failed }
}
