// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup, type CheckedBackup } from '../../../src/domain/backupFormat'
import { CSV_COLUMNS, type CsvLabels } from '../../../src/domain/csvExport'
import { ENGLISH_FHIR_TEXTS } from '../../../src/domain/fhirExport'
import { defaultPlan } from '../../../src/domain/plan'
import { getSetting, listDays } from '../../../src/storage'
import { useBackupReminderStore } from '../../../src/stores/backupReminder'
import { useDatabaseStore } from '../../../src/stores/database'
import { BackupNotVerifiedError, useDataExchangeStore } from '../../../src/stores/dataExchange'
import { useDiaryStore } from '../../../src/stores/diary'
import { useExampleDataStore } from '../../../src/stores/exampleData'
import { usePlanStore } from '../../../src/stores/plan'
import * as backup from '../../../src/storage/backup'
import { listSnapshots } from '../../../src/storage/backup'
import { makeDay, makeFullDay, NOW } from '../../fixtures/days'

vi.mock('../../../src/storage/backup', async (original) => ({ ...(await original<typeof import('../../../src/storage/backup')>()) }))

const LATER = new Date(NOW.getTime() + 3_600_000)
const labels: CsvLabels = {
  headers: Object.fromEntries(CSV_COLUMNS.map((column) => [column, column])) as CsvLabels['headers'],
  taken: 'yes',
  heavyLoads: { heavyWork: 'heavy work', intensiveSport: 'sport', longStandingOrWalking: 'standing', fall: 'fall' },
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.restoreAllMocks())

async function seed(): Promise<void> {
  const diary = useDiaryStore()
  await usePlanStore().save(defaultPlan('2026-10-01', 'active'), { heightCm: 172, nextAppointment: { date: '2026-12-01', with: 'gp' } }, NOW)
  await diary.save(makeFullDay('2026-11-20'), NOW)
  await diary.save(makeDay('2026-11-21', { worstPain: 4 }), NOW)
}

function checked(text: string): CheckedBackup {
  const parsed = parseBackup(text, LATER)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.backup
}

describe('the data exchange store', () => {
  it('makes a backup that was read back and matches the database, named with the local date', async () => {
    await seed()
    const backup = await useDataExchangeStore().makeBackup(NOW)
    expect(backup.name).toBe('heupwijs-backup-2026-11-24.json')
    expect(backup.counts.days).toBe(2)
    expect(checked(backup.text).data.days.map((day) => day.date)).toEqual(['2026-11-20', '2026-11-21'])
  })

  it('refuses to call a backup done when the read-back does not match', async () => {
    await seed()
    vi.spyOn(backup, 'exportCheckedBackup').mockResolvedValue({ text: '{}', check: { ok: false, problem: 'countsMismatch', detail: 'days' } })
    await expect(useDataExchangeStore().makeBackup(NOW)).rejects.toBeInstanceOf(BackupNotVerifiedError)
    expect(useBackupReminderStore().lastBackup).toBeNull()
  })

  it('remembers the backup once it was handed over, so the reminder counts from then', async () => {
    await seed()
    const store = useDataExchangeStore()
    await store.backupHandedOver(await store.makeBackup(NOW))
    expect(await getSetting(await useDatabaseStore().open(), 'lastBackup')).toEqual({ at: NOW.toISOString(), days: 2 })
    expect(useBackupReminderStore().lastBackup).toEqual({ at: NOW.toISOString(), days: 2 })
  })

  it('keeps the settings of a device on it: out of the backup, and neither taken nor removed by a restore', async () => {
    const persist = vi.fn(async () => true)
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: vi.fn(async () => true), estimate: vi.fn(async () => ({ usage: 1, quota: 2 })) } })
    try {
      await seed() // the first saved day asks this device to protect its storage
      expect(persist).toHaveBeenCalledTimes(1)
      const store = useDataExchangeStore()
      await store.backupHandedOver(await store.makeBackup(NOW))
      const settingKeys = (await store.makeBackup(LATER)).text.match(/"key":"[^"]+"/g)
      expect(settingKeys).toEqual(['"key":"plan"', '"key":"profile"', '"key":"setup"'])

      // A fresh phone restores a version 1 file that still holds its old device's persistenceAsked.
      await store.deleteEverything(NOW)
      const v1 = readFileSync(join(process.cwd(), 'tests/fixtures/backups/v1.json'), 'utf8')
      const parsed = await store.readBackupFile(v1, LATER)
      if (!parsed.ok) throw new Error(parsed.problem)
      await store.restore(parsed.backup, 'replace', LATER)
      const db = await useDatabaseStore().open()
      // Asked again on this phone, after the restore, rather than believed from the file.
      await vi.waitFor(async () => expect(await getSetting(db, 'persistenceAsked')).toEqual({ at: LATER.toISOString(), granted: true }))
      expect(persist).toHaveBeenCalledTimes(2)
      expect(await getSetting(db, 'lastBackup')).toEqual({ at: '2026-02-01T10:15:00.000Z', days: 4 })

      // Merging the file again leaves this phone's own values alone.
      await store.restore(parsed.backup, 'merge', LATER)
      expect(await getSetting(db, 'persistenceAsked')).toEqual({ at: LATER.toISOString(), granted: true })
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('previews replace and merge without writing anything', async () => {
    await seed()
    const store = useDataExchangeStore()
    const backup = checked((await store.makeBackup(NOW)).text)
    await useDiaryStore().save(makeDay('2026-11-22', { worstPain: 2 }), NOW)
    const previews = await store.previewBoth(backup)
    expect(previews.replace).toMatchObject({ before: { days: 3 }, after: { days: 2 }, changes: { daysRemoved: 1, daysUnchanged: 2 } })
    expect(previews.merge).toMatchObject({ before: { days: 3 }, after: { days: 3 }, changes: { daysRemoved: 0 } })
    expect(await listDays(await useDatabaseStore().open())).toHaveLength(3)
  })

  it('restores by replacing: takes a safety copy, and the plan, diary and reminder show the restored data', async () => {
    await seed()
    const store = useDataExchangeStore()
    const backup = checked((await store.makeBackup(NOW)).text)
    await store.deleteEverything(NOW)
    await usePlanStore().skip(NOW)
    await useDiaryStore().save(makeDay('2026-11-23', { worstPain: 7 }), NOW)
    const revision = useDiaryStore().revision

    const result = await store.restore(backup, 'replace', LATER)
    expect(result.counts.days).toBe(2)
    expect(result.snapshotTakenAt).toBe(LATER.toISOString())
    expect((await listDays(await useDatabaseStore().open())).map((day) => day.date)).toEqual(['2026-11-20', '2026-11-21'])
    const plan = usePlanStore()
    expect(plan.setup).toBe('done')
    expect(plan.profile).toEqual({ heightCm: 172, nextAppointment: { date: '2026-12-01', with: 'gp' } })
    expect(useDiaryStore().revision).toBeGreaterThan(revision)
    expect(useDiaryStore().loggedDays).toBe(2)
    expect(useBackupReminderStore().lastBackup).toEqual({ at: backup.exportedAt, days: 2 })
    expect(await store.snapshots()).toHaveLength(1)
  })

  it('puts a safety copy back', async () => {
    await seed()
    const store = useDataExchangeStore()
    const backup = checked((await store.makeBackup(NOW)).text)
    await useDiaryStore().save(makeDay('2026-11-22', { worstPain: 2 }), NOW)
    await store.restore(backup, 'replace', LATER)
    const [copy] = await store.snapshots()
    const result = await store.restoreSafetyCopy(copy!.takenAt, new Date(LATER.getTime() + 1000))
    expect(result.counts.days).toBe(3)
    expect(useDiaryStore().loggedDays).toBe(3)
  })

  it('deletes everything and sends the app back to the first-run set-up', async () => {
    await seed()
    await useExampleDataStore().refresh()
    const store = useDataExchangeStore()
    await store.backupHandedOver(await store.makeBackup(NOW))
    await store.deleteEverything(NOW)
    const db = await useDatabaseStore().open()
    expect(await listDays(db)).toEqual([])
    expect(await getSetting(db, 'plan')).toBeUndefined()
    expect(await listSnapshots(db)).toEqual([])
    const plan = usePlanStore()
    expect(plan.setup).toBe('pending')
    expect(plan.plan).toBeNull()
    expect(plan.profile).toEqual({})
    expect(useDiaryStore().loggedDays).toBe(0)
    expect(useBackupReminderStore().lastBackup).toBeNull()
  })

  it('writes the CSV and the FHIR bundle of the stored days', async () => {
    await seed()
    const store = useDataExchangeStore()
    const csv = await store.csvFile('nl', labels, NOW)
    expect(csv.name).toBe('heupwijs-logboek-2026-11-24.csv')
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(3)
    expect(csv.text).toContain('82,5')
    const period = await store.csvFile('en', labels, NOW, { from: '2026-11-21', to: '2026-11-21' })
    expect(period.text.split('\r\n').filter(Boolean)).toHaveLength(2)
    const fhir = JSON.parse((await store.fhirFile(ENGLISH_FHIR_TEXTS, NOW)).text)
    expect(fhir).toMatchObject({ resourceType: 'Bundle', type: 'collection' })
    expect(fhir.entry.length).toBeGreaterThan(3)
  })
})
