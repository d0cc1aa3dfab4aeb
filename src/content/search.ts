/**
 * Search over the pages and exercises of one language: title, summary and body text. Accents and case
 * do not matter (typing "ene" finds "één"), every word typed must occur, and matches in the title rank
 * first, then the summary, then the body.
 */
import type { ContentKind, ContentLanguage, SearchDocument } from './types'

export interface SearchItem {
  kind: ContentKind
  id: string
  title: string
  summary: string
  text: string
}

export interface SearchHit {
  kind: ContentKind
  id: string
  title: string
  summary: string
}

const WEIGHT = { title: 100, summary: 10, text: 1 } as const

/** Lowercase without accents, so "Één" and "een" compare equal. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

function wordsOf(query: string): string[] {
  return normalizeForSearch(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

export function searchContent(items: readonly SearchItem[], query: string): SearchHit[] {
  const words = wordsOf(query)
  if (!words.length) return []
  const scored = items.flatMap((item, position) => {
    const fields = { title: normalizeForSearch(item.title), summary: normalizeForSearch(item.summary), text: normalizeForSearch(item.text) }
    let score = 0
    for (const word of words) {
      const field = (['title', 'summary', 'text'] as const).find((name) => fields[name].includes(word))
      if (!field) return []
      score += WEIGHT[field]
    }
    return [{ hit: { kind: item.kind, id: item.id, title: item.title, summary: item.summary }, score, position }]
  })
  return scored.sort((a, b) => b.score - a.score || a.position - b.position).map(({ hit }) => hit)
}

const documentLoaders: Record<ContentLanguage, () => Promise<{ default: SearchDocument[] }>> = {
  nl: () => import('virtual:heupwijs-search/nl'),
  en: () => import('virtual:heupwijs-search/en'),
}

/** The plain text of every body in one language: a separate chunk, fetched on the first search. */
export async function loadSearchDocuments(language: ContentLanguage): Promise<SearchDocument[]> {
  return (await documentLoaders[language]()).default
}
