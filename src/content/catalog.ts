/**
 * The metadata of every page and exercise (titles, summaries, anchors, sources), made at build time
 * from the front matter in content/. Small enough to load with the Info view; the bodies load per page.
 */
import { exercises, pages } from 'virtual:heupwijs-content'
import { TOPICS, type ContentLanguage, type ExerciseMeta, type PageMeta, type Topic } from './types'

export interface TopicGroup {
  topic: Topic
  pages: PageMeta[]
}

export function pagesIn(language: ContentLanguage): PageMeta[] {
  return pages[language]
}

export function exercisesIn(language: ContentLanguage): ExerciseMeta[] {
  return exercises[language]
}

export function findPage(language: ContentLanguage, id: string): PageMeta | undefined {
  return pages[language].find((page) => page.id === id)
}

export function findExercise(language: ContentLanguage, id: string): ExerciseMeta | undefined {
  return exercises[language].find((exercise) => exercise.id === id)
}

/** Pages grouped by topic, in the fixed topic order; topics without pages are left out. */
export function groupByTopic(list: readonly PageMeta[]): TopicGroup[] {
  return TOPICS.map((topic) => ({ topic, pages: list.filter((page) => page.topic === topic) })).filter((group) => group.pages.length > 0)
}
