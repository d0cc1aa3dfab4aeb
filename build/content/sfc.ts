/**
 * Turns a rendered content file into a Vue single-file component, so Vue compiles it to static markup
 * and the browser needs no Markdown parser. `v-pre` keeps Vue from reading anything in the text as
 * template syntax: a `{{ }}` in the content stays text.
 *
 * An exercise also inlines its illustration and leaves a slot after it, where the view puts the
 * purpose and the three levels (their labels come from the i18n files, not from the content).
 */
import type { ContentEntry } from './collection.ts'
import { escapeHtml } from './markdown.ts'

export function toSfc(entry: ContentEntry): string {
  if (entry.kind === 'page') {
    return `<template><div class="content" v-pre>${entry.body.html}</div></template>\n`
  }
  const figure =
    `<figure class="exercise-figure" v-pre>` +
    `<div class="exercise-image" role="img" aria-label="${escapeHtml(entry.meta.imageAlt)}">${entry.svg}</div>` +
    `</figure>`
  return `<template><div class="content">${figure}<slot></slot><div v-pre>${entry.body.html}</div></div></template>\n`
}
