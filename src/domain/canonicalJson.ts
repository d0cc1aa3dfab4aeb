/**
 * One fixed way to write a value as JSON: object keys sorted by their UTF-16 code units, no spaces,
 * numbers and strings exactly as JSON.stringify writes them. The same data then always gives the same
 * text, so two backups of the same diary are byte-identical and a checksum over it is stable.
 */

/** Thrown for a value nested deeper than MAX_JSON_DEPTH (a hostile file, never one of ours). */
export class TooDeepError extends Error {
  constructor() {
    super('JSON nested too deeply')
    this.name = 'TooDeepError'
  }
}

/**
 * Far deeper than anything the app stores (a setting holding a plan is about 5 levels), and far below
 * where recursion could overflow the call stack.
 */
export const MAX_JSON_DEPTH = 64

export function canonicalJson(value: unknown): string {
  // A value whose objects already hold their keys in sorted order (every file the app wrote, read back
  // with JSON.parse) is canonical as plain JSON.stringify writes it: about ten times faster than with a
  // list of property names, which matters when a ten-year backup is checked.
  if (keysInOrder(value, 0)) return JSON.stringify(value) ?? 'null'
  // Records read from the database hold their keys in the order the app created them. A copy with the
  // keys inserted in sorted order, written by plain JSON.stringify, costs about half of what the list
  // of property names below does on a ten-year backup.
  const sorted = sortedCopy(value, 0)
  if (sorted !== UNSUITABLE) return JSON.stringify(sorted) ?? 'null'
  const keys = new Set<string>()
  collectKeys(value, keys, 0)
  // JSON.stringify with a list of property names writes every object's properties in the list's order,
  // natively and fast. With all keys of the value in the list, sorted, that is exactly the canonical form.
  // Only "__proto__" spoils it: every object would show its inherited prototype under that name, so a
  // value holding such a key (only a hostile file would) takes the slower hand-written path.
  if (keys.has('__proto__')) return writeCanonical(value)
  return JSON.stringify(value, [...keys].sort()) ?? 'null'
}

const UNSUITABLE: unique symbol = Symbol('unsuitable for a sorted copy')

/**
 * JavaScript lists a key that looks like an array index before every other key, whatever the order it
 * was inserted in, so a copy cannot hold "10" before "9". Any key of digits only is left to the slower
 * paths (a few that are not indices, such as "007", too: slower, never wrong).
 */
const INDEX_LIKE = /^\d+$/

/**
 * A copy of the value with every object's keys inserted in sorted order, or UNSUITABLE when plain
 * JSON.stringify of a copy could differ from the canonical form: a key that looks like an index, a
 * "__proto__" key (assigning it would set the prototype), or an object that is not a plain one (a Date
 * has toJSON, a class instance its own rules). Throws TooDeepError exactly where collectKeys does.
 */
function sortedCopy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (depth >= MAX_JSON_DEPTH) throw new TooDeepError()
  if (Array.isArray(value)) {
    const copy: unknown[] = []
    for (let i = 0; i < value.length; i++) {
      const item = sortedCopy(value[i], depth + 1)
      if (item === UNSUITABLE) return UNSUITABLE
      copy.push(item)
    }
    return copy
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return UNSUITABLE
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    if (key === '__proto__' || INDEX_LIKE.test(key)) return UNSUITABLE
    const item = sortedCopy((value as Record<string, unknown>)[key], depth + 1)
    if (item === UNSUITABLE) return UNSUITABLE
    copy[key] = item
  }
  return copy
}

/**
 * True when every object in the value lists its own keys in sorted order; false for a "__proto__" key,
 * which plain JSON.stringify would not write as the canonical form does. Throws TooDeepError exactly
 * where collectKeys does.
 */
function keysInOrder(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true
  if (depth >= MAX_JSON_DEPTH) throw new TooDeepError()
  if (Array.isArray(value)) {
    for (const item of value) if (!keysInOrder(item, depth + 1)) return false
    return true
  }
  let previous: string | null = null
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || (previous !== null && key < previous)) return false
    previous = key
    if (!keysInOrder((value as Record<string, unknown>)[key], depth + 1)) return false
  }
  return true
}

function collectKeys(value: unknown, keys: Set<string>, depth: number): void {
  if (typeof value !== 'object' || value === null) return
  if (depth >= MAX_JSON_DEPTH) throw new TooDeepError()
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys, depth + 1)
  } else {
    for (const key of Object.keys(value)) {
      keys.add(key)
      collectKeys((value as Record<string, unknown>)[key], keys, depth + 1)
    }
  }
}

/** The canonical form written out by hand: slower, and the reference the fast path is tested against. */
export function writeCanonical(value: unknown): string {
  const parts: string[] = []
  write(value, parts, 0)
  return parts.join('')
}

function write(value: unknown, parts: string[], depth: number): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    parts.push(JSON.stringify(value))
  } else if (typeof value === 'number') {
    parts.push(Number.isFinite(value) ? JSON.stringify(value) : 'null')
  } else if (typeof value === 'object') {
    if (depth >= MAX_JSON_DEPTH) throw new TooDeepError()
    if (Array.isArray(value)) {
      parts.push('[')
      value.forEach((item: unknown, i) => {
        if (i > 0) parts.push(',')
        // As JSON.stringify does: a hole or an undefined item is written as null.
        write(item === undefined || typeof item === 'function' ? null : item, parts, depth + 1)
      })
      parts.push(']')
    } else {
      parts.push('{')
      let first = true
      for (const key of Object.keys(value).sort()) {
        const item = (value as Record<string, unknown>)[key]
        if (item === undefined || typeof item === 'function') continue
        if (!first) parts.push(',')
        first = false
        parts.push(JSON.stringify(key), ':')
        write(item, parts, depth + 1)
      }
      parts.push('}')
    }
  } else {
    // undefined, functions and symbols have no JSON form; at the top level JSON.stringify would return
    // undefined, which is no text at all. Writing null keeps the result a valid JSON text.
    parts.push('null')
  }
}
