/**
 * Export and restore of the backup file (the format itself lives in domain/backupFormat.ts).
 *
 * A restore only ever takes a backup that parseBackup accepted, so nothing is written before the whole
 * file was checked. It then runs in one strict transaction: read what is stored, keep a safety copy of
 * it in `snapshots`, and replace or merge. If anything fails, the transaction is aborted and every
 * store is left exactly as it was, safety copy included.
 */
import { unwrap, type IDBPTransaction } from 'idb'
import {
  buildBackupTextWith,
  parseBackupWith,
  verifyWrittenBackup,
  writeBackupWith,
  type BackupCounts,
  type BackupParseResult,
  type BackupProblemCode,
  type CheckedBackup,
} from '../domain/backupFormat'
import { combineForRestore, type BackupData, type RestoreChanges, type RestoreMode } from '../domain/backupMerge'
import type { DayRecord } from '../domain/dayLog'
import { isDeviceSetting } from '../domain/deviceSettings'
import type { HeupwijsDatabase } from './db'
import { sha256Digest } from './digest'
import { toStorageError } from './errors'
import type { HeupwijsDB, SnapshotRecord } from './schema'
import { write } from './transactions'

/** Safety copies kept; the oldest goes when a fourth is taken. */
export const SNAPSHOTS_KEPT = 3

export interface ExportOptions {
  /** The app's version, written into the file for support. */
  appVersion: string
  now: Date
}

export interface RestoreResult {
  /** Key of the safety copy taken first; null when nothing was stored, so there was nothing to copy. */
  snapshotTakenAt: string | null
  changes: RestoreChanges
  /** What the database holds afterwards. */
  counts: BackupCounts
}

export interface RestorePreview {
  changes: RestoreChanges
  /** What the database holds now and would hold after the restore. */
  before: BackupCounts
  after: BackupCounts
}

export type RestoreFromTextResult =
  | { ok: true; result: RestoreResult }
  | { ok: false; problem: BackupProblemCode; detail?: string }

export interface SnapshotSummary {
  takenAt: string
  reason: SnapshotRecord['reason']
  counts: BackupCounts
}

/** Fills in the lists an older or partial record lacks, as the days repository does when reading. */
function withAllLists(day: DayRecord): DayRecord {
  return {
    ...day,
    activities: day.activities ?? [],
    exercises: day.exercises ?? [],
    medication: day.medication ?? [],
    heavyLoads: day.heavyLoads ?? [],
    notes: day.notes ?? [],
  }
}

/** Every day and setting, read in one transaction so the two belong to the same moment. */
async function readAll(db: HeupwijsDatabase): Promise<BackupData> {
  try {
    const tx = db.transaction(['days', 'settings'], 'readonly')
    const [days, settings] = await Promise.all([tx.objectStore('days').getAll(), tx.objectStore('settings').getAll(), tx.done])
    return { days: days.map(withAllLists), settings }
  } catch (error) {
    throw toStorageError(error)
  }
}

/** The backup file's text for everything stored (drafts and safety copies are left out). */
export async function exportBackup(db: HeupwijsDatabase, { appVersion, now }: ExportOptions): Promise<string> {
  return buildBackupTextWith({ ...(await readAll(db)), appVersion, now }, sha256Digest)
}

/**
 * The backup file's text, read back and checked against the database before anyone is told it is done:
 * it must parse, pass every check a restore makes, and hold as many days and settings as are stored
 * (the settings of this device left out, as the file leaves them out).
 * The counts come from the same read as the data, so a day saved meanwhile cannot make them differ.
 */
export async function exportCheckedBackup(db: HeupwijsDatabase, { appVersion, now }: ExportOptions): Promise<{ text: string; check: BackupParseResult }> {
  const { days, settings } = await readAll(db)
  const written = await writeBackupWith({ days, settings, appVersion, now }, sha256Digest)
  const expected = { days: days.length, settings: settings.filter((setting) => !isDeviceSetting(setting.key)).length }
  return { text: written.text, check: verifyWrittenBackup(written, expected, now) }
}

/**
 * Checks a backup file's text completely, as parseBackup does but with the native SHA-256; nothing is
 * written. This is how the app gets from a chosen file to the CheckedBackup a restore takes.
 */
export function checkBackupText(text: string, now: Date): Promise<BackupParseResult> {
  return parseBackupWith(text, now, sha256Digest)
}

/** What a restore in either mode would change, without changing anything; the database is read once. */
export async function previewRestore(db: HeupwijsDatabase, backup: CheckedBackup): Promise<Record<RestoreMode, RestorePreview>> {
  const current = await readAll(db)
  const before = { days: current.days.length, settings: current.settings.length }
  const preview = (mode: RestoreMode): RestorePreview => {
    const { data, changes } = combineForRestore(current, backup.data, mode)
    return { changes, before, after: { days: data.days.length, settings: data.settings.length } }
  }
  return { replace: preview('replace'), merge: preview('merge') }
}

/**
 * Replaces or merges the stored days and settings with a checked backup, after keeping a safety copy.
 * Replace: afterwards the database holds exactly the backup. Merge: for a date held by both, the
 * record changed last wins (a tie keeps the stored one); settings from the backup win, and stored
 * settings the backup lacks stay. Drafts are never touched.
 */
export function restoreBackup(db: HeupwijsDatabase, backup: CheckedBackup, mode: RestoreMode, now: Date): Promise<RestoreResult> {
  return restoreData(db, backup.data, mode, now)
}

/** Checks the text and restores it only when the whole file is sound; a refused file changes nothing. */
export async function restoreFromText(db: HeupwijsDatabase, text: string, mode: RestoreMode, now: Date): Promise<RestoreFromTextResult> {
  const parsed = await checkBackupText(text, now)
  if (!parsed.ok) return parsed
  return { ok: true, result: await restoreBackup(db, parsed.backup, mode, now) }
}

/** The safety copies, newest first, without their data. */
export async function listSnapshots(db: HeupwijsDatabase): Promise<SnapshotSummary[]> {
  try {
    const snapshots = await db.getAll('snapshots')
    return snapshots.reverse().map(({ takenAt, reason, days, settings }) => ({ takenAt, reason, counts: { days: days.length, settings: settings.length } }))
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Puts a safety copy back (replacing what is stored), after taking a safety copy of that in turn. */
export async function restoreSnapshot(db: HeupwijsDatabase, takenAt: string, now: Date): Promise<RestoreResult> {
  let snapshot: SnapshotRecord | undefined
  try {
    snapshot = await db.get('snapshots', takenAt)
  } catch (error) {
    throw toStorageError(error)
  }
  if (!snapshot) throw toStorageError(new DOMException(`no safety copy taken at ${takenAt}`, 'NotFoundError'))
  return restoreData(db, { days: snapshot.days.map(withAllLists), settings: snapshot.settings }, 'replace', now)
}

/** Removes every day, setting, draft and safety copy in one transaction: the app starts afresh. */
export function deleteAllData(db: HeupwijsDatabase): Promise<void> {
  return write(db, ['days', 'settings', 'drafts', 'snapshots'], (w) => {
    w.clear('days')
    w.clear('settings')
    w.clear('drafts')
    w.clear('snapshots')
  })
}

/** True when a restore would leave every day and setting as it is. */
function changesNothing(changes: RestoreChanges): boolean {
  const { daysUnchanged: _days, settingsUnchanged: _settings, ...changed } = changes
  return Object.values(changed).every((count) => count === 0)
}

type RestoreTransaction = IDBPTransaction<HeupwijsDB, ('days' | 'settings' | 'snapshots' | 'monthFigures')[], 'readwrite'>

/**
 * One strict transaction that reads, copies and writes. It awaits only its own requests (anything else
 * would let it commit early); a failed request aborts it, and tx.done then rejects.
 */
async function restoreData(db: HeupwijsDatabase, incoming: BackupData, mode: RestoreMode, now: Date): Promise<RestoreResult> {
  let tx: RestoreTransaction | undefined
  try {
    tx = db.transaction(['days', 'settings', 'snapshots', 'monthFigures'], 'readwrite', { durability: 'strict' })
    const [storedDays, storedSettings, snapshotKeys] = await Promise.all([
      tx.objectStore('days').getAll(),
      tx.objectStore('settings').getAll(),
      tx.objectStore('snapshots').getAllKeys(),
    ])
    const { data, changes } = combineForRestore({ days: storedDays.map(withAllLists), settings: storedSettings }, incoming, mode)

    const counts = { days: data.days.length, settings: data.settings.length }
    // Nothing would change (the same file merged again): no write, and above all no safety copy, which
    // would push an older, different one out of the three kept.
    if (changesNothing(changes)) {
      await tx.done
      return { snapshotTakenAt: null, changes, counts }
    }

    const settle = (request: Promise<unknown>): void => void request.catch(() => undefined)
    const snapshots = tx.objectStore('snapshots')
    let snapshotTakenAt: string | null = null
    if (storedDays.length > 0 || storedSettings.length > 0) {
      snapshotTakenAt = now.toISOString()
      settle(snapshots.put({ takenAt: snapshotTakenAt, reason: 'beforeRestore', days: storedDays, settings: storedSettings }))
      const kept = new Set([...snapshotKeys, snapshotTakenAt].sort().slice(-SNAPSHOTS_KEPT))
      for (const key of snapshotKeys) if (!kept.has(key)) settle(snapshots.delete(key))
    }
    // The plain stores, not idb's wrappers: a promise and two listeners per record were a third of a
    // ten-year restore. A failed put still aborts the transaction, and tx.done rejects with its error.
    const days = unwrap(tx.objectStore('days'))
    const settings = unwrap(tx.objectStore('settings'))
    days.clear()
    settings.clear()
    // Every month's figures are built again from the restored days when next read (monthFigures.ts).
    unwrap(tx.objectStore('monthFigures')).clear()
    for (const day of data.days) days.put(day)
    for (const setting of data.settings) settings.put(setting)
    await tx.done
    return { snapshotTakenAt, changes, counts }
  } catch (error) {
    const failed = toStorageError(error, tx?.error)
    if (tx) {
      tx.done.catch(() => undefined)
      try {
        tx.abort()
      } catch {
        // Already finished or aborted: nothing was committed by this attempt.
      }
    }
    throw failed
  }
}
