/**
 * Every broken file of the corpus (tests/fixtures/badBackups.ts) is refused with its own problem code,
 * and the database — days, settings, drafts and safety copies — is exactly the same afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HeupwijsDatabase } from '../../../src/storage/db'
import { restoreBackup, restoreFromText } from '../../../src/storage/backup'
import { putDraft } from '../../../src/storage/repositories/drafts'
import { parseBackup } from '../../../src/domain/backupFormat'
import { dumpDb, NOW, openEmptyDb, seedDb } from '../../fixtures/backupData'
import { badFiles, goodText } from '../../fixtures/badBackups'
import { makeDay } from '../../fixtures/days'

const corpus = badFiles()
let db: HeupwijsDatabase
let before: string

beforeAll(async () => {
  db = await openEmptyDb()
  await seedDb(db, { days: [makeDay('2026-09-01', { worstPain: 7 })], settings: [{ key: 'plan', value: { level: 'active' } }] })
  await putDraft(db, 'today', { painNow: 2 }, NOW)
  // A safety copy exists too, so the corpus would show if one were added or pruned.
  const parsed = parseBackup(goodText(), NOW)
  if (!parsed.ok) throw new Error('the good file must parse')
  await restoreBackup(db, parsed.backup, 'merge', NOW)
  before = JSON.stringify(await dumpDb(db))
})
afterAll(() => db.close())

describe('the corpus of broken backups', () => {
  it('holds more than 100 files, with every kind of problem', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100)
    expect(new Set(corpus.map((file) => file.problem))).toEqual(
      new Set(['empty', 'tooLarge', 'truncated', 'notJson', 'notABackup', 'newerVersion', 'checksum', 'wrongTypes', 'outOfRange', 'duplicateDates', 'duplicateSettings', 'countsMismatch']),
    )
  })

  it.each(corpus.map((file) => [file.name, file] as const))('refuses "%s" with its code and changes nothing', async (_name, file) => {
    for (const mode of ['replace', 'merge'] as const) {
      const result = await restoreFromText(db, file.text(), mode, NOW)
      expect(result).toMatchObject({ ok: false, problem: file.problem })
    }
    expect(JSON.stringify(await dumpDb(db))).toBe(before)
  })
})
