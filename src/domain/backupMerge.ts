/**
 * How a restore combines a backup with what is stored. Replace: the backup, nothing else (but the
 * settings of this device, see deviceSettings.ts, which no restore changes). Merge: every
 * day and setting of both, where for a date held by both the record changed last wins, and a tie keeps
 * what is stored, so merging the same file twice changes nothing the second time.
 */
import { canonicalJson } from './canonicalJson'
import type { DayRecord } from './dayLog'
import { isDeviceSetting } from './deviceSettings'

export type RestoreMode = 'replace' | 'merge'

export interface BackupSetting {
  key: string
  value: unknown
}

export interface BackupData {
  days: DayRecord[]
  settings: BackupSetting[]
}

/** What a restore will do (or did), counted per kind of change. */
export interface RestoreChanges {
  /** Dates only the backup holds. */
  daysAdded: number
  /** Dates both hold, with different records, where the backup's record is taken. */
  daysUpdated: number
  /** Dates both hold with the same record. */
  daysUnchanged: number
  /** Merge: dates both hold, with different records, where the stored one was changed later and stays. */
  daysKeptNewer: number
  /** Replace: stored dates the backup does not hold, which are removed. */
  daysRemoved: number
  settingsAdded: number
  settingsUpdated: number
  settingsUnchanged: number
  settingsRemoved: number
}

export interface RestoreOutcome {
  data: BackupData
  changes: RestoreChanges
}

/** True when `incoming` was changed later than `current`; equal times keep the current record. */
function isNewer(incoming: DayRecord, current: DayRecord): boolean {
  return Date.parse(incoming.updatedAt) > Date.parse(current.updatedAt)
}

/** The data after a restore in the given mode, with what changed; both lists sorted by key. */
export function combineForRestore(current: BackupData, incoming: BackupData, mode: RestoreMode): RestoreOutcome {
  const storedDays = new Map(current.days.map((day) => [day.date, day]))
  const storedSettings = new Map(current.settings.map((setting) => [setting.key, setting]))
  const changes: RestoreChanges = {
    daysAdded: 0,
    daysUpdated: 0,
    daysUnchanged: 0,
    daysKeptNewer: 0,
    daysRemoved: 0,
    settingsAdded: 0,
    settingsUpdated: 0,
    settingsUnchanged: 0,
    settingsRemoved: 0,
  }

  const days = mode === 'merge' ? new Map(storedDays) : new Map<string, DayRecord>()
  for (const day of incoming.days) {
    const stored = storedDays.get(day.date)
    if (!stored) {
      changes.daysAdded++
      days.set(day.date, day)
    } else if (canonicalJson(day) === canonicalJson(stored)) {
      changes.daysUnchanged++
      days.set(day.date, day)
    } else if (mode === 'replace' || isNewer(day, stored)) {
      changes.daysUpdated++
      days.set(day.date, day)
    } else {
      changes.daysKeptNewer++
    }
  }

  // Settings carry no change time: the backup's value wins, and merge keeps the keys it lacks. Settings
  // of this device stay as they are in both modes, and the file's (an older backup holds them) are left.
  const settings = new Map(mode === 'merge' ? storedSettings : [...storedSettings].filter(([key]) => isDeviceSetting(key)))
  for (const setting of incoming.settings) {
    if (isDeviceSetting(setting.key)) continue
    const stored = storedSettings.get(setting.key)
    if (!stored) changes.settingsAdded++
    else if (canonicalJson(stored.value) === canonicalJson(setting.value)) changes.settingsUnchanged++
    else changes.settingsUpdated++
    settings.set(setting.key, setting)
  }

  if (mode === 'replace') {
    changes.daysRemoved = [...storedDays.keys()].filter((date) => !days.has(date)).length
    changes.settingsRemoved = [...storedSettings.keys()].filter((key) => !settings.has(key)).length
  }
  return { data: { days: sortedBy(days, (day) => day.date), settings: sortedBy(settings, (s) => s.key) }, changes }
}

function sortedBy<T>(items: Map<string, T>, keyOf: (item: T) => string): T[] {
  return [...items.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0))
}
