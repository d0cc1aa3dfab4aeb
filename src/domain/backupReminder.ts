/**
 * When to suggest a backup (issue 6, item 5): after 14 calendar days or 30 changed days since the last
 * backup, unless the patient put the suggestion off for a week. A gentle prompt, never a block.
 *
 * "Changed days" are day records the patient logged or edited after the last backup (example days do
 * not count: they are not the patient's to lose). Without any change there is nothing to back up, so
 * the prompt stays away however long ago the last backup was.
 */
import { addDays, daysBetween, toLocalDate, type LocalDate } from './dates'
import type { DayFigures } from './dayFigures'

export const BACKUP_REMINDER = {
  /** Calendar days after the last backup (or the start, without one) before the prompt appears. */
  afterDays: 14,
  /** Changed days after which the prompt appears straight away. */
  afterChangedDays: 30,
  /** How long "not now" keeps the prompt away. */
  snoozeDays: 7,
} as const

/** Stored as the setting `lastBackup` once a backup was written and checked. */
export interface LastBackup {
  /** ISO instant of the backup. */
  at: string
  /** Day records the backup held. */
  days: number
}

export interface BackupReminderInput {
  now: Date
  lastBackup: LastBackup | null
  /** Without a backup, the count of days starts here (ISO instant: the set-up, or the first log). */
  startedAt: string | null
  /** Days logged or changed since the last backup (since ever, without one). */
  changedDays: number
  /** The local date until which the patient put the prompt off (not included). */
  snoozedUntil: LocalDate | null
}

export function backupReminderDue({ now, lastBackup, startedAt, changedDays, snoozedUntil }: BackupReminderInput): boolean {
  if (changedDays <= 0) return false
  const today = toLocalDate(now)
  if (snoozedUntil !== null && today < snoozedUntil) return false
  if (changedDays >= BACKUP_REMINDER.afterChangedDays) return true
  const since = lastBackup?.at ?? startedAt
  if (since === null || !Number.isFinite(Date.parse(since))) return false
  return daysBetween(toLocalDate(new Date(since)), today) >= BACKUP_REMINDER.afterDays
}

/** The date until which "not now" keeps the prompt away: it comes back on that day. */
export function snoozeUntil(now: Date): LocalDate {
  return addDays(toLocalDate(now), BACKUP_REMINDER.snoozeDays)
}

/** What the reminder reads of a day (the figures of domain/dayFigures.ts fit). */
export type DayChange = Pick<DayFigures, 'example' | 'updatedAtMs'>

/** Days of the patient's own (not example) changed after `since` (an ISO instant); all of them when null. */
export function countChangedDays(days: readonly DayChange[], since: string | null): number {
  const after = since === null ? -Infinity : Date.parse(since)
  return days.filter((day) => !day.example && day.updatedAtMs > after).length
}

/** When the patient's own diary was first written to (ISO instant), or null without any own day. */
export function firstOwnChange(days: readonly DayChange[]): string | null {
  let first = Infinity
  for (const day of days) if (!day.example && day.updatedAtMs < first) first = day.updatedAtMs
  return Number.isFinite(first) ? new Date(first).toISOString() : null
}

/** Reads the stored `lastBackup` setting; anything that does not fit counts as "no backup yet". */
export function readLastBackup(value: unknown): LastBackup | null {
  if (typeof value !== 'object' || value === null) return null
  const { at, days } = value as Record<string, unknown>
  if (typeof at !== 'string' || !Number.isFinite(Date.parse(at))) return null
  return { at, days: typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : 0 }
}
