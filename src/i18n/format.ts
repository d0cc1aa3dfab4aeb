/**
 * Turning a message text into what the screen shows. The texts are plain JSON strings with two kinds
 * of marks: `{name}` for a value and ` | ` between the forms of a text that depends on a count
 * ("1 dag | {count} dagen", or "geen dagen | 1 dag | {count} dagen"). Nothing else in a message is
 * special, and a message is only ever text: it never becomes HTML.
 */
export type Messages = { [key: string]: string | Messages }

/** The text at a dotted key ("today.title"), or undefined when there is none. */
export function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * Which form fits a count. Two forms are "one | other"; three are "zero | one | other". Without a
 * count the first form is used.
 */
export function pluralIndex(forms: number, count: number | undefined): number {
  if (forms < 2 || count === undefined) return 0
  const size = Math.abs(count)
  if (forms === 2) return size === 1 ? 0 : 1
  return size === 0 ? 0 : size === 1 ? 1 : forms - 1
}

const PLACEHOLDER = /\{\s*(\w+)\s*\}/g

/**
 * Fills in `{name}` marks; `count` and `n` stand for the count unless given as values. Numbers are
 * written by `formatNumber`, so a Dutch text says "1,5" and not "1.5".
 */
export function formatMessage(message: string, named: object = {}, count?: number, formatNumber: (value: number) => string = String): string {
  const forms = message.includes('|') ? message.split('|').map((form) => form.trim()) : [message]
  const values: Record<string, unknown> = count === undefined ? { ...named } : { count, n: count, ...named }
  return forms[pluralIndex(forms.length, count)]!.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name]
    if (typeof value === 'number') return formatNumber(value)
    return value === undefined || value === null ? '' : String(value)
  })
}

/** Copies `extra` into `target`, section by section, so a feature's texts join the ones already there. */
export function mergeMessages(target: Messages, extra: Messages): void {
  for (const [key, value] of Object.entries(extra)) {
    const existing = target[key]
    if (typeof value !== 'string' && existing !== undefined && typeof existing !== 'string') mergeMessages(existing, value)
    else target[key] = value
  }
}
