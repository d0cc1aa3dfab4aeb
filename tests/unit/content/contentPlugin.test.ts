import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Plugin, ResolvedConfig } from 'vite'
import { CONTENT_MODULE, contentPlugin, SEARCH_MODULE_PREFIX } from '../../../build/contentPlugin'

const ROOT = resolve(__dirname, '../../../')

type Hook = (this: unknown, ...args: unknown[]) => unknown
const call = (plugin: Plugin, name: keyof Plugin, ...args: unknown[]) => {
  const context = {
    error: (message: string) => {
      throw new Error(message)
    },
    addWatchFile: () => undefined,
  }
  return (plugin[name] as Hook).call(context, ...args)
}

function readyPlugin(): Plugin {
  const plugin = contentPlugin()
  call(plugin, 'configResolved', { root: ROOT } as ResolvedConfig)
  return plugin
}

/** Evaluates a small `export const x = <json>` module the way the bundler would expose it. */
function exportsOf(code: string): Record<string, unknown> {
  const exports: Record<string, unknown> = {}
  for (const match of code.matchAll(/export (?:const (\w+) =|(default)) (.*)\n/g)) {
    exports[match[1] ?? match[2] ?? ''] = JSON.parse(match[3] ?? '')
  }
  return exports
}

describe('the content build plugin', () => {
  it('resolves its virtual modules and nothing else', () => {
    const plugin = readyPlugin()
    expect(call(plugin, 'resolveId', CONTENT_MODULE)).toBe(`\0${CONTENT_MODULE}`)
    expect(call(plugin, 'resolveId', `${SEARCH_MODULE_PREFIX}en`)).toBe(`\0${SEARCH_MODULE_PREFIX}en`)
    expect(call(plugin, 'resolveId', 'vue')).toBeNull()
  })

  it('exports the metadata of every page and exercise per language, without the body text', () => {
    const code = call(readyPlugin(), 'load', `\0${CONTENT_MODULE}`) as string
    const { pages, exercises } = exportsOf(code) as { pages: Record<string, { id: string; anchors: unknown[] }[]>; exercises: Record<string, unknown[]> }
    expect(pages.nl?.map((p) => p.id)).toContain('moving-with-pain')
    expect(pages.en?.find((p) => p.id === 'moving-with-pain')?.anchors).toContainEqual({ id: 'traffic-light', text: 'The traffic light', level: 2 })
    expect(exercises.en?.length).toBeGreaterThanOrEqual(10)
    expect(code).not.toContain('Geef je pijn tijdens het bewegen een cijfer')
  })

  it('puts the plain body text of one language in its search module', () => {
    const code = call(readyPlugin(), 'load', `\0${SEARCH_MODULE_PREFIX}nl`) as string
    const documents = exportsOf(code).default as { kind: string; id: string; text: string }[]
    const page = documents.find((d) => d.kind === 'page' && d.id === 'moving-with-pain')
    expect(page?.text).toContain('Geef je pijn tijdens het bewegen een cijfer van 0 tot 10.')
    expect(page?.text).not.toMatch(/[<>]|\{#/)
    expect(documents.some((d) => d.kind === 'exercise' && d.id === 'bridging')).toBe(true)
    expect(code).not.toContain('Give your pain a score')
  })

  it('turns a content Markdown file into a Vue component and leaves other files alone', () => {
    const plugin = readyPlugin()
    const file = resolve(ROOT, 'content/en/moving-with-pain.md')
    const result = call(plugin, 'transform', readFileSync(file, 'utf8'), file) as { code: string }
    expect(result.code).toMatch(/^<template><div class="content" v-pre><p>/)
    expect(result.code).toContain('<h2 id="traffic-light">The traffic light</h2>')
    expect(call(plugin, 'transform', '# readme', resolve(ROOT, 'README.md'))).toBeNull()
    expect(call(plugin, 'transform', 'x', `${file}?vue&type=style&index=0`)).toBeNull()
  })
})
