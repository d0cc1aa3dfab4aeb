/**
 * Markdown to HTML for the Learn content, at build time. Raw HTML, images, linkify and typographic
 * replacements are off: the output holds only what Markdown itself describes, with every character of
 * the text escaped. Headings take their anchor from a trailing `{#anchor}`; links to other content files
 * (`other-page.md#anchor`, `exercises/bridging.md`) become app routes and are collected so the
 * collection can check that each one resolves.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from 'markdown-it'
import type { Token } from 'markdown-it'
import type { ContentKind } from '../../src/content/types.ts'
import { ContentError, SLUG } from './frontMatter.ts'

export interface Heading {
  level: number
  text: string
  anchor?: string
}

/** A link from one content file to another page or exercise (or a place on it). */
export interface ContentLink {
  kind: ContentKind
  id: string
  anchor?: string
}

export interface RenderedBody {
  html: string
  headings: Heading[]
  links: ContentLink[]
  /** The body as plain text, for search. */
  text: string
}

export interface RenderContext {
  file: string
  kind: ContentKind
  id: string
}

const SLUG_SOURCE = SLUG.source.slice(1, -1)
const CONTENT_LINK = new RegExp(`^(?:(exercises)/)?(${SLUG_SOURCE})\\.md(?:#(${SLUG_SOURCE}))?$`)
const SAME_PAGE_LINK = new RegExp(`^#(${SLUG_SOURCE})$`)
const EXTERNAL_LINK = /^(?:https:\/\/|mailto:|tel:)/i
const HEADING_ANCHOR = /\s*\{#([^}]*)\}\s*$/

/** The app route of a page or exercise, as the router knows it. */
export function contentPath(link: ContentLink): string {
  const path = link.kind === 'page' ? `/learn/${link.id}` : `/learn/exercises/${link.id}`
  return link.anchor ? `${path}#${link.anchor}` : path
}

function createMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false })
  // Pictures come from the exercise front matter, drawn for this project; none from the text.
  md.disable('image')
  // Anything else (javascript:, data:, http:, relative paths) is left as plain text.
  md.validateLink = (url) => EXTERNAL_LINK.test(url) || CONTENT_LINK.test(url) || SAME_PAGE_LINK.test(url)

  // At 200 % zoom a table may be wider than the screen: it scrolls inside a focusable, named region.
  md.renderer.rules.table_open = (tokens, index, options, _env, self) => {
    const labelledBy = (tokens[index]?.meta as { labelledBy?: string } | null)?.labelledBy
    const region = labelledBy ? ` role="region" aria-labelledby="${labelledBy}"` : ''
    return `<div class="table-scroll" tabindex="0"${region}>${self.renderToken(tokens, index, options)}`
  }
  md.renderer.rules.table_close = (tokens, index, options, _env, self) => `${self.renderToken(tokens, index, options)}</div>`
  return md
}

const markdown = createMarkdown()

function plainText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type.endsWith('break') ? ' ' : ''))
    .join('')
}

/** Moves a trailing `{#anchor}` from the heading's text to its id. */
function takeAnchor(inline: Token | undefined, context: RenderContext): string | undefined {
  const last = inline?.children?.at(-1)
  const match = last?.type === 'text' ? HEADING_ANCHOR.exec(last.content) : null
  if (!inline || !last || !match) {
    if (inline?.content.includes('{#')) throw new ContentError(context.file, `the anchor in heading "${inline.content}" must come last`)
    return undefined
  }
  const anchor = match[1] ?? ''
  if (!SLUG.test(anchor)) throw new ContentError(context.file, `anchor {#${anchor}} must be lowercase letters, digits and hyphens`)
  last.content = last.content.slice(0, match.index)
  inline.content = inline.content.replace(HEADING_ANCHOR, '')
  return anchor
}

function toContentLink(href: string, context: RenderContext): ContentLink | undefined {
  const samePage = SAME_PAGE_LINK.exec(href)
  if (samePage) return { kind: context.kind, id: context.id, anchor: samePage[1] }
  const other = CONTENT_LINK.exec(href)
  if (!other) return undefined
  return { kind: other[1] ? 'exercise' : 'page', id: other[2] ?? '', anchor: other[3] }
}

export function renderBody(body: string, context: RenderContext): RenderedBody {
  const tokens = markdown.parse(body, {})
  const headings: Heading[] = []
  const links: ContentLink[] = []
  const text: string[] = []
  let lastAnchor: string | undefined

  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') {
      const inline = tokens[index + 1]
      const anchor = takeAnchor(inline, context)
      if (anchor) {
        token.attrSet('id', anchor)
        lastAnchor = anchor
      }
      headings.push({ level: Number(token.tag.slice(1)), text: plainText(inline).trim(), anchor })
    } else if (token.type === 'table_open') {
      token.meta = { labelledBy: lastAnchor }
    } else if (token.type === 'th_open') {
      token.attrSet('scope', 'col')
    } else if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type !== 'link_open') continue
        const link = toContentLink(String(child.attrGet('href') ?? ''), context)
        if (link) {
          links.push(link)
          child.attrSet('href', contentPath(link))
        } else {
          // Sources and other sites: the page being read is nobody else's business.
          child.attrSet('rel', 'noreferrer')
        }
      }
    }
  })
  // Plain text after the anchors are gone from the headings.
  for (const token of tokens) if (token.type === 'inline') text.push(plainText(token))

  return { html: markdown.renderer.render(tokens, markdown.options, {}), headings, links, text: text.join(' ').replace(/\s+/g, ' ').trim() }
}

/** Escapes text for an HTML attribute or element, as markdown-it does for the body. */
export function escapeHtml(text: string): string {
  return markdown.utils.escapeHtml(text)
}
