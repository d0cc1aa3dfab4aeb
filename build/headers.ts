/**
 * Reads public/_headers (the file static hosts use) so the preview server sends exactly the same
 * security and caching headers: one source of truth for both.
 */
import { readFileSync } from 'node:fs'

export interface HeaderRule {
  pattern: string
  headers: Record<string, string>
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} })
      continue
    }
    const colon = line.indexOf(':')
    const rule = rules.at(-1)
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return rules
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern
}

/** All headers that apply to a request path; later rules add to earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, path)).map((rule) => rule.headers))
}

export function readHeadersFile(file: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(file, 'utf8'))
}
