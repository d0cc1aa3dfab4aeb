import { describe, expect, it } from 'vitest'
import { normalizeForSearch, searchContent, type SearchItem } from '../../../src/content/search'

const item = (id: string, title: string, summary: string, text: string): SearchItem => ({ kind: 'page', id, title, summary, text })

const ITEMS: SearchItem[] = [
  item('body-only', 'Gewicht', 'Over kilo’s', 'Ook wandelen helpt je heup.'),
  item('summary', 'Bewegen', 'Wandelen en fietsen', 'Rustig opbouwen.'),
  item('title', 'Wandelen met artrose', 'Tips', 'Begin klein.'),
  item('accent', 'Één keer per dag', 'Cafeïne en koffie', 'Niets over lopen.'),
]

describe('searching the Learn content', () => {
  it('ignores case and accents', () => {
    expect(normalizeForSearch('Één CAFEÏNE')).toBe('een cafeine')
    expect(searchContent(ITEMS, 'EEN').map((h) => h.id)).toEqual(['accent'])
    expect(searchContent(ITEMS, 'cafeine').map((h) => h.id)).toEqual(['accent'])
  })

  it('ranks title hits first, then summary hits, then body hits', () => {
    expect(searchContent(ITEMS, 'wandelen').map((h) => h.id)).toEqual(['title', 'summary', 'body-only'])
  })

  it('finds a page by a word that only occurs in its body', () => {
    expect(searchContent(ITEMS, 'heup').map((h) => h.id)).toEqual(['body-only'])
  })

  it('needs every word typed to occur somewhere in the page', () => {
    expect(searchContent(ITEMS, 'wandelen klein').map((h) => h.id)).toEqual(['title'])
    expect(searchContent(ITEMS, 'wandelen zwemmen')).toEqual([])
  })

  it('finds nothing for an empty query or only punctuation', () => {
    expect(searchContent(ITEMS, '   ')).toEqual([])
    expect(searchContent(ITEMS, '?!')).toEqual([])
  })

  it('returns the title and summary to show, not the body text', () => {
    expect(searchContent(ITEMS, 'fietsen')).toEqual([{ kind: 'page', id: 'summary', title: 'Bewegen', summary: 'Wandelen en fietsen' }])
  })
})
