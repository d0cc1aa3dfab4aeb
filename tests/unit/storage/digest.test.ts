import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildBackupText, buildBackupTextWith, parseBackup, parseBackupWith } from '../../../src/domain/backupFormat'
import { sha256Hex } from '../../../src/domain/sha256'
import { sha256Digest } from '../../../src/storage/digest'
import { sampleData } from '../../fixtures/backupData'

const NOW = new Date('2026-11-24T09:00:00Z')

describe('the native SHA-256 of the backup checksum', () => {
  it('gives the same hex as the plain TypeScript SHA-256, lone surrogates included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        expect(await sha256Digest(text)).toBe(sha256Hex(text))
      }),
      { numRuns: 200 },
    )
    expect(await sha256Digest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('writes and reads a backup exactly as the synchronous functions do', async () => {
    const input = { ...sampleData(), appVersion: '0.1.0', now: NOW }
    const text = buildBackupText(input)
    expect(await buildBackupTextWith(input, sha256Digest)).toBe(text)
    expect(await parseBackupWith(text, NOW, sha256Digest)).toEqual(parseBackup(text, NOW))
    const damaged = text.replace('"worstPain":6', '"worstPain":5')
    expect(damaged).not.toBe(text)
    expect(await parseBackupWith(damaged, NOW, sha256Digest)).toEqual({ ok: false, problem: 'checksum' })
  })
})
