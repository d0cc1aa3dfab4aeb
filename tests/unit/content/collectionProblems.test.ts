import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ContentCollectionError, loadCollection } from '../../../build/content/collection'

let root: string

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

function page(id: string, body: string, extra = ''): string {
  return `---
id: ${id}
title: "Title of ${id}"
summary: "Summary"
topic: about
order: 10
related: []
reviewed: 2026-11-24
sources:
  - title: "A source"
    url: https://example.org/source
    read: 2026-11-24
${extra}---
${body}`
}

function exercise(id: string, image = 'pic.svg'): string {
  return `---
id: ${id}
title: Exercise
summary: Summary
order: 10
purpose: Purpose
levels:
  easy: { sets: 2, reps: 8 }
  medium: { sets: 3, reps: 10 }
  hard: { sets: 3, seconds: 30 }
image: ${image}
imageAlt: "A person doing the exercise"
reviewed: 2026-11-24
sources:
  - title: "A source"
    url: https://example.org/source
    read: 2026-11-24
---
## Steps {#steps}
Do it.
`
}

/** A small, valid collection; each test breaks one thing. */
function writeValid(): void {
  for (const language of ['nl', 'en']) {
    write(`${language}/first.md`, page('first', '## Part {#part}\nSee [the second page](second.md#other).\n'))
    write(`${language}/second.md`, page('second', '## Other {#other}\nText.\n'))
    write(`exercises/${language}/lift.md`, exercise('lift'))
  }
  write('exercises/img/pic.svg', SVG)
}

function problemsOf(): string[] {
  try {
    loadCollection(root)
  } catch (error) {
    if (error instanceof ContentCollectionError) return error.problems
    throw error
  }
  return []
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'heupwijs-content-'))
  writeValid()
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('checking a content collection', () => {
  it('accepts a valid collection', () => {
    expect(problemsOf()).toEqual([])
  })

  it('rejects a link to a page that does not exist', () => {
    write('nl/first.md', page('first', '## Part {#part}\nSee [this](missing.md).\n'))
    expect(problemsOf()).toEqual([expect.stringMatching(/nl\/first\.md: link to missing\.md: there is no such page in nl/)])
  })

  it('rejects a link to an anchor the other page does not have', () => {
    write('en/first.md', page('first', '## Part {#part}\nSee [this](second.md#nowhere).\n'))
    expect(problemsOf()).toEqual([expect.stringMatching(/en\/first\.md: link to second\.md#nowhere: .*second\.md has no heading \{#nowhere\}/)])
  })

  it('rejects a link to an exercise that does not exist', () => {
    write('nl/first.md', page('first', '## Part {#part}\nDo [this](exercises/jump.md).\n'))
    expect(problemsOf()).toEqual([expect.stringMatching(/link to exercises\/jump\.md: there is no such exercise in nl/)])
  })

  it('rejects a page that exists in only one language', () => {
    write('nl/third.md', page('third', 'Only in Dutch.\n'))
    expect(problemsOf()).toEqual(['page "third" exists in nl but not in en'])
  })

  it('rejects translations whose anchors differ', () => {
    write('en/second.md', page('second', '## Other {#another}\nText.\n'))
    const problems = problemsOf()
    expect(problems).toContainEqual(expect.stringMatching(/en\/second\.md: anchors \(another\) differ from nl \(other\)/))
  })

  it('rejects a heading that skips a level', () => {
    write('nl/second.md', page('second', '## Other {#other}\n#### Too deep\n'))
    expect(problemsOf()).toEqual([expect.stringMatching(/heading "Too deep" is an h4 after an h2/)])
  })

  it('rejects an h1 in the body, because the title is the h1', () => {
    write('nl/second.md', page('second', '# Second title\n## Other {#other}\n'))
    expect(problemsOf()).toEqual([expect.stringMatching(/heading "Second title" is an h1/)])
  })

  it('rejects front matter without sources, naming the file and the key', () => {
    write('nl/second.md', page('second', '## Other {#other}\n').replace(/sources:[\s\S]*?---/, '---'))
    expect(problemsOf()).toEqual([expect.stringMatching(/nl\/second\.md: front matter "sources" must be a list with at least one source/)])
  })

  it('rejects a source without the date it was read', () => {
    write('nl/second.md', page('second', '## Other {#other}\n').replace('    read: 2026-11-24\n', ''))
    expect(problemsOf()).toEqual([expect.stringMatching(/"sources\[0\]\.read" must be the date the source was read/)])
  })

  it('rejects an unknown front matter key, which is usually a typo', () => {
    write('nl/second.md', page('second', '## Other {#other}\n', 'reviwed: 2026-11-24\n'))
    expect(problemsOf()).toEqual([expect.stringMatching(/unknown front matter "reviwed"/)])
  })

  it('rejects a topic the Info view has no group for', () => {
    write('nl/second.md', page('second', '## Other {#other}\n').replace('topic: about', 'topic: gossip'))
    expect(problemsOf()).toEqual([expect.stringMatching(/"topic" must be one of about, living, treatment, care, questions/)])
  })

  it('rejects a related page that does not exist', () => {
    write('nl/second.md', page('second', '## Other {#other}\n').replace('related: []', 'related: [nowhere]'))
    expect(problemsOf()).toEqual([expect.stringMatching(/related page "nowhere" does not exist in nl/)])
  })

  it('rejects a file whose name is not its id', () => {
    write('nl/second.md', page('secnod', '## Other {#other}\n'))
    expect(problemsOf()).toContainEqual(expect.stringMatching(/nl\/second\.md: the file name must be the id, secnod\.md/))
  })

  it('rejects the same anchor twice on one page', () => {
    write('nl/second.md', page('second', '## Other {#other}\n## Again {#other}\n'))
    expect(problemsOf()).toContainEqual(expect.stringMatching(/anchor \{#other\} is used twice/))
  })

  it('rejects an exercise level with a missing number', () => {
    write('exercises/nl/lift.md', exercise('lift').replace('{ sets: 2, reps: 8 }', '{ sets: 2 }'))
    expect(problemsOf()).toEqual([expect.stringMatching(/"levels\.easy" must be \{ sets, reps \} or \{ sets, seconds \}/)])
  })

  it('rejects an exercise whose illustration is missing', () => {
    write('exercises/nl/lift.md', exercise('lift', 'gone.svg'))
    expect(problemsOf()).toEqual([expect.stringMatching(/the illustration gone\.svg is not in content\/exercises\/img/)])
  })

  it('rejects an illustration with a script in it', () => {
    write('exercises/img/pic.svg', SVG.replace('</svg>', '<script>alert(1)</script></svg>'))
    const problems = problemsOf()
    expect(problems).toHaveLength(2) // once per language
    expect(problems[0]).toMatch(/pic\.svg: element <script> is not allowed/)
  })
})
