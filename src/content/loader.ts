/**
 * The compiled bodies of pages and exercises (one small chunk each, precached by the service worker),
 * loaded only when a page is opened.
 */
import type { Component } from 'vue'
import type { ContentKind, ContentLanguage } from './types'

type ComponentModule = { default: Component }

const pageModules = import.meta.glob<ComponentModule>(['../../content/nl/*.md', '../../content/en/*.md'])
const exerciseModules = import.meta.glob<ComponentModule>(['../../content/exercises/nl/*.md', '../../content/exercises/en/*.md'])

function modulePath(kind: ContentKind, language: ContentLanguage, id: string): string {
  return kind === 'page' ? `../../content/${language}/${id}.md` : `../../content/exercises/${language}/${id}.md`
}

/** The body as a component, or undefined when there is no such page in that language. */
export async function loadContent(kind: ContentKind, language: ContentLanguage, id: string): Promise<Component | undefined> {
  const load = (kind === 'page' ? pageModules : exerciseModules)[modulePath(kind, language, id)]
  return load ? (await load()).default : undefined
}
