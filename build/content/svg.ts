/**
 * The exercise illustrations are inlined into the page, so each SVG is read with a strict allow-list:
 * simple shapes and presentation attributes only. Anything else (script, style, event handlers, links,
 * foreignObject, comments, text, entities) fails the build instead of reaching the browser.
 * The inlined copy is written out again from the parsed tags, so only what passed the check is emitted.
 */

const SHAPE_ATTRIBUTES = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity']

export const ALLOWED_SVG: Readonly<Record<string, readonly string[]>> = {
  svg: ['xmlns', 'viewBox', 'width', 'height', 'role', 'aria-hidden', 'focusable', ...SHAPE_ATTRIBUTES],
  g: SHAPE_ATTRIBUTES,
  line: ['x1', 'y1', 'x2', 'y2', ...SHAPE_ATTRIBUTES],
  polyline: ['points', ...SHAPE_ATTRIBUTES],
  polygon: ['points', ...SHAPE_ATTRIBUTES],
  circle: ['cx', 'cy', 'r', ...SHAPE_ATTRIBUTES],
  ellipse: ['cx', 'cy', 'rx', 'ry', ...SHAPE_ATTRIBUTES],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', ...SHAPE_ATTRIBUTES],
  path: ['d', ...SHAPE_ATTRIBUTES],
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg'
/** No quotes, brackets, ampersands or parentheses: rules out url(), entities and breaking out of the attribute. */
const SAFE_VALUE = /^[\w .,#:/-]*$/
const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)\s*(\/?)>/y
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*"([^"]*)"/g

export interface SvgElement {
  name: string
  attributes: [string, string][]
  children: SvgElement[]
}

/** Parses and checks an SVG; throws an Error naming the first thing that is not allowed. */
export function readSvg(source: string): SvgElement {
  const root: SvgElement = { name: '#root', attributes: [], children: [] }
  const open: SvgElement[] = [root]
  let at = 0
  while (at < source.length) {
    const space = /\s+/y
    space.lastIndex = at
    if (space.exec(source)) {
      at = space.lastIndex
      continue
    }
    TAG.lastIndex = at
    const tag = TAG.exec(source)
    if (!tag) throw new Error(`unexpected content at character ${at}: "${source.slice(at, at + 30)}" (only elements are allowed: no text, comments or declarations)`)
    at = TAG.lastIndex
    const [, closing, name = '', attributeText = '', selfClosing] = tag
    const parent = open.at(-1) as SvgElement
    if (closing) {
      if (parent.name !== name || selfClosing || attributeText) throw new Error(`</${name}> does not close <${parent.name}>`)
      open.pop()
      continue
    }
    const allowed = ALLOWED_SVG[name]
    if (!allowed) throw new Error(`element <${name}> is not allowed`)
    if ((name === 'svg') !== (parent === root)) throw new Error('the file must hold exactly one <svg> element, around everything else')
    if (parent === root && root.children.length) throw new Error('the file must hold exactly one <svg> element')
    const element: SvgElement = { name, attributes: readAttributes(name, attributeText, allowed), children: [] }
    parent.children.push(element)
    if (!selfClosing) open.push(element)
  }
  if (open.length !== 1) throw new Error(`<${open.at(-1)?.name}> is never closed`)
  const svg = root.children[0]
  if (!svg) throw new Error('no <svg> element')
  if (!svg.attributes.some(([key, value]) => key === 'xmlns' && value === SVG_NAMESPACE)) throw new Error(`<svg> needs xmlns="${SVG_NAMESPACE}"`)
  if (!svg.attributes.some(([key]) => key === 'viewBox')) throw new Error('<svg> needs a viewBox so it can scale')
  return svg
}

function readAttributes(element: string, text: string, allowed: readonly string[]): [string, string][] {
  const attributes: [string, string][] = []
  for (const [, key = '', value = ''] of text.matchAll(ATTRIBUTE)) {
    if (!allowed.includes(key)) throw new Error(`attribute ${key} is not allowed on <${element}>`)
    if (!SAFE_VALUE.test(value)) throw new Error(`the value of ${key} on <${element}> holds characters that are not allowed: "${value}"`)
    if (attributes.some(([seen]) => seen === key)) throw new Error(`attribute ${key} appears twice on <${element}>`)
    attributes.push([key, value])
  }
  return attributes
}

/**
 * Writes the checked SVG as one line of markup. The picture is decoration for assistive technology:
 * its text alternative sits on the wrapper, so the SVG itself is always hidden from it.
 */
export function writeSvg(svg: SvgElement): string {
  const write = (element: SvgElement, isRoot: boolean): string => {
    let attributes = element.attributes
    if (isRoot) {
      attributes = attributes.filter(([key]) => !['role', 'aria-hidden', 'focusable'].includes(key))
      attributes = [...attributes, ['aria-hidden', 'true'], ['focusable', 'false']]
    }
    const attributeText = attributes.map(([key, value]) => ` ${key}="${value}"`).join('')
    const children = element.children.map((child) => write(child, false)).join('')
    return `<${element.name}${attributeText}>${children}</${element.name}>`
  }
  return write(svg, true)
}
