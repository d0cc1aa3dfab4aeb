/**
 * Golden files: one backup per format version, kept forever. Each must still be accepted by the
 * current app and restore to exactly its expected data (the records as the database should hold them),
 * so an older backup never stops working after an update. Never regenerate or edit these files; add a
 * new pair for a new format version.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseBackup } from '../../../src/domain/backupFormat'
import { isDeviceSetting } from '../../../src/domain/deviceSettings'
import { restoreFromText } from '../../../src/storage/backup'
import { dumpDb, openEmptyDb } from '../../fixtures/backupData'

const read = (name: string) => readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8')
/** After every golden file was written: its days all lie in the past. */
const NOW = new Date('2026-11-24T09:30:00Z')

const GOLDEN = [{ version: 1, file: 'v1.json', expected: 'v1.expected.json' }]

describe.each(GOLDEN)('the golden backup of format version $version', ({ file, expected }) => {
  it('is accepted by the current app', () => {
    expect(parseBackup(read(file), NOW)).toMatchObject({ ok: true, backup: { format: 'heupwijs-backup' } })
  })

  it('restores into an empty database to exactly its expected data', async () => {
    const db = await openEmptyDb()
    const result = await restoreFromText(db, read(file), 'replace', NOW)
    expect(result.ok).toBe(true)
    const { days, settings, drafts, snapshots } = await dumpDb(db)
    // Settings of the device that wrote the file (v1 files hold persistenceAsked) are not restored onto
    // this one (see src/domain/deviceSettings.ts); the expected files stay as they were written.
    const wanted = JSON.parse(read(expected)) as { days: unknown[]; settings: { key: string }[] }
    expect({ days, settings }).toStrictEqual({ days: wanted.days, settings: wanted.settings.filter((setting) => !isDeviceSetting(setting.key)) })
    expect({ drafts, snapshots }).toEqual({ drafts: [], snapshots: [] })
    db.close()
  })
})
