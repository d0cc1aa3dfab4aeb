/**
 * Reads the whole content folder, renders every file and checks the collection as a whole: the same
 * pages and anchors in every language, every link and related page resolving, headings in order,
 * exercises with a safe illustration. All problems are reported together, so one build run shows an
 * editor everything to fix.
 *
 * Layout:  content/<lang>/<page-id>.md · content/exercises/<lang>/<exercise-id>.md · content/exercises/img/*.svg
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Anchor, ContentKind, ContentLanguage, ExerciseMeta, PageMeta } from '../../src/content/types.ts'
import { ContentError, readExerciseFrontMatter, readPageFrontMatter, splitFrontMatter } from './frontMatter.ts'
import { renderBody, type RenderedBody } from './markdown.ts'
import { readSvg, writeSvg } from './svg.ts'

export const CONTENT_LANGUAGES: readonly ContentLanguage[] = ['nl', 'en']

/** Page ids that would collide with other routes under /learn. */
const RESERVED_PAGE_IDS = ['exercises']

export interface PageEntry {
  kind: 'page'
  language: ContentLanguage
  file: string
  source: string
  meta: PageMeta
  body: RenderedBody
}

export interface ExerciseEntry {
  kind: 'exercise'
  language: ContentLanguage
  file: string
  source: string
  meta: ExerciseMeta
  body: RenderedBody
  /** The checked illustration, ready to inline. */
  svg: string
  /** Where the illustration came from, so a change to it rebuilds the exercise. */
  image: string
}

export type ContentEntry = PageEntry | ExerciseEntry

export interface ContentCollection {
  entries: ContentEntry[]
  byFile: Map<string, ContentEntry>
  pages: Record<ContentLanguage, PageMeta[]>
  exercises: Record<ContentLanguage, ExerciseMeta[]>
}

export class ContentCollectionError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content in content/ has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`)
    this.name = 'ContentCollectionError'
  }
}

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(folder, name))
}

function anchorsOf(body: RenderedBody): Anchor[] {
  return body.headings.flatMap(({ level, text, anchor }) => (anchor ? [{ id: anchor, text, level }] : []))
}

function readPage(file: string, language: ContentLanguage): PageEntry {
  const source = readFileSync(file, 'utf8')
  const { data, body } = splitFrontMatter(source, file)
  const front = readPageFrontMatter(data, file)
  const rendered = renderBody(body, { file, kind: 'page', id: front.id })
  const { id, title, summary, topic, order, related, reviewed, sources } = front
  return { kind: 'page', language, file, source, body: rendered, meta: { id, title, summary, topic, order, related, anchors: anchorsOf(rendered), sources, reviewed } }
}

function readExercise(file: string, language: ContentLanguage, imageFolder: string): ExerciseEntry {
  const source = readFileSync(file, 'utf8')
  const { data, body } = splitFrontMatter(source, file)
  const front = readExerciseFrontMatter(data, file)
  const image = join(imageFolder, front.image)
  if (!existsSync(image)) throw new ContentError(file, `the illustration ${front.image} is not in content/exercises/img`)
  let svg: string
  try {
    svg = writeSvg(readSvg(readFileSync(image, 'utf8')))
  } catch (error) {
    throw new ContentError(image, (error as Error).message)
  }
  const rendered = renderBody(body, { file, kind: 'exercise', id: front.id })
  const { id, title, summary, order, purpose, levels, imageAlt, reviewed, sources } = front
  return { kind: 'exercise', language, file, source, svg, image, body: rendered, meta: { id, title, summary, order, purpose, levels, imageAlt, anchors: anchorsOf(rendered), sources, reviewed } }
}

/** The first heading of a body is an h2 (the title is the h1) and no level is skipped on the way down. */
function headingProblems(entry: ContentEntry): string[] {
  let previous = 1
  const problems: string[] = []
  for (const heading of entry.body.headings) {
    if (heading.level > previous + 1 || heading.level < 2) {
      problems.push(`${entry.file}: heading "${heading.text}" is an h${heading.level} after an h${previous} (the page title is the only h1; skip no level)`)
    }
    previous = heading.level
  }
  return problems
}

function duplicateProblems(entries: ContentEntry[]): string[] {
  const problems: string[] = []
  const seen = new Map<string, string>()
  for (const entry of entries) {
    const key = `${entry.language}/${entry.kind}/${entry.meta.id}`
    const other = seen.get(key)
    if (other) problems.push(`${entry.file}: id "${entry.meta.id}" is also used by ${other}`)
    seen.set(key, entry.file)
    if (basename(entry.file) !== `${entry.meta.id}.md`) problems.push(`${entry.file}: the file name must be the id, ${entry.meta.id}.md`)
    if (entry.kind === 'page' && RESERVED_PAGE_IDS.includes(entry.meta.id)) problems.push(`${entry.file}: the id "${entry.meta.id}" is reserved`)
    const anchors = entry.meta.anchors.map((anchor) => anchor.id)
    for (const anchor of new Set(anchors.filter((a, i) => anchors.indexOf(a) !== i))) problems.push(`${entry.file}: anchor {#${anchor}} is used twice`)
    for (const anchor of anchors.filter((a) => a.endsWith('-heading'))) problems.push(`${entry.file}: anchor {#${anchor}}: ids ending in -heading belong to the screens around the text`)
  }
  return problems
}

/** Other screens link by id and anchor in whatever language is chosen, so every language has them all. */
function languageProblems(entries: ContentEntry[]): string[] {
  const problems: string[] = []
  const [first, ...others] = CONTENT_LANGUAGES
  for (const kind of ['page', 'exercise'] as ContentKind[]) {
    const inLanguage = (language: ContentLanguage) => new Map(entries.filter((e) => e.kind === kind && e.language === language).map((e) => [e.meta.id, e]))
    const reference = inLanguage(first as ContentLanguage)
    for (const language of others) {
      const translated = inLanguage(language)
      for (const id of reference.keys()) if (!translated.has(id)) problems.push(`${kind} "${id}" exists in ${first} but not in ${language}`)
      for (const id of translated.keys()) if (!reference.has(id)) problems.push(`${kind} "${id}" exists in ${language} but not in ${first}`)
      for (const [id, entry] of translated) {
        const expected = reference.get(id)?.meta.anchors.map((a) => a.id).join(', ')
        const actual = entry.meta.anchors.map((a) => a.id).join(', ')
        if (expected !== undefined && expected !== actual) problems.push(`${entry.file}: anchors (${actual}) differ from ${first} (${expected})`)
      }
    }
  }
  return problems
}

function linkProblems(entries: ContentEntry[]): string[] {
  const problems: string[] = []
  const find = (language: ContentLanguage, kind: ContentKind, id: string) => entries.find((e) => e.language === language && e.kind === kind && e.meta.id === id)
  for (const entry of entries) {
    for (const link of entry.body.links) {
      const target = find(entry.language, link.kind, link.id)
      const name = `${link.kind === 'exercise' ? 'exercises/' : ''}${link.id}.md${link.anchor ? `#${link.anchor}` : ''}`
      if (!target) problems.push(`${entry.file}: link to ${name}: there is no such ${link.kind} in ${entry.language}`)
      else if (link.anchor && !target.meta.anchors.some((a) => a.id === link.anchor)) problems.push(`${entry.file}: link to ${name}: ${target.file} has no heading {#${link.anchor}}`)
    }
    if (entry.kind === 'page') {
      for (const id of entry.meta.related) {
        if (id === entry.meta.id) problems.push(`${entry.file}: a page cannot be related to itself`)
        else if (!find(entry.language, 'page', id)) problems.push(`${entry.file}: related page "${id}" does not exist in ${entry.language}`)
      }
    }
  }
  return problems
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id)

/** Reads and checks everything under `contentRoot`; throws a ContentCollectionError listing every problem. */
export function loadCollection(contentRoot: string): ContentCollection {
  const entries: ContentEntry[] = []
  const problems: string[] = []
  const attempt = (read: () => ContentEntry) => {
    try {
      entries.push(read())
    } catch (error) {
      if (!(error instanceof ContentError)) throw error
      problems.push(error.message)
    }
  }
  const imageFolder = join(contentRoot, 'exercises', 'img')
  for (const language of CONTENT_LANGUAGES) {
    for (const file of markdownFiles(join(contentRoot, language))) attempt(() => readPage(file, language))
    for (const file of markdownFiles(join(contentRoot, 'exercises', language))) attempt(() => readExercise(file, language, imageFolder))
  }
  const everyFileRead = problems.length === 0
  problems.push(...entries.flatMap(headingProblems))
  // Checks across files only once every file could be read: a file that failed would show up again
  // as a missing translation and as the target of broken links.
  if (everyFileRead) problems.push(...duplicateProblems(entries), ...languageProblems(entries), ...linkProblems(entries))
  if (problems.length) throw new ContentCollectionError(problems)

  const metaOf = <K extends ContentKind>(kind: K, language: ContentLanguage) =>
    entries.filter((e): e is Extract<ContentEntry, { kind: K }> => e.kind === kind && e.language === language).map((e) => e.meta)
  const perLanguage = <T>(make: (language: ContentLanguage) => T) => Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, make(l)])) as Record<ContentLanguage, T>
  return {
    entries,
    byFile: new Map(entries.map((entry) => [entry.file, entry])),
    pages: perLanguage((language) => (metaOf('page', language) as PageMeta[]).sort(byOrder)),
    exercises: perLanguage((language) => (metaOf('exercise', language) as ExerciseMeta[]).sort(byOrder)),
  }
}
