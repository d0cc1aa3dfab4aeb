/**
 * Properties of export and restore over random diaries (0–40 days, any Unicode text, decimal weights,
 * JSON settings). fake-indexeddb is slow, so the diaries stay small and each run uses fresh databases.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBackup, type CheckedBackup } from '../../../src/domain/backupFormat'
import type { BackupData } from '../../../src/domain/backupMerge'
import type { HeupwijsDatabase } from '../../../src/storage/db'
import { exportBackup, restoreBackup } from '../../../src/storage/backup'
import { dataArb, NOW, openEmptyDb, seedDb } from '../../fixtures/backupData'

const RUNS = 200
const TIMEOUT_MS = 30_000
const options = { appVersion: '0.1.0', now: NOW }

async function withDbs<T>(count: number, use: (...dbs: HeupwijsDatabase[]) => Promise<T>): Promise<T> {
  const dbs = await Promise.all(Array.from({ length: count }, openEmptyDb))
  try {
    return await use(...dbs)
  } finally {
    for (const db of dbs) db.close()
  }
}

function checked(text: string): CheckedBackup {
  const parsed = parseBackup(text, NOW)
  if (!parsed.ok) throw new Error(`refused: ${parsed.problem} ${parsed.detail}`)
  return parsed.backup
}

async function exportOf(db: HeupwijsDatabase, data: BackupData): Promise<string> {
  await seedDb(db, data)
  return exportBackup(db, options)
}

describe('backups of any diary', () => {
  it('export, restore into an empty database and export again gives a byte-identical file', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb(), (data) =>
        withDbs(2, async (source, target) => {
          const first = await exportOf(source, data)
          await restoreBackup(target, checked(first), 'replace', NOW)
          expect(await exportBackup(target, options)).toBe(first)
          expect(await target.getAll('days')).toEqual(await source.getAll('days'))
        }),
      ),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)

  it('merging a backup into the same data changes nothing: merge(A, A) = A', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb(), (data) =>
        withDbs(1, async (db) => {
          const text = await exportOf(db, data)
          const result = await restoreBackup(db, checked(text), 'merge', NOW)
          expect(await exportBackup(db, options)).toBe(text)
          expect(result.changes).toMatchObject({ daysAdded: 0, daysUpdated: 0, settingsAdded: 0, settingsUpdated: 0 })
        }),
      ),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)

  it('replacing A with B gives exactly B: replace(A, B) = B', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb(), dataArb(), (a, b) =>
        withDbs(2, async (target, source) => {
          await seedDb(target, a)
          const textB = await exportOf(source, b)
          await restoreBackup(target, checked(textB), 'replace', NOW)
          expect(await exportBackup(target, options)).toBe(textB)
        }),
      ),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)

  it('merging A and B keeps every date of both, and restoring the same file twice leaves the counts unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb(), dataArb(), fc.constantFrom('replace', 'merge') as fc.Arbitrary<'replace' | 'merge'>, (a, b, mode) =>
        withDbs(2, async (target, source) => {
          await seedDb(target, a)
          const backupB = checked(await exportOf(source, b))
          const once = await restoreBackup(target, backupB, mode, NOW)
          const afterOnce = await exportBackup(target, options)
          const twice = await restoreBackup(target, backupB, mode, new Date(NOW.getTime() + 1000))
          expect(twice.counts).toEqual(once.counts)
          expect(await exportBackup(target, options)).toBe(afterOnce)
          if (mode === 'merge') {
            const dates = new Set([...a.days, ...b.days].map((day) => day.date))
            expect((await target.getAllKeys('days')).sort()).toEqual([...dates].sort())
          }
        }),
      ),
      { numRuns: RUNS },
    )
  }, TIMEOUT_MS)
})
