/**
 * Ten years of diary (3,650 days of the example generator) through export, read-back and restore.
 * Checks that the large case works; speed is measured by the benchmark (`npm run bench backup`, in
 * Chromium at CPU 4x), not asserted here: fake-indexeddb's puts say nothing about a phone.
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
