import { describe, expect, it } from 'vitest'
import { BACKUP_REMINDER, backupReminderDue, countChangedDays, firstOwnChange, readLastBackup, snoozeUntil, type BackupReminderInput } from '../../../src/domain/backupReminder'
import { figuresOf } from '../../../src/domain/dayFigures'
import { makeDay } from '../../fixtures/days'

/** Local noon on the given day of November 2026: the clock every test sets. */
const at = (day: number, hour = 12) => new Date(2026, 10, day, hour)
const LAST = { at: at(1, 21).toISOString(), days: 40 }

const input = (changes: Partial<BackupReminderInput>): BackupReminderInput => ({
  now: at(10),
  lastBackup: LAST,
  startedAt: null,
  changedDays: 3,
  snoozedUntil: null,
  ...changes,
})

describe('backupReminderDue', () => {
  it('appears on the 14th calendar day after the last backup, not on the 13th', () => {
    expect(backupReminderDue(input({ now: at(14, 23) }))).toBe(false)
    expect(backupReminderDue(input({ now: at(15, 0) }))).toBe(true)
    expect(backupReminderDue(input({ now: at(15, 9) }))).toBe(true)
  })

  it('counts calendar days, so a backup late in the evening still counts from that day', () => {
    expect(backupReminderDue(input({ lastBackup: { at: at(1, 23).toISOString(), days: 1 }, now: at(15, 0) }))).toBe(true)
  })

  it('appears straight away after 30 changed days, however recent the backup', () => {
    expect(backupReminderDue(input({ now: at(2), changedDays: BACKUP_REMINDER.afterChangedDays - 1 }))).toBe(false)
    expect(backupReminderDue(input({ now: at(2), changedDays: BACKUP_REMINDER.afterChangedDays }))).toBe(true)
  })

  it('stays away when nothing changed since the last backup, however long ago', () => {
    expect(backupReminderDue(input({ now: at(30), changedDays: 0 }))).toBe(false)
  })

  it('counts from the start of use when no backup was ever made', () => {
    const never = { lastBackup: null, startedAt: at(3).toISOString() }
    expect(backupReminderDue(input({ ...never, now: at(16) }))).toBe(false)
    expect(backupReminderDue(input({ ...never, now: at(17) }))).toBe(true)
    expect(backupReminderDue(input({ lastBackup: null, startedAt: null, now: at(30) }))).toBe(false)
    expect(backupReminderDue(input({ lastBackup: null, startedAt: null, changedDays: 30 }))).toBe(true)
  })

  it('keeps away for 7 days after "not now", and comes back on the 7th day', () => {
    const dismissedOn = at(20, 8)
    const snoozedUntil = snoozeUntil(dismissedOn)
    expect(snoozedUntil).toBe('2026-11-27')
    for (let day = 20; day <= 26; day++) expect(backupReminderDue(input({ now: at(day, 22), snoozedUntil, changedDays: 50 }))).toBe(false)
    expect(backupReminderDue(input({ now: at(27, 0), snoozedUntil, changedDays: 50 }))).toBe(true)
  })
})

describe('countChangedDays', () => {
  it('counts the patient’s own days changed after the backup, not example days', () => {
    const since = '2026-11-05T10:00:00.000Z'
    const days = [
      makeDay('2026-11-04', { updatedAt: '2026-11-04T20:00:00.000Z' }),
      makeDay('2026-11-05', { updatedAt: since }),
      makeDay('2026-11-06', { updatedAt: '2026-11-06T08:00:00.000Z' }),
      makeDay('2026-11-07', { updatedAt: '2026-11-07T08:00:00.000Z', example: true }),
      makeDay('2026-10-01', { updatedAt: '2026-11-08T08:00:00.000Z' }),
    ].map(figuresOf)
    expect(countChangedDays(days, since)).toBe(2)
    expect(countChangedDays(days, null)).toBe(4)
  })

  it('finds when the patient’s own diary was first written to, leaving example days out', () => {
    const days = [
      makeDay('2026-11-04', { updatedAt: '2026-11-04T20:00:00.000Z' }),
      makeDay('2026-10-01', { updatedAt: '2026-10-02T08:00:00.000Z', example: true }),
      makeDay('2026-11-05', { updatedAt: '2026-11-03T10:00:00.000Z' }),
    ].map(figuresOf)
    expect(firstOwnChange(days)).toBe('2026-11-03T10:00:00.000Z')
    expect(firstOwnChange(days.filter((day) => day.example))).toBeNull()
    expect(firstOwnChange([])).toBeNull()
  })
})

describe('readLastBackup', () => {
  it('reads a stored backup record and treats anything else as "no backup yet"', () => {
    expect(readLastBackup({ at: '2026-11-01T10:00:00.000Z', days: 12 })).toEqual({ at: '2026-11-01T10:00:00.000Z', days: 12 })
    expect(readLastBackup({ at: '2026-11-01T10:00:00.000Z' })).toEqual({ at: '2026-11-01T10:00:00.000Z', days: 0 })
    for (const junk of [null, undefined, 'yesterday', { at: 'not a date', days: 3 }, { days: 3 }, [1]]) expect(readLastBackup(junk)).toBeNull()
  })
})
