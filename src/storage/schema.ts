/**
 * The IndexedDB layout, typed for idb. One record per local day keeps ten years at about 3,650 records,
 * read with one getAll over a key range. Every change to this file is a new migration step.
 */
import type { DBSchema } from 'idb'
import type { DayRecord } from '../domain/dayLog'
import type { MonthFiguresRecord } from './monthFigures'

/** A named value: the plan, the profile, whether persistence was asked … */
export interface SettingRecord {
  key: string
  value: unknown
}

/** Unsaved input of a form, so it survives a reload or an app update. */
export interface DraftRecord {
  key: string
  value: unknown
  savedAt: string
}

/** A copy of all days and settings taken just before a restore, so the patient can go back (v2). */
export interface SnapshotRecord {
  /** ISO instant; also the key, so the newest sorts last. */
  takenAt: string
  reason: 'beforeRestore'
  days: DayRecord[]
  settings: SettingRecord[]
}

export interface HeupwijsDB extends DBSchema {
  days: { key: string; value: DayRecord }
  settings: { key: string; value: SettingRecord }
  drafts: { key: string; value: DraftRecord }
  snapshots: { key: string; value: SnapshotRecord }
  /** v3: the figures of each month's days, derived from `days` (see monthFigures.ts). */
  monthFigures: { key: string; value: MonthFiguresRecord }
}

export type StoreName = 'days' | 'settings' | 'drafts' | 'snapshots' | 'monthFigures'
export const DB_NAME = 'heupwijs'
