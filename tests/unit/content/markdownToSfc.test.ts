import { describe, expect, it } from 'vitest'
import { createSSRApp } from 'vue'
import { compileTemplate, parse } from 'vue/compiler-sfc'
import { renderToString } from 'vue/server-renderer'
import type { ExerciseEntry, PageEntry } from '../../../build/content/collection'
import { renderBody } from '../../../build/content/markdown'
import { toSfc } from '../../../build/content/sfc'
import type { ExerciseMeta, PageMeta } from '../../../src/content/types'

const PAGE_META: PageMeta = { id: 'test', title: 'Test', summary: '', topic: 'about', order: 1, related: [], anchors: [], sources: [], reviewed: '2026-11-24' }

function pageSfc(markdown: string): string {
  const body = renderBody(markdown, { file: 'test.md', kind: 'page', id: 'test' })
  const entry: PageEntry = { kind: 'page', language: 'nl', file: 'test.md', source: markdown, meta: PAGE_META, body }
  return toSfc(entry)
}

function templateOf(sfc: string): string {
  const { descriptor, errors } = parse(sfc, { filename: 'test.vue' })
  expect(errors).toEqual([])
  return descriptor.template?.content ?? ''
}

/** Renders the SFC's template as Vue would, to see what reaches the page. */
async function renderSfc(sfc: string): Promise<string> {
  const template = templateOf(sfc)
  const compiled = compileTemplate({ source: template, filename: 'test.vue', id: 'test' })
  expect(compiled.errors).toEqual([])
  return renderToString(createSSRApp({ template }))
}

const HOSTILE = [
  '## Danger {#danger}',
  'Curly {{ 1+1 }} and {{ constructor.constructor("alert(1)")() }} stay text.',
  '',
  'Raw <script>alert(1)</script> and <img src=x onerror="alert(1)"> and <b v-html="x">bold</b>.',
  '',
  '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) [plain](http://example.org)',
  '',
  '![picture](https://example.org/tracker.png) [safe](https://example.org/page)',
  '',
  '<div onclick="alert(1)">block html</div>',
].join('\n')

describe('the Markdown to component compiler', () => {
  it('keeps {{ }} as text, so Vue never evaluates anything from the content', async () => {
    const html = await renderSfc(pageSfc(HOSTILE))
    expect(html).toContain('Curly {{ 1+1 }} and {{ constructor.constructor(&quot;alert(1)&quot;)() }} stay text.')
    expect(html).not.toContain('Curly 2')
  })

  it('escapes raw HTML from the Markdown into inert text', async () => {
    const html = await renderSfc(pageSfc(HOSTILE))
    expect(html).toContain('Raw &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(html).toContain('&lt;div onclick=&quot;alert(1)&quot;&gt;block html&lt;/div&gt;')
    expect(html).not.toMatch(/<(script|img|b|div onclick)\b/i)
  })

  it('drops javascript:, data:, vbscript: and plain http links, leaving their text', async () => {
    const html = await renderSfc(pageSfc(HOSTILE))
    expect(html).not.toMatch(/href="(javascript|data|vbscript|http):/i)
    expect(html).toContain('[click](javascript:alert(1))')
    expect(html).toContain('<a href="https://example.org/page" rel="noreferrer">safe</a>')
  })

  it('turns no Markdown image into an <img>, so no picture is loaded from elsewhere', async () => {
    const html = await renderSfc(pageSfc(HOSTILE))
    expect(html).toContain('!<a href="https://example.org/tracker.png" rel="noreferrer">picture</a>')
    expect(html).not.toContain('<img')
  })

  it('marks the whole body v-pre, so the markup is compiled as static text', () => {
    expect(templateOf(pageSfc('Hello'))).toBe('<div class="content" v-pre><p>Hello</p>\n</div>')
  })

  it('moves a trailing {#anchor} to the heading id and leaves headings without one alone', async () => {
    const html = await renderSfc(pageSfc('## Traffic light {#traffic-light}\n\n## No anchor\n'))
    expect(html).toContain('<h2 id="traffic-light">Traffic light</h2>')
    expect(html).toContain('<h2>No anchor</h2>')
  })

  it('rewrites links to other content files to app routes', async () => {
    const html = await renderSfc(pageSfc('[a](flare-ups.md) [b](moving-with-pain.md#traffic-light) [c](exercises/bridging.md) [d](#here)'))
    expect(html).toContain('<a href="/learn/flare-ups">a</a>')
    expect(html).toContain('<a href="/learn/moving-with-pain#traffic-light">b</a>')
    expect(html).toContain('<a href="/learn/exercises/bridging">c</a>')
    expect(html).toContain('<a href="/learn/test#here">d</a>')
  })

  it('wraps a table in a focusable region named by the heading above it, so it can scroll at 200 % zoom', async () => {
    const html = await renderSfc(pageSfc('## Levels {#levels}\n\n| A | B |\n|---|---|\n| 1 | 2 |\n'))
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-labelledby="levels"><table>')
    expect(html).toContain('<th scope="col">A</th>')
  })

  it('collects the plain text of the body for search, without anchors or markup', () => {
    const body = renderBody('## Traffic light {#traffic-light}\nGreen is **safe**, see [flare-ups](flare-ups.md).\n', { file: 't.md', kind: 'page', id: 't' })
    expect(body.text).toBe('Traffic light Green is safe, see flare-ups.')
    expect(body.headings).toEqual([{ level: 2, text: 'Traffic light', anchor: 'traffic-light' }])
  })

  it('rejects an anchor that is not a simple slug', () => {
    expect(() => renderBody('## Title {#Not OK}\n', { file: 't.md', kind: 'page', id: 't' })).toThrow(/t\.md: anchor \{#Not OK\} must be lowercase/)
  })

  it('inlines an exercise illustration behind a text alternative and escapes that text', async () => {
    const meta: ExerciseMeta = {
      ...PAGE_META,
      purpose: 'Purpose',
      levels: { easy: { sets: 1, reps: 1 }, medium: { sets: 1, reps: 1 }, hard: { sets: 1, reps: 1 } },
      imageAlt: 'A person "lifting" <b>{{ 1+1 }}</b>',
    }
    const body = renderBody('## Steps {#steps}\nDo it.\n', { file: 'e.md', kind: 'exercise', id: 'e' })
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="4"></circle></svg>'
    const entry: ExerciseEntry = { kind: 'exercise', language: 'nl', file: 'e.md', source: '', meta, body, svg, image: 'e.svg' }
    const html = await renderSfc(toSfc(entry))
    expect(html).toContain('<figure class="exercise-figure"><div class="exercise-image" role="img" aria-label="A person &quot;lifting&quot; &lt;b&gt;{{ 1+1 }}&lt;/b&gt;"><svg')
    expect(html).toContain('aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="4"></circle></svg>')
    expect(html).toContain('<h2 id="steps">Steps</h2>')
  })
})
