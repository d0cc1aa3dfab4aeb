import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { loadCollection } from '../../../build/content/collection'
import { LEARN_LINKS } from '../../../src/domain/todayPlan'
import { exerciseRoute, learnPageRoute } from '../../../src/content/links'

const collection = loadCollection(resolve(__dirname, '../../../content'))

describe('links from other screens into Learn', () => {
  it('land on a page section that exists in every language for every plan link', () => {
    for (const [name, link] of Object.entries(LEARN_LINKS)) {
      for (const language of ['nl', 'en'] as const) {
        const page = collection.pages[language].find((p) => p.id === link.page)
        expect(page, `${name}: ${language}/${link.page}`).toBeDefined()
        expect(page?.anchors.map((a) => a.id), `${name}: ${language}/${link.page}#${link.anchor}`).toContain(link.anchor)
      }
    }
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
