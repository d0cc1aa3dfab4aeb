/** Modules made at build time by build/contentPlugin.ts from the files in content/. */

declare module 'virtual:heupwijs-content' {
  /** Every page per language, sorted by `order`. */
  export const pages: Record<import('./types').ContentLanguage, import('./types').PageMeta[]>
  /** Every exercise per language, sorted by `order`. */
  export const exercises: Record<import('./types').ContentLanguage, import('./types').ExerciseMeta[]>
}

declare module 'virtual:heupwijs-search/nl' {
  const documents: import('./types').SearchDocument[]
  export default documents
}

declare module 'virtual:heupwijs-search/en' {
  const documents: import('./types').SearchDocument[]
  export default documents
}

declare module '*.md' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
