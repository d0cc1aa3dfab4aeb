/**
 * Compiles the Learn content at build time (as VitePress does): each content/**.md file becomes a Vue
 * single-file component of static markup, which @vitejs/plugin-vue then compiles (include the files
 * there: `vue({ include: [/\.vue$/, /content\/.*\.md$/] })`). Two virtual modules carry the rest:
 *
 *  - `virtual:heupwijs-content`: the metadata of every page and exercise, per language;
 *  - `virtual:heupwijs-search/<lang>`: the plain text of every body, imported only when someone searches.
 *
 * A broken link, a missing translation or a bad illustration fails the build (build/content/collection.ts).
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import type { ContentLanguage, SearchDocument } from '../src/content/types.ts'
import { CONTENT_LANGUAGES, loadCollection, type ContentCollection, type ContentEntry } from './content/collection.ts'
import { toSfc } from './content/sfc.ts'

export const CONTENT_MODULE = 'virtual:heupwijs-content'
export const SEARCH_MODULE_PREFIX = 'virtual:heupwijs-search/'

const RESOLVED = '\0'

export function contentPlugin(options: { folder?: string } = {}): Plugin {
  let contentRoot = ''
  let collection: ContentCollection | undefined
  // Read lazily: a dev server or test run that never opens Learn does not pay for it.
  const current = (): ContentCollection => (collection ??= loadCollection(contentRoot))
  const isContentFile = (file: string) => file.startsWith(`${contentRoot}/`)

  function findEntry(file: string, source?: string): ContentEntry | undefined {
    const entry = current().byFile.get(file)
    if (entry && (source === undefined || entry.source === source)) return entry
    collection = undefined // the file changed since the collection was read
    return current().byFile.get(file)
  }

  function searchModule(language: ContentLanguage): string {
    const documents: SearchDocument[] = current()
      .entries.filter((entry) => entry.language === language)
      .map((entry) => ({ kind: entry.kind, id: entry.meta.id, text: entry.body.text }))
    return `export default ${JSON.stringify(documents)}\n`
  }

  return {
    name: 'heupwijs:content',
    enforce: 'pre',

    configResolved(config) {
      contentRoot = resolve(config.root, options.folder ?? 'content')
    },

    buildStart() {
      // A production build checks all content up front, even files nothing imports yet.
      collection = undefined
      if (this.meta.watchMode === false) current()
    },

    resolveId(id) {
      if (id === CONTENT_MODULE || id.startsWith(SEARCH_MODULE_PREFIX)) return RESOLVED + id
      return null
    },

    load(id) {
      if (id === RESOLVED + CONTENT_MODULE) {
        const { pages, exercises } = current()
        return `export const pages = ${JSON.stringify(pages)}\nexport const exercises = ${JSON.stringify(exercises)}\n`
      }
      if (id.startsWith(RESOLVED + SEARCH_MODULE_PREFIX)) {
        const language = id.slice(RESOLVED.length + SEARCH_MODULE_PREFIX.length)
        if (!(CONTENT_LANGUAGES as readonly string[]).includes(language)) this.error(`no content language "${language}"`)
        return searchModule(language as ContentLanguage)
      }
      return null
    },

    transform(code, id) {
      // Only the .md file itself; sub-requests of plugin-vue (`?vue&type=…`) are already components.
      if (id.includes('?') || !id.endsWith('.md') || !isContentFile(id)) return null
      const entry = findEntry(id, code)
      if (!entry) this.error(`${id} is not where pages (content/<lang>/) or exercises (content/exercises/<lang>/) live`)
      if (entry.kind === 'exercise') this.addWatchFile(entry.image)
      return { code: toSfc(entry), map: null }
    },

    handleHotUpdate(context) {
      if (!isContentFile(context.file)) return undefined
      collection = undefined
      // plugin-vue reads the file again for hot updates; hand it the component, not the Markdown.
      if (context.file.endsWith('.md')) {
        const { file, read } = context
        context.read = async () => {
          const entry = findEntry(file, await read())
          return entry ? toSfc(entry) : ''
        }
      }
      for (const id of [CONTENT_MODULE, ...CONTENT_LANGUAGES.map((l) => SEARCH_MODULE_PREFIX + l)]) {
        const module = context.server.moduleGraph.getModuleById(RESOLVED + id)
        if (module) context.server.moduleGraph.invalidateModule(module)
      }
      context.server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
