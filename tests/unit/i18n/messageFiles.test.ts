// Every text exists in both languages with the same values to fill in and the same number of count
// forms, and uses only the marks src/i18n/format.ts knows, so no text shows a raw {mark} or a key.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Messages } from '../../../src/i18n/format'

const dir = new URL('../../../src/i18n/', import.meta.url)
const read = (path: string): Messages => JSON.parse(readFileSync(new URL(path, dir), 'utf8')) as Messages
const parts = ['', ...readdirSync(new URL('features/', dir)).filter((f) => f.endsWith('.nl.json')).map((f) => `features/${f.slice(0, -'.nl.json'.length)}.`)]

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const shape = (text: string) => ({
  forms: text.split('|').length,
  values: [...new Set([...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1]))].sort(),
})

describe.each(parts.map((part) => [part || 'core', part]))('message file %s', (_name, part) => {
  const nl = flatten(read(`${part}nl.json`))
  const en = flatten(read(`${part}en.json`))

  it('has the same keys in Dutch and English', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort())
  })

  it('has the same values to fill in and the same count forms in both languages', () => {
    for (const [key, text] of nl) expect(shape(en.get(key) ?? ''), key).toEqual(shape(text))
  })

  it('uses no mark but {name} and |', () => {
    for (const [key, text] of [...nl, ...en]) expect(text.replace(/\{\s*\w+\s*\}/g, ''), key).not.toMatch(/[{}]/)
  })
})
