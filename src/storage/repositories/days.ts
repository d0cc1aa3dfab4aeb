/** Day records: one per local calendar day, keyed by 'YYYY-MM-DD'. */
import type { LocalDate } from '../../domain/dates'
import type { DayRecord } from '../../domain/dayLog'
import type { HeupwijsDatabase } from '../db'
import { toStorageError } from '../errors'
import { write } from '../transactions'

/** Fills in what older or partial records lack, so callers always get today's shape. */
function restoreDay(stored: DayRecord): DayRecord {
  return {
    ...stored,
    activities: stored.activities ?? [],
    exercises: stored.exercises ?? [],
    medication: stored.medication ?? [],
    heavyLoads: stored.heavyLoads ?? [],
    notes: stored.notes ?? [],
  }
}

export async function getDay(db: HeupwijsDatabase, date: LocalDate): Promise<DayRecord | undefined> {
  try {
    const stored = await db.get('days', date)
    return stored && restoreDay(stored)
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Days from `from` to `to` inclusive (either may be left open), oldest first, in one request. */
export async function listDays(db: HeupwijsDatabase, from?: LocalDate, to?: LocalDate): Promise<DayRecord[]> {
  const range =
    from && to ? IDBKeyRange.bound(from, to) : from ? IDBKeyRange.lowerBound(from) : to ? IDBKeyRange.upperBound(to) : undefined
  try {
    return (await db.getAll('days', range)).map(restoreDay)
  } catch (error) {
    throw toStorageError(error)
  }
}

export async function countDays(db: HeupwijsDatabase): Promise<number> {
  try {
    return await db.count('days')
  } catch (error) {
    throw toStorageError(error)
  }
}

/** Replaces the whole record of that day; resolves only after the transaction committed. */
export function saveDay(db: HeupwijsDatabase, day: DayRecord): Promise<void> {
  return write(db, ['days'], (w) => w.put('days', day))
}

export function deleteDay(db: HeupwijsDatabase, date: LocalDate): Promise<void> {
  return write(db, ['days'], (w) => w.delete('days', date))
}

/** Stores several day records in one transaction: all of them or none (e.g. the example diary). */
export function saveDays(db: HeupwijsDatabase, days: readonly DayRecord[]): Promise<void> {
  return write(db, ['days'], (w) => {
    for (const day of days) w.put('days', day)
  })
}

/** Removes the records of several days in one transaction: all of them or none. */
export function deleteDays(db: HeupwijsDatabase, dates: readonly LocalDate[]): Promise<void> {
  return write(db, ['days'], (w) => {
    for (const date of dates) w.delete('days', date)
  })
}
