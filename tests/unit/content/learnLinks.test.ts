import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { loadCollection } from '../../../build/content/collection'
import { PATTERN_LINKS } from '../../../src/components/insights/patternLinks'
import { LEARN_LINKS, type LearnLink } from '../../../src/domain/todayPlan'
import { exerciseRoute, learnPageRoute } from '../../../src/content/links'

const collection = loadCollection(resolve(__dirname, '../../../content'))

function expectSectionsExist(links: Record<string, LearnLink>): void {
  for (const [name, link] of Object.entries(links)) {
    for (const language of ['nl', 'en'] as const) {
      const page = collection.pages[language].find((p) => p.id === link.page)
      expect(page, `${name}: ${language}/${link.page}`).toBeDefined()
      if (link.anchor) expect(page?.anchors.map((a) => a.id), `${name}: ${language}/${link.page}#${link.anchor}`).toContain(link.anchor)
    }
  }
}

/** Every `learnPageRoute('page', 'anchor')` written out in a source file (as the Insights screen does). */
function literalRouteLinks(): Record<string, LearnLink> {
  const root = resolve(__dirname, '../../../src')
  const links: Record<string, LearnLink> = {}
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(vue|ts)$/.test(f))) {
    const text = readFileSync(join(root, file), 'utf8')
    for (const [call, page, anchor] of text.matchAll(/learnPageRoute\(\s*'([\w-]+)'(?:\s*,\s*'([\w-]+)')?\s*\)/g)) {
      links[`${file}: ${call}`] = anchor ? { page: page!, anchor } : { page: page! }
    }
  }
  return links
}

describe('links from other screens into Learn', () => {
  it('land on a page section that exists in every language for every plan link', () => {
    expectSectionsExist(LEARN_LINKS)
  })

  it('land on a page section that exists in every language for every pattern card on Insights', () => {
    expectSectionsExist(PATTERN_LINKS)
    // The change-over-time card explains its bands where they are written down, not on a page about effort.
    expect(PATTERN_LINKS.change).toEqual({ page: 'symptoms', anchor: 'meaningful-change' })
  })

  it('land on a page section that exists in every language for every learnPageRoute written in the code', () => {
    const links = literalRouteLinks()
    // The Insights screen alone links seven sections this way; finding none would mean the pattern broke.
    expect(Object.keys(links).length).toBeGreaterThanOrEqual(7)
    expectSectionsExist(links)
  })

  it('resolve to the Learn routes with the section as hash', () => {
    const stub = { render: () => null }
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/learn/exercises/:id', name: 'learn-exercise', component: stub },
        { path: '/learn/:id', name: 'learn-page', component: stub },
      ],
    })
    expect(router.resolve(learnPageRoute('moving-with-pain', 'traffic-light')).fullPath).toBe('/learn/moving-with-pain#traffic-light')
    expect(router.resolve(learnPageRoute('faq')).fullPath).toBe('/learn/faq')
    expect(router.resolve(exerciseRoute('bridging', 'when-to-stop')).fullPath).toBe('/learn/exercises/bridging#when-to-stop')
  })
})
