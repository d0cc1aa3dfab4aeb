import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, MAX_JSON_DEPTH, TooDeepError, writeCanonical } from '../../../src/domain/canonicalJson'

describe('canonicalJson of a value already in canonical key order (a backup read back)', () => {
  it('gives the same text as written out by hand', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const inOrder = JSON.parse(writeCanonical(value)) as unknown
        expect(canonicalJson(inOrder)).toBe(writeCanonical(value))
      }),
      { numRuns: 300 },
    )
  })

  it('still sorts keys that only look sorted to JavaScript, such as "9" before "10"', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b' })).toBe('{"10":"b","9":"a"}')
    expect(canonicalJson(JSON.parse('{"a":1,"__proto__":2}'))).toBe('{"__proto__":2,"a":1}')
  })

  it('refuses a sorted value nested deeper than the limit, as for any other value', () => {
    let deep: unknown = { a: 1 }
    for (let i = 0; i < MAX_JSON_DEPTH; i++) deep = { a: deep }
    expect(() => canonicalJson(deep)).toThrow(TooDeepError)
  })
})
