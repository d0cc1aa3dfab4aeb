import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadCollection, type ContentEntry } from '../../../build/content/collection'

const CONTENT = resolve(__dirname, '../../../content')
const collection = loadCollection(CONTENT)
const LANGUAGES = ['nl', 'en'] as const

function markdownFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name))
}

const pageFiles = LANGUAGES.flatMap((language) => markdownFilesIn(join(CONTENT, language)))
const exerciseFiles = LANGUAGES.flatMap((language) => markdownFilesIn(join(CONTENT, 'exercises', language)))

function frontMatterOf(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))
  expect(match, `${file} starts with front matter`).not.toBeNull()
  return parse(match?.[1] ?? '') as Record<string, unknown>
}

const entriesIn = (language: string, kind: ContentEntry['kind']) => collection.entries.filter((e) => e.language === language && e.kind === kind)

describe('the content in content/', () => {
  it('reads and checks every file without a problem', () => {
    expect(collection.entries).toHaveLength(pageFiles.length + exerciseFiles.length)
  })

  it('gives every page the front matter keys the app needs, with values of the right kind', () => {
    for (const file of pageFiles) {
      const data = frontMatterOf(file)
      expect(Object.keys(data).sort(), file).toEqual(['id', 'order', 'related', 'reviewed', 'sources', 'summary', 'title', 'topic'])
      expect(`${data.id}.md`, file).toBe(file.split('/').at(-1))
      for (const key of ['title', 'summary', 'topic'] as const) expect(typeof data[key] === 'string' && data[key].length > 0, `${file} ${key}`).toBe(true)
      expect(Number.isInteger(data.order), `${file} order`).toBe(true)
      expect(Array.isArray(data.related), `${file} related`).toBe(true)
      expect(data.reviewed, `${file} reviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('gives every exercise the front matter keys the app needs', () => {
    for (const file of exerciseFiles) {
      const data = frontMatterOf(file)
      expect(Object.keys(data).sort(), file).toEqual(['id', 'image', 'imageAlt', 'levels', 'order', 'purpose', 'reviewed', 'sources', 'summary', 'title'])
      expect(`${data.id}.md`, file).toBe(file.split('/').at(-1))
    }
  })

  it('has every topic the issue asks for, in Dutch and in English', () => {
    const topics = ['what-is-hip-oa', 'symptoms', 'causes-and-risks', 'prevention', 'when-to-see-gp', 'at-the-hospital', 'treatment-without-surgery', 'pain-medication', 'moving-with-pain', 'flare-ups', 'weight', 'smoking', 'faq']
    for (const language of LANGUAGES) expect(collection.pages[language].map((p) => p.id).sort()).toEqual([...topics].sort())
  })

  it('has the same page and exercise ids in Dutch and English', () => {
    for (const kind of ['page', 'exercise'] as const) {
      const ids = (language: string) => entriesIn(language, kind).map((e) => e.meta.id).sort()
      expect(ids('en')).toEqual(ids('nl'))
    }
  })

  it('has the same anchors in the same order in both languages, so deep links work in either', () => {
    for (const entry of collection.entries.filter((e) => e.language === 'nl')) {
      const english = collection.entries.find((e) => e.language === 'en' && e.kind === entry.kind && e.meta.id === entry.meta.id)
      expect(english?.meta.anchors.map((a) => a.id), entry.file).toEqual(entry.meta.anchors.map((a) => a.id))
    }
  })

  it('resolves every internal link and anchor to an existing page or exercise in the same language', () => {
    let checked = 0
    for (const entry of collection.entries) {
      for (const link of entry.body.links) {
        const target = collection.entries.find((e) => e.language === entry.language && e.kind === link.kind && e.meta.id === link.id)
        expect(target, `${entry.file} → ${link.id}`).toBeDefined()
        if (link.anchor) expect(target?.meta.anchors.map((a) => a.id), `${entry.file} → ${link.id}#${link.anchor}`).toContain(link.anchor)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('points every related page at an existing page other than itself', () => {
    for (const language of LANGUAGES) {
      const ids = collection.pages[language].map((p) => p.id)
      for (const page of collection.pages[language]) {
        expect(page.related.length, page.id).toBeGreaterThan(0)
        for (const id of page.related) {
          expect(ids, `${language}/${page.id} related`).toContain(id)
          expect(id).not.toBe(page.id)
        }
      }
    }
  })

  it('cites at least one source with an https address and the date it was read on every page and exercise', () => {
    for (const entry of collection.entries) {
      expect(entry.meta.sources.length, entry.file).toBeGreaterThan(0)
      for (const source of entry.meta.sources) {
        expect(source.url, entry.file).toMatch(/^https:\/\/\S+$/)
        expect(source.read, entry.file).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(source.title.length, entry.file).toBeGreaterThan(0)
      }
    }
  })

  it('starts every body at h2 (under the page title) and never skips a heading level', () => {
    for (const entry of collection.entries) {
      let previous = 1
      for (const heading of entry.body.headings) {
        expect(heading.level, `${entry.file}: ${heading.text}`).toBeGreaterThanOrEqual(2)
        expect(heading.level, `${entry.file}: ${heading.text}`).toBeLessThanOrEqual(previous + 1)
        previous = heading.level
      }
    }
  })

  it('has at least ten exercises, each with three levels and an existing illustration', () => {
    for (const language of LANGUAGES) {
      const exercises = entriesIn(language, 'exercise')
      expect(exercises.length).toBeGreaterThanOrEqual(10)
      for (const entry of exercises) {
        if (entry.kind !== 'exercise') continue
        expect(Object.keys(entry.meta.levels), entry.file).toEqual(['easy', 'medium', 'hard'])
        for (const dose of Object.values(entry.meta.levels)) {
          expect(dose.sets).toBeGreaterThan(0)
          expect('reps' in dose ? dose.reps : dose.seconds).toBeGreaterThan(0)
        }
        expect(readdirSync(join(CONTENT, 'exercises', 'img'))).toContain(entry.image.split('/').at(-1))
        expect(entry.svg.startsWith('<svg ')).toBe(true)
        expect(entry.meta.imageAlt.length, entry.file).toBeGreaterThan(20)
      }
    }
  })

  it('lists pages and exercises in their front matter order', () => {
    for (const language of LANGUAGES) {
      for (const list of [collection.pages[language], collection.exercises[language]]) {
        const orders = list.map((item) => item.order)
        expect(orders).toEqual([...orders].sort((a, b) => a - b))
      }
    }
  })
})
