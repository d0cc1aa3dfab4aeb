/**
 * The shape of the Learn content as the build hands it to the browser. The build plugin
 * (build/contentPlugin.ts) produces these from the front matter of content/**.md and checks them,
 * so the browser can trust every field.
 */

export type ContentLanguage = 'nl' | 'en'

/** The groups the Info view shows pages in; a page's `topic` must be one of these. */
export const TOPICS = ['about', 'living', 'treatment', 'care', 'questions'] as const
export type Topic = (typeof TOPICS)[number]

export const LEVELS = ['easy', 'medium', 'hard'] as const
export type Level = (typeof LEVELS)[number]

/** A dose: sets of repetitions, or sets of holding for a number of seconds. */
export type Dose = { sets: number; reps: number } | { sets: number; seconds: number }

export interface Source {
  title: string
  url: string
  /** The day the source was read, 'YYYY-MM-DD'. */
  read: string
}

/** A heading with an explicit `{#anchor}`: a place other screens can link to. */
export interface Anchor {
  id: string
  text: string
  level: number
}

interface ContentMeta {
  id: string
  title: string
  summary: string
  order: number
  anchors: Anchor[]
  sources: Source[]
  /** The day the text was last checked, 'YYYY-MM-DD'. */
  reviewed: string
}

export interface PageMeta extends ContentMeta {
  topic: Topic
  /** Ids of pages in the same language, shown as "read also". */
  related: string[]
}

export interface ExerciseMeta extends ContentMeta {
  purpose: string
  levels: Record<Level, Dose>
  imageAlt: string
}

export type ContentKind = 'page' | 'exercise'

/** The plain text of one page or exercise, for search. */
export interface SearchDocument {
  kind: ContentKind
  id: string
  text: string
}
