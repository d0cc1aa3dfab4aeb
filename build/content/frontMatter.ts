/**
 * Front matter of the content files: split it from the body, parse it as YAML and check every field,
 * so a hospital editing a page gets a clear build error instead of a broken screen.
 */
import { parse } from 'yaml'
import { isLocalDate } from '../../src/domain/dates.ts'
import { LEVELS, TOPICS, type Dose, type Level, type Source, type Topic } from '../../src/content/types.ts'

export interface PageFrontMatter {
  id: string
  title: string
  summary: string
  topic: Topic
  order: number
  related: string[]
  reviewed: string
  sources: Source[]
}

export interface ExerciseFrontMatter {
  id: string
  title: string
  summary: string
  order: number
  purpose: string
  levels: Record<Level, Dose>
  image: string
  imageAlt: string
  reviewed: string
  sources: Source[]
}

/** Lowercase words joined by single hyphens: safe in a URL, an id attribute and a file name. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

export class ContentError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`)
    this.name = 'ContentError'
  }
}

export function splitFrontMatter(source: string, file: string): { data: unknown; body: string } {
  const match = FENCE.exec(source)
  if (!match) throw new ContentError(file, 'the file must start with front matter between two --- lines')
  let data: unknown
  try {
    data = parse(match[1] ?? '')
  } catch (error) {
    throw new ContentError(file, `the front matter is not valid YAML (${(error as Error).message})`)
  }
  return { data, body: source.slice(match[0].length) }
}

/** Reads fields one by one and names the first one that is missing or wrong. */
class Fields {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly file: string,
  ) {}

  fail(key: string, expected: string): never {
    throw new ContentError(this.file, `front matter "${key}" must be ${expected}`)
  }

  text(key: string): string {
    const value = this.data[key]
    if (typeof value !== 'string' || !value.trim()) this.fail(key, 'a non-empty text')
    return value.trim()
  }

  slug(key: string): string {
    const value = this.text(key)
    if (!SLUG.test(value)) this.fail(key, 'lowercase letters, digits and hyphens')
    return value
  }

  date(key: string): string {
    const value = this.data[key]
    if (!isLocalDate(value)) this.fail(key, 'a date written as YYYY-MM-DD')
    return value
  }

  order(key: string): number {
    const value = this.data[key]
    if (!Number.isInteger(value)) this.fail(key, 'a whole number')
    return value as number
  }

  slugList(key: string): string[] {
    const value = this.data[key]
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && SLUG.test(item))) {
      this.fail(key, 'a list of page ids')
    }
    return value as string[]
  }

  sources(key: string): Source[] {
    const value = this.data[key]
    if (!Array.isArray(value) || value.length === 0) this.fail(key, 'a list with at least one source')
    return value.map((item: unknown, index) => {
      const label = `${key}[${index}]`
      const { title, url, read } = isRecord(item) ? item : {}
      if (typeof title !== 'string' || !title.trim()) this.fail(`${label}.title`, 'a non-empty text')
      if (typeof url !== 'string' || !/^https:\/\/\S+$/.test(url)) this.fail(`${label}.url`, 'an https:// address')
      if (!isLocalDate(read)) this.fail(`${label}.read`, 'the date the source was read, as YYYY-MM-DD')
      return { title: title.trim(), url, read }
    })
  }

  levels(key: string): Record<Level, Dose> {
    const value = this.data[key]
    if (!isRecord(value) || Object.keys(value).sort().join() !== [...LEVELS].sort().join()) {
      this.fail(key, `exactly the levels ${LEVELS.join(', ')}`)
    }
    const positive = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0
    const dose = (level: Level): Dose => {
      const raw = value[level]
      const keys = isRecord(raw) ? Object.keys(raw).sort().join() : ''
      if (isRecord(raw) && keys === 'reps,sets' && positive(raw.sets) && positive(raw.reps)) return { sets: raw.sets, reps: raw.reps }
      if (isRecord(raw) && keys === 'seconds,sets' && positive(raw.sets) && positive(raw.seconds)) return { sets: raw.sets, seconds: raw.seconds }
      return this.fail(`${key}.${level}`, '{ sets, reps } or { sets, seconds } with whole numbers above 0')
    }
    return { easy: dose('easy'), medium: dose('medium'), hard: dose('hard') }
  }

  topic(key: string): Topic {
    const value = this.data[key]
    if (!(TOPICS as readonly unknown[]).includes(value)) this.fail(key, `one of ${TOPICS.join(', ')}`)
    return value as Topic
  }

  /** Keys nobody reads are usually typos of keys that should have been read. */
  onlyKnown(known: readonly string[]): void {
    const unknown = Object.keys(this.data).filter((key) => !known.includes(key))
    if (unknown.length) throw new ContentError(this.file, `unknown front matter ${unknown.map((k) => `"${k}"`).join(', ')}`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fieldsOf(data: unknown, file: string): Fields {
  if (!isRecord(data)) throw new ContentError(file, 'the front matter must be a list of "key: value" lines')
  return new Fields(data, file)
}

const PAGE_KEYS = ['id', 'title', 'summary', 'topic', 'order', 'related', 'reviewed', 'sources'] as const
const EXERCISE_KEYS = ['id', 'title', 'summary', 'order', 'purpose', 'levels', 'image', 'imageAlt', 'reviewed', 'sources'] as const

export function readPageFrontMatter(data: unknown, file: string): PageFrontMatter {
  const fields = fieldsOf(data, file)
  fields.onlyKnown(PAGE_KEYS)
  return {
    id: fields.slug('id'),
    title: fields.text('title'),
    summary: fields.text('summary'),
    topic: fields.topic('topic'),
    order: fields.order('order'),
    related: fields.slugList('related'),
    reviewed: fields.date('reviewed'),
    sources: fields.sources('sources'),
  }
}

export function readExerciseFrontMatter(data: unknown, file: string): ExerciseFrontMatter {
  const fields = fieldsOf(data, file)
  fields.onlyKnown(EXERCISE_KEYS)
  const image = fields.text('image')
  if (!/^[a-z0-9-]+\.svg$/.test(image)) fields.fail('image', 'the file name of an SVG in content/exercises/img')
  return {
    id: fields.slug('id'),
    title: fields.text('title'),
    summary: fields.text('summary'),
    order: fields.order('order'),
    purpose: fields.text('purpose'),
    levels: fields.levels('levels'),
    image,
    imageAlt: fields.text('imageAlt'),
    reviewed: fields.date('reviewed'),
    sources: fields.sources('sources'),
  }
}
