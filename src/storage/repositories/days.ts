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

/**
 * Records per request when listing days. Turning stored records back into objects happens on the main
 * thread, one request's results at a time: ten years in one getAll is a task of over 100 ms on a slow
 * phone, pages of this size keep each under about 10 ms. All pages come from one read-only transaction,
 * so the list is the same snapshot a single getAll would give.
 */
export const DAYS_PER_READ = 400

/** Days from `from` to `to` inclusive (either may be left open), oldest first. */
export async function listDays(db: HeupwijsDatabase, from?: LocalDate, to?: LocalDate): Promise<DayRecord[]> {
  try {
    const store = db.transaction('days').store
    const days: DayRecord[] = []
    let lower = from
    let lowerOpen = false
    for (;;) {
      const range = lower && to ? IDBKeyRange.bound(lower, to, lowerOpen) : lower ? IDBKeyRange.lowerBound(lower, lowerOpen) : to ? IDBKeyRange.upperBound(to) : undefined
      const page = await store.getAll(range, DAYS_PER_READ)
      for (const day of page) days.push(restoreDay(day))
      const last = page.at(-1)?.date
      if (page.length < DAYS_PER_READ || (to && last! >= to)) return days
      lower = last
      lowerOpen = true
    }
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
