/** Day records: one per local calendar day, keyed by 'YYYY-MM-DD'. */
import type { LocalDate } from '../../domain/dates'
import type { DayRecord } from '../../domain/dayLog'
import type { HeupwijsDatabase } from '../db'
import { toStorageError } from '../errors'
import { keyRange } from '../keyRange'
import { write } from '../transactions'

/** Fills in what older or partial records lack, so callers always get today's shape. */
export function restoreDay(stored: DayRecord): DayRecord {
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
  const range = keyRange(from, to)
  try {
    const store = db.transaction('days').store
    // The first page and the dates: a short list is done in one round trip; for a long one the dates
    // say where the other pages start, and those are asked for all at once, so their waits overlap.
    // Each page is restored as it arrives, in the task that brought it.
    const restored = (request: Promise<DayRecord[]>): Promise<DayRecord[]> => request.then((page) => page.map(restoreDay))
    const [first, dates] = await Promise.all([restored(store.getAll(range, DAYS_PER_READ)), store.getAllKeys(range)])
    if (first.length < DAYS_PER_READ) return first
    const rest: Promise<DayRecord[]>[] = []
    for (let i = DAYS_PER_READ; i < dates.length; i += DAYS_PER_READ) {
      rest.push(restored(store.getAll(IDBKeyRange.bound(dates[i]!, dates[Math.min(i + DAYS_PER_READ, dates.length) - 1]!))))
    }
    return [first, ...(await Promise.all(rest))].flat()
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
