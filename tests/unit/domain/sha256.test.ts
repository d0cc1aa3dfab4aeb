import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex, utf8Bytes } from '../../../src/domain/sha256'

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('gives the FIPS 180 test vector for %j', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest)
  })

  it('gives the test vector for one million times "a" (many blocks)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  it.each([55, 56, 63, 64, 65, 119, 120])('pads a %i-byte message correctly (around the block boundary)', (length) => {
    const input = 'x'.repeat(length)
    expect(sha256Hex(input)).toBe(createHash('sha256').update(input).digest('hex'))
  })

  it('agrees with Node for any text, hashing its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const bytes = Buffer.from(new TextEncoder().encode(input))
        expect(sha256Hex(input)).toBe(createHash('sha256').update(bytes).digest('hex'))
      }),
      { numRuns: 300 },
    )
  })
})

describe('utf8Bytes', () => {
  it('encodes like TextEncoder, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (input) => {
        expect([...utf8Bytes(input)]).toEqual([...new TextEncoder().encode(input)])
      }),
    )
    expect([...utf8Bytes('\ud800')]).toEqual([0xef, 0xbf, 0xbd])
    expect([...utf8Bytes('é🌷')]).toEqual([0xc3, 0xa9, 0xf0, 0x9f, 0x8c, 0xb7])
  })
})
