import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup, type CheckedBackup } from '../../../src/domain/backupFormat'
import { addDays } from '../../../src/domain/dates'
import { figuresOf } from '../../../src/domain/dayFigures'
import { deleteAllData, exportBackup, listSnapshots, restoreBackup, restoreSnapshot } from '../../../src/storage/backup'
import type { HeupwijsDatabase } from '../../../src/storage/db'
import { COMPLETE_KEY, completeMarker, MONTH_FIGURES_FORMAT, packMonth } from '../../../src/storage/monthFigures'
import { listDayFigures } from '../../../src/storage/repositories/dayFigures'
import { deleteDay, deleteDays, listDays, saveDay, saveDays } from '../../../src/storage/repositories/days'
import { NOW, openEmptyDb, seedDb } from '../../fixtures/backupData'
import { makeDay, makeFullDay } from '../../fixtures/days'

let db: HeupwijsDatabase

beforeEach(async () => {
  db = await openEmptyDb()
})
afterEach(() => {
  vi.restoreAllMocks()
  db.close()
})

/** What the figures must always be: the stored days, read in full and reduced. */
async function expectFiguresToMatchDays(from?: string, to?: string): Promise<void> {
  expect(await listDayFigures(db, from, to)).toEqual((await listDays(db, from, to)).map(figuresOf))
}

/** The months whose current figures are stored (not stale ones, nor the mark of a complete store). */
const storedMonths = async () =>
  (await db.getAll('monthFigures')).filter((record) => record.month !== COMPLETE_KEY && record.format === MONTH_FIGURES_FORMAT).map((record) => record.month)
const markedComplete = async () => (await db.get('monthFigures', COMPLETE_KEY))?.format === MONTH_FIGURES_FORMAT

/** Sixty days over three months, with every part of a record on some of them. */
const diary = () => Array.from({ length: 60 }, (_, i) => (i % 3 ? makeDay(addDays('2026-09-20', i), { worstPain: i % 11 }) : makeFullDay(addDays('2026-09-20', i))))

async function backupOf(days = diary()): Promise<CheckedBackup> {
  const other = await openEmptyDb()
  await seedDb(other, { days, settings: [] })
  const parsed = parseBackup(await exportBackup(other, { appVersion: '0.1.0', now: NOW }), NOW)
  other.close()
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.backup
}

describe('the figures of the days', () => {
  it('are what the days give, for every kind of range, and nothing for an empty diary', async () => {
    expect(await listDayFigures(db)).toEqual([])
    await saveDays(db, diary())
    await expectFiguresToMatchDays()
    await expectFiguresToMatchDays('2026-10-07')
    await expectFiguresToMatchDays(undefined, '2026-10-07')
    await expectFiguresToMatchDays('2026-09-30', '2026-11-01')
    await expectFiguresToMatchDays('2027-01-01')
  })

  it('are stored per month once read, and read back from there', async () => {
    await saveDays(db, diary())
    await listDayFigures(db, '2026-10-15')
    expect(await storedMonths()).toEqual(['2026-10', '2026-11'])
    // A stored month is trusted as it is: a record changed behind the repository's back shows through.
    await db.put('monthFigures', packMonth('2026-11', [{ ...figuresOf(makeDay('2026-11-02')), worstPain: 9 }]))
    expect((await listDayFigures(db, '2026-11-01')).map((day) => [day.date, day.worstPain])).toEqual([['2026-11-02', 9]])
  })

  it('are built again for a month stored in another format', async () => {
    await saveDays(db, diary())
    await db.put('monthFigures', { ...packMonth('2026-11', []), format: MONTH_FIGURES_FORMAT - 1 })
    await expectFiguresToMatchDays()
    expect((await db.get('monthFigures', '2026-11'))?.format).toBe(MONTH_FIGURES_FORMAT)
  })

  it('follow every way the days change: saving, deleting, example data, restores, safety copies and deleting everything', async () => {
    const changes: [string, () => Promise<unknown>][] = [
      ['save a day', () => saveDays(db, diary())],
      ['change one day', () => saveDay(db, { ...makeFullDay('2026-10-02'), worstPain: 10, badPeriod: true })],
      ['add a day to a new month', () => saveDay(db, makeDay('2026-12-01', { weightKg: 80 }))],
      ['delete a day', () => deleteDay(db, '2026-10-03')],
      ['delete several days', () => deleteDays(db, ['2026-09-21', '2026-11-10'])],
      ['replace everything from a backup', async () => restoreBackup(db, await backupOf(diary().slice(10, 40)), 'replace', NOW)],
      ['merge a backup', async () => restoreBackup(db, await backupOf([makeDay('2026-10-05', { worstPain: 1, updatedAt: '2027-01-01T00:00:00.000Z' })]), 'merge', NOW)],
      ['go back to a safety copy', async () => restoreSnapshot(db, (await listSnapshots(db))[0]!.takenAt, new Date(NOW.getTime() + 60_000))],
      ['delete everything', () => deleteAllData(db)],
    ]
    for (const [what, change] of changes) {
      await listDayFigures(db) // every month is stored before the change…
      await change()
      await expectFiguresToMatchDays().catch((error: unknown) => {
        throw new Error(`after "${what}": ${String(error)}`)
      })
    }
    expect(await storedMonths()).toEqual([])
  })

  it('once the whole diary was read, are read without the days and still follow every change', async () => {
    await saveDays(db, diary())
    await listDayFigures(db, '2026-10-01')
    expect(await markedComplete()).toBe(false) // a part of the diary says nothing about the rest
    await expectFiguresToMatchDays()
    expect(await markedComplete()).toBe(true)
    const transaction = vi.spyOn(db, 'transaction')
    await expectFiguresToMatchDays('2026-10-07')
    expect(transaction.mock.calls.filter(([stores]) => String(stores).includes('days'))).toEqual([['days']]) // listDays only
    await saveDay(db, makeDay('2027-01-03', { worstPain: 4 })) // a month that had no days
    await deleteDay(db, '2026-10-02')
    await expectFiguresToMatchDays()
    await expectFiguresToMatchDays('2026-10-01', '2026-10-31')
  })

  it('look at the days again when the mark is of another format or gone', async () => {
    await saveDays(db, diary())
    await listDayFigures(db)
    await db.delete('monthFigures', '2026-10') // as a store of another format would lack it
    await db.put('monthFigures', { ...completeMarker(), format: MONTH_FIGURES_FORMAT - 1 })
    await expectFiguresToMatchDays()
    await db.clear('monthFigures')
    await expectFiguresToMatchDays('2026-10-01')
    expect(await storedMonths()).toEqual(['2026-10', '2026-11'])
  })

  it('are forgotten in the same transaction as the write of a day, so a failed write forgets nothing', async () => {
    await saveDays(db, diary())
    await listDayFigures(db)
    const before = await db.getAll('monthFigures')
    await expect(saveDay(db, { ...makeDay('2026-10-02'), activities: [{ id: 'x', type: 'cycling', minutes: 10, bad: () => 1 } as never] })).rejects.toThrow()
    expect(await db.getAll('monthFigures')).toEqual(before)
  })

  it('are still given when storing them fails (a full disk), and then nothing is stored', async () => {
    await saveDays(db, diary())
    const original = db.transaction.bind(db)
    vi.spyOn(db, 'transaction').mockImplementation(((stores: never, mode: never, options: never) => {
      if (mode === 'readwrite') throw new DOMException('full', 'QuotaExceededError')
      return original(stores, mode, options)
    }) as unknown as typeof db.transaction)
    await expectFiguresToMatchDays()
    vi.restoreAllMocks()
    expect(await storedMonths()).toEqual([])
  })
})
