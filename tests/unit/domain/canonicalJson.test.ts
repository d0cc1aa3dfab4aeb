import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, MAX_JSON_DEPTH, TooDeepError, writeCanonical } from '../../../src/domain/canonicalJson'

describe('canonicalJson', () => {
  it('sorts object keys at every level and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}')
  })

  it('leaves out undefined properties and writes undefined list items as null, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}')
    expect(canonicalJson(undefined)).toBe('null')
  })

  it('writes strings and numbers exactly as JSON.stringify does', () => {
    expect(canonicalJson(['é🌷\n"\\', '\ud800', 82.5, 1e21, 0.1 + 0.2, -0, Number.NaN])).toBe(JSON.stringify(['é🌷\n"\\', '\ud800', 82.5, 1e21, 0.1 + 0.2, 0, null]))
  })

  it('gives the same text for the same data, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value))) // JSON itself turns -0 into 0
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text)
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same text on the fast path as written out by hand', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(writeCanonical(value))
      }),
      { numRuns: 300 },
    )
  })

  it('sorts records whose keys are out of order (as read from the database) through a sorted copy', () => {
    const day = { date: '2026-11-20', notes: [{ text: 'é 🙂', id: 'n1' }], activities: [], worstPain: 4, morning: { stiffnessMinutes: 10, painNow: 3 } }
    expect(canonicalJson([day, { b: undefined, a: [undefined, 1] }])).toBe(writeCanonical([day, { b: undefined, a: [undefined, 1] }]))
    expect(canonicalJson(day)).toBe('{"activities":[],"date":"2026-11-20","morning":{"painNow":3,"stiffnessMinutes":10},"notes":[{"id":"n1","text":"é 🙂"}],"worstPain":4}')
  })

  it('leaves values a sorted copy cannot hold to the slower paths: index-like keys, "__proto__", a Date', () => {
    expect(canonicalJson({ z: 1, 10: 'b', 9: 'a' })).toBe('{"10":"b","9":"a","z":1}')
    expect(canonicalJson(JSON.parse('{"z":1,"__proto__":2}'))).toBe('{"__proto__":2,"z":1}')
    // As before the sorted copy existed: a Date is written through its toJSON.
    expect(canonicalJson({ z: 1, at: new Date('2026-11-20T08:00:00Z') })).toBe('{"at":"2026-11-20T08:00:00.000Z","z":1}')
  })

  it('writes an own "__proto__" key where it belongs and adds it nowhere else', () => {
    const value = JSON.parse('{"b":{"x":1},"__proto__":{"polluted":true},"a":[{}]}') as unknown
    expect(canonicalJson(value)).toBe('{"__proto__":{"polluted":true},"a":[{}],"b":{"x":1}}')
  })

  it('refuses values nested deeper than the limit instead of overflowing the stack', () => {
    let deep: unknown = 1
    for (let i = 0; i < MAX_JSON_DEPTH; i++) deep = [deep]
    expect(canonicalJson(deep)).toMatch(/^\[+1\]+$/)
    expect(() => canonicalJson([deep])).toThrow(TooDeepError)
    expect(() => writeCanonical([deep])).toThrow(TooDeepError)
  })
})
