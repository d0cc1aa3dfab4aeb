import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup, type CheckedBackup } from '../../../src/domain/backupFormat'
import type { HeupwijsDatabase } from '../../../src/storage/db'
import {
  deleteAllData,
  exportBackup,
  exportCheckedBackup,
  listSnapshots,
  previewRestore,
  restoreBackup,
  restoreFromText,
  restoreSnapshot,
  SNAPSHOTS_KEPT,
} from '../../../src/storage/backup'
import { putDraft } from '../../../src/storage/repositories/drafts'
import { dumpDb, NOW, openEmptyDb, sampleData, seedDb } from '../../fixtures/backupData'
import { makeDay } from '../../fixtures/days'

let db: HeupwijsDatabase

beforeEach(async () => {
  db = await openEmptyDb()
})
afterEach(() => {
  vi.restoreAllMocks()
  db.close()
})

const options = { appVersion: '0.1.0', now: NOW }
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)

function checked(text: string): CheckedBackup {
  const parsed = parseBackup(text, NOW)
  if (!parsed.ok) throw new Error(`refused: ${parsed.problem} ${parsed.detail}`)
  return parsed.backup
}

async function backupOf(data = sampleData()): Promise<CheckedBackup> {
  const other = await openEmptyDb()
  await seedDb(other, data)
  const text = await exportBackup(other, options)
  other.close()
  return checked(text)
}

describe('exportBackup', () => {
  it('writes every day and setting, but no drafts', async () => {
    await seedDb(db, sampleData())
    await putDraft(db, 'today', { painNow: 3 }, NOW)
    const backup = checked(await exportBackup(db, options))
    expect(backup.counts).toEqual({ days: 3, settings: 2 })
    expect(backup.data.days).toEqual(sampleData().days)
    expect(JSON.stringify(backup)).not.toContain('painNow":3')
  })

  it('fills in the lists an older record lacks, so the file is always complete', async () => {
    await db.put('days', { date: '2026-11-01', worstPain: 4, updatedAt: NOW.toISOString() } as never)
    const backup = checked(await exportBackup(db, options))
    expect(backup.data.days[0]).toEqual(makeDay('2026-11-01', { worstPain: 4 }))
  })

  it('is read back and checked against the database before the app says it is done', async () => {
    await seedDb(db, sampleData())
    const { text, check } = await exportCheckedBackup(db, options)
    expect(text).toBe(await exportBackup(db, options))
    expect(check).toMatchObject({ ok: true, backup: { counts: { days: 3, settings: 2 } } })
  })

  it('does not pass the read-back when a stored record would be refused by a restore', async () => {
    await seedDb(db, sampleData())
    await db.put('days', makeDay('2026-11-19', { worstPain: 11 }))
    expect((await exportCheckedBackup(db, options)).check).toMatchObject({ ok: false, problem: 'outOfRange' })
  })
})

describe('restoreBackup', () => {
  it('replaces everything stored with the backup', async () => {
    await seedDb(db, { days: [makeDay('2026-10-01', { worstPain: 8 })], settings: [{ key: 'old', value: 1 }] })
    const result = await restoreBackup(db, await backupOf(), 'replace', NOW)
    expect(await db.getAll('days')).toEqual(sampleData().days)
    expect(await db.getAll('settings')).toEqual(sampleData().settings)
    expect(result.counts).toEqual({ days: 3, settings: 2 })
    expect(result.changes).toMatchObject({ daysAdded: 3, daysRemoved: 1, settingsRemoved: 1 })
  })

  it('merges with what is stored, keeping stored days the backup lacks', async () => {
    await seedDb(db, { days: [makeDay('2026-10-01', { worstPain: 8 })], settings: [{ key: 'old', value: 1 }] })
    await restoreBackup(db, await backupOf(), 'merge', NOW)
    expect((await db.getAll('days')).map((day) => day.date)).toEqual(['2026-10-01', '2026-11-01', '2026-11-02', '2026-11-05'])
    expect((await db.getAll('settings')).map((setting) => setting.key)).toEqual(['old', 'plan', 'profile'])
  })

  it('keeps a safety copy of what was stored before it writes', async () => {
    const before = { days: [makeDay('2026-10-01', { worstPain: 8 })], settings: [{ key: 'old', value: 1 }] }
    await seedDb(db, before)
    const result = await restoreBackup(db, await backupOf(), 'replace', NOW)
    expect(result.snapshotTakenAt).toBe(NOW.toISOString())
    expect(await db.getAll('snapshots')).toEqual([{ takenAt: NOW.toISOString(), reason: 'beforeRestore', ...before }])
  })

  it('writes nothing, safety copy included, when the same file is merged again', async () => {
    await seedDb(db, { days: [makeDay('2026-10-01', { worstPain: 8 })], settings: [] })
    const backup = await backupOf()
    await restoreBackup(db, backup, 'merge', NOW)
    const once = await dumpDb(db)
    expect(once.snapshots).toHaveLength(1)
    const again = await restoreBackup(db, backup, 'merge', later(1))
    expect(again).toMatchObject({ snapshotTakenAt: null, changes: { daysAdded: 0, daysUpdated: 0, daysUnchanged: 3 } })
    expect(await dumpDb(db)).toEqual(once)
  })

  it('takes no safety copy of an empty database', async () => {
    const result = await restoreBackup(db, await backupOf(), 'replace', NOW)
    expect(result.snapshotTakenAt).toBeNull()
    expect(await db.count('snapshots')).toBe(0)
  })

  it(`keeps only the newest ${SNAPSHOTS_KEPT} safety copies`, async () => {
    const backups = [await backupOf(), await backupOf({ days: [makeDay('2026-10-01')], settings: [] })]
    await seedDb(db, sampleData())
    for (let i = 1; i <= 5; i++) await restoreBackup(db, backups[i % 2]!, 'replace', later(i))
    expect((await listSnapshots(db)).map((s) => s.takenAt)).toEqual([later(5), later(4), later(3)].map((d) => d.toISOString()))
  })

  it('puts a safety copy back, after copying what is stored in turn', async () => {
    const before = { days: [makeDay('2026-10-01', { worstPain: 8 })], settings: [{ key: 'old', value: 1 }] }
    await seedDb(db, before)
    const { snapshotTakenAt } = await restoreBackup(db, await backupOf(), 'replace', NOW)
    await restoreSnapshot(db, snapshotTakenAt!, later(1))
    expect(await db.getAll('days')).toEqual(before.days)
    expect(await db.getAll('settings')).toEqual(before.settings)
    expect((await listSnapshots(db))[0]).toEqual({ takenAt: later(1).toISOString(), reason: 'beforeRestore', counts: { days: 3, settings: 2 } })
    await expect(restoreSnapshot(db, 'never', later(2))).rejects.toMatchObject({ kind: 'failed' })
  })

  it('leaves drafts alone', async () => {
    await putDraft(db, 'today', { painNow: 3 }, NOW)
    await restoreBackup(db, await backupOf(), 'replace', NOW)
    expect(await db.getAll('drafts')).toHaveLength(1)
  })

  it('writes in one strict transaction', async () => {
    const backup = await backupOf()
    const spy = vi.spyOn(db, 'transaction')
    await restoreBackup(db, backup, 'replace', NOW)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(spy.mock.calls[0]?.[1]).toBe('readwrite')
    expect(spy.mock.calls[0]?.[2]).toEqual({ durability: 'strict' })
  })

  it('changes nothing at all, safety copy included, when a write fails halfway', async () => {
    await seedDb(db, { days: [makeDay('2026-10-01', { worstPain: 8 })], settings: [{ key: 'old', value: 1 }] })
    const before = await dumpDb(db)
    const backup = await backupOf()
    // A value IndexedDB cannot store (a function) makes the third put fail after the clear and the copy.
    const poisoned = { ...backup, data: { ...backup.data, days: backup.data.days.map((day, i) => (i === 2 ? { ...day, bad: () => 1 } : day)) } } as CheckedBackup
    await expect(restoreBackup(db, poisoned, 'replace', NOW)).rejects.toMatchObject({ name: 'StorageError' })
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('restoreFromText', () => {
  it('restores a sound file and refuses a broken one without touching the database', async () => {
    await seedDb(db, { days: [makeDay('2026-10-01')], settings: [] })
    const before = await dumpDb(db)
    const text = await exportBackup(db, options)
    expect(await restoreFromText(db, text.replace('2026-10-01', '2026-10-02'), 'replace', NOW)).toEqual({ ok: false, problem: 'checksum' })
    expect(await dumpDb(db)).toEqual(before)
    expect(await restoreFromText(db, text, 'merge', NOW)).toMatchObject({ ok: true, result: { counts: { days: 1, settings: 0 } } })
  })
})

describe('previewRestore', () => {
  it('says what a restore would change without changing anything', async () => {
    await seedDb(db, { days: [makeDay('2026-10-01'), makeDay('2026-11-01', { updatedAt: '2020-01-01T00:00:00.000Z' })], settings: [] })
    const before = await dumpDb(db)
    const preview = (await previewRestore(db, await backupOf())).merge
    expect(preview).toMatchObject({ before: { days: 2, settings: 0 }, after: { days: 4, settings: 2 }, changes: { daysAdded: 2, daysUpdated: 1 } })
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('deleteAllData', () => {
  it('removes every day, setting, draft and safety copy', async () => {
    await seedDb(db, sampleData())
    await putDraft(db, 'today', { painNow: 3 }, NOW)
    await restoreBackup(db, await backupOf(), 'merge', NOW)
    await deleteAllData(db)
    expect(await dumpDb(db)).toEqual({ days: [], drafts: [], monthFigures: [], settings: [], snapshots: [] })
  })
})
