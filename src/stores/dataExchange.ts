/**
 * The patient's data going out and coming back: the backup file (written, read back and checked before
 * anyone is told it is done), restoring one (the whole file checked first, a preview, then replace or
 * merge after a safety copy), the safety copies, the CSV and FHIR exports, and deleting everything.
 * Screens that show stored data are told to read again after every change made here.
 */
import { defineStore } from 'pinia'
import type { BackupCounts, BackupParseResult, CheckedBackup } from '../domain/backupFormat'
import type { RestoreMode } from '../domain/backupMerge'
import { buildCsv, type CsvLabels, type CsvVariant } from '../domain/csvExport'
import { toLocalDate } from '../domain/dates'
import { exportFileName, type ExportFile } from '../domain/exportFiles'
import { buildFhirBundle, type FhirTexts } from '../domain/fhirExport'
import type { Plan, Profile } from '../domain/plan'
import { getSetting, listDays } from '../storage'
import {
  checkBackupText,
  deleteAllData,
  exportCheckedBackup,
  listSnapshots,
  previewRestore,
  restoreBackup,
  restoreSnapshot,
  type RestorePreview,
  type RestoreResult,
  type SnapshotSummary,
} from '../storage/backup'
import { useBackupReminderStore } from './backupReminder'
import { useDatabaseStore } from './database'
import { useDiaryStore } from './diary'
import { useExampleDataStore } from './exampleData'
import { usePlanStore, type SetupState } from './plan'

/** A file ready to hand to the patient: its name, media type and text. */
export interface ExportedFile {
  kind: ExportFile
  name: string
  text: string
}

/** A backup whose text was read back and matched the database. */
export interface VerifiedBackup extends ExportedFile {
  counts: BackupCounts
  at: string
}

/** The backup could not be checked after writing: the patient must not be told it is done. */
export class BackupNotVerifiedError extends Error {
  readonly problem: string

  constructor(problem: string) {
    super(`the written backup did not pass its check: ${problem}`)
    this.name = 'BackupNotVerifiedError'
    this.problem = problem
  }
}

export const useDataExchangeStore = defineStore('dataExchange', () => {
  const database = useDatabaseStore()
  const diary = useDiaryStore()
  const planStore = usePlanStore()
  const exampleData = useExampleDataStore()
  const reminder = useBackupReminderStore()

  /** Writes the backup text and reads it back against the database; rejects when it does not match. */
  async function makeBackup(now: Date): Promise<VerifiedBackup> {
    const { text, check } = await exportCheckedBackup(await database.open(), { appVersion: __APP_VERSION__, now })
    if (!check.ok) throw new BackupNotVerifiedError(check.problem)
    return { kind: 'backup', name: exportFileName('backup', toLocalDate(now)), text, counts: check.backup.counts, at: now.toISOString() }
  }

  /** Once the patient has the verified file (downloaded or shared): remembered for the reminder. */
  async function backupHandedOver(backup: VerifiedBackup): Promise<void> {
    await reminder.recordBackup({ at: backup.at, days: backup.counts.days })
  }

  /** Checks a chosen file completely; nothing is written. */
  function readBackupFile(text: string, now: Date): Promise<BackupParseResult> {
    return checkBackupText(text, now)
  }

  /** What replacing and what merging would do, side by side, so the patient can choose. */
  async function previewBoth(backup: CheckedBackup): Promise<Record<RestoreMode, RestorePreview>> {
    return previewRestore(await database.open(), backup)
  }

  async function restore(backup: CheckedBackup, mode: RestoreMode, now: Date): Promise<RestoreResult> {
    const result = await restoreBackup(await database.open(), backup, mode, now)
    // After a replace the stored data is exactly that backup, so the reminder counts from its date.
    if (mode === 'replace') await reminder.recordBackup({ at: backup.exportedAt, days: backup.counts.days }).catch(() => undefined)
    // A backup never carries whether storage protection was asked (that belongs to a device): a phone the
    // diary was just restored onto is asked now, as after a first saved entry. Not awaited: it must never
    // fail or hold up a restore.
    void database.noteSaved(now).catch(() => undefined)
    await afterChange(now)
    return result
  }

  async function snapshots(): Promise<SnapshotSummary[]> {
    return listSnapshots(await database.open())
  }

  async function restoreSafetyCopy(takenAt: string, now: Date): Promise<RestoreResult> {
    const result = await restoreSnapshot(await database.open(), takenAt, now)
    await afterChange(now)
    return result
  }

  /** Removes every day, setting, draft and safety copy; the app starts again at the first-run set-up. */
  async function deleteEverything(now: Date): Promise<void> {
    await deleteAllData(await database.open())
    planStore.plan = null
    planStore.profile = {}
    planStore.setup = 'pending'
    reminder.lastBackup = null
    reminder.changedDays = 0
    reminder.due = false
    await afterChange(now, false)
  }

  /** The diary as CSV (example days left out, see docs/csv-format.md), optionally for a period only. */
  async function csvFile(variant: CsvVariant, labels: CsvLabels, now: Date, period?: { from: string; to: string }): Promise<ExportedFile> {
    const days = await listDays(await database.open(), period?.from, period?.to)
    return { kind: 'csv', name: exportFileName('csv', toLocalDate(now)), text: buildCsv(days, { variant, labels }) }
  }

  async function fhirFile(texts: FhirTexts, now: Date): Promise<ExportedFile> {
    const db = await database.open()
    const [days, profile] = await Promise.all([listDays(db), getSetting<Profile>(db, 'profile')])
    const bundle = buildFhirBundle(days, { now, profile: profile ?? null, texts })
    return { kind: 'fhir', name: exportFileName('fhir', toLocalDate(now)), text: `${JSON.stringify(bundle, null, 2)}\n` }
  }

  /**
   * Every screen reads again: the diary, the plan (its store keeps what it loaded once, so it is read
   * here), the example-data banner, the reminder and the storage figures.
   */
  async function afterChange(now: Date, readPlan = true): Promise<void> {
    if (readPlan) await reloadPlan()
    diary.revision++
    await Promise.all([
      diary.refreshCount().catch(() => undefined),
      exampleData.refresh().catch(() => undefined),
      reminder.check(now).catch(() => undefined),
      database.refreshStatus().catch(() => undefined),
    ])
  }

  async function reloadPlan(): Promise<void> {
    const db = await database.open()
    const [plan, profile, setup] = await Promise.all([
      getSetting<Plan>(db, 'plan'),
      getSetting<Profile>(db, 'profile'),
      getSetting<{ state: SetupState }>(db, 'setup'),
    ])
    // Assigned, not $patch-ed: a patch merges objects, and a profile field the backup lacks must go.
    planStore.plan = plan ?? null
    planStore.profile = profile ?? {}
    planStore.setup = setup?.state ?? 'pending'
  }

  return { makeBackup, backupHandedOver, readBackupFile, previewBoth, restore, snapshots, restoreSafetyCopy, deleteEverything, csvFile, fhirFile }
})
