import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALLOWED_SVG, readSvg, writeSvg, type SvgElement } from '../../../build/content/svg'

const IMAGES = resolve(__dirname, '../../../content/exercises/img')
const wrap = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`

function elementsOf(element: SvgElement): SvgElement[] {
  return [element, ...element.children.flatMap(elementsOf)]
}

describe('the SVG allow-list for exercise illustrations', () => {
  const files = readdirSync(IMAGES).filter((name) => name.endsWith('.svg'))

  it('accepts every illustration in content/exercises/img', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
    for (const file of files) expect(() => readSvg(readFileSync(join(IMAGES, file), 'utf8')), file).not.toThrow()
  })

  it('finds only allowed elements and attributes in every illustration, and no script, style, handler or link', () => {
    for (const file of files) {
      const source = readFileSync(join(IMAGES, file), 'utf8')
      for (const element of elementsOf(readSvg(source))) {
        expect(Object.keys(ALLOWED_SVG), file).toContain(element.name)
        for (const [key] of element.attributes) {
          expect(ALLOWED_SVG[element.name], `${file} <${element.name} ${key}>`).toContain(key)
          expect(key).not.toMatch(/^on|href|style/i)
        }
      }
      expect(source).not.toMatch(/<script|<style|foreignObject|href|\son\w+=|javascript:/i)
    }
  })

  it.each([
    ['a script element', wrap('<script>alert(1)</script>'), /element <script> is not allowed/],
    ['a style element', wrap('<style>circle{fill:red}</style>'), /element <style> is not allowed/],
    ['a foreignObject', wrap('<foreignObject width="5" height="5"></foreignObject>'), /element <foreignObject> is not allowed/],
    ['a link element', wrap('<a href="https://example.org"><circle cx="1" cy="1" r="1"/></a>'), /element <a> is not allowed/],
    ['an image element', wrap('<image href="x.png"/>'), /element <image> is not allowed/],
    ['an event handler', wrap('<circle cx="1" cy="1" r="1" onclick="alert(1)"/>'), /attribute onclick is not allowed on <circle>/],
    ['an onload on the root', wrap('', ' onload="alert(1)"'), /attribute onload is not allowed on <svg>/],
    ['an href', wrap('<path d="M0 0" href="#x"/>'), /attribute href is not allowed/],
    ['an xlink:href', wrap('<path d="M0 0" xlink:href="#x"/>'), /attribute xlink:href is not allowed/],
    ['a style attribute', wrap('<circle cx="1" cy="1" r="1" style="fill:red"/>'), /attribute style is not allowed/],
    ['a url() paint', wrap('<circle cx="1" cy="1" r="1" fill="url(#g)"/>'), /holds characters that are not allowed/],
    ['an entity', wrap('<circle cx="1" cy="1" r="1" fill="&amp;"/>'), /holds characters that are not allowed/],
    ['an unquoted attribute', wrap('<circle cx=1 cy="1" r="1"/>'), /unexpected content/],
    ['a comment', wrap('<!-- hidden -->'), /unexpected content/],
    ['text', wrap('hello'), /unexpected content/],
    ['a doctype', `<!DOCTYPE svg>${wrap('')}`, /unexpected content/],
    ['an unclosed element', wrap('<g>'), /<g> is never closed|does not close/],
    ['a second root', `${wrap('')}${wrap('')}`, /exactly one <svg>/],
    ['a missing namespace', '<svg viewBox="0 0 1 1"></svg>', /needs xmlns/],
  ])('rejects %s', (_name, source, message) => {
    expect(() => readSvg(source)).toThrow(message)
  })

  it('writes the checked SVG hidden from assistive technology, because its wrapper carries the text alternative', () => {
    const written = writeSvg(readSvg(wrap('<circle cx="5" cy="5" r="4"/>', ' role="img" aria-hidden="false"')))
    expect(written).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="4"></circle></svg>')
  })
})
