/**
 * The figures of the logged days (domain/dayFigures.ts), read per month from `monthFigures`.
 *
 * Once the store is marked complete (monthFigures.ts), a read is the month records of the range alone;
 * stale months (one of their days changed) or months of an older format are built from their days and
 * stored in one transaction, so no write can slip in between reading the days and storing what they
 * gave. Until then, the days' keys show which months have days, and a read of the whole diary marks
 * the store complete, again within one transaction with what it looked at.
 */
import { figuresOf, type DayFigures } from '../../domain/dayFigures'
import type { LocalDate } from '../../domain/dates'
import type { DayRecord } from '../../domain/dayLog'
import type { IDBPTransaction } from 'idb'
import type { HeupwijsDatabase } from '../db'
import type { HeupwijsDB } from '../schema'
import { toStorageError } from '../errors'
import { keyRange } from '../keyRange'
import { COMPLETE_KEY, completeMarker, MONTH_FIGURES_FORMAT, monthBounds, monthOf, packMonth, unpackMonth, type MonthFiguresRecord } from '../monthFigures'
import { listDays, restoreDay } from './days'

/** Each month of a range, with its figures or null when they are missing, stale or of another format. */
type Months = Map<string, MonthFiguresRecord | null>

const current = (record: MonthFiguresRecord): MonthFiguresRecord | null => (record.format === MONTH_FIGURES_FORMAT ? record : null)
const missingIn = (months: Months): string[] => [...months].filter(([, record]) => record === null).map(([month]) => month)

/** The figures of the days from `from` to `to` inclusive (either may be left open), oldest first. */
export async function listDayFigures(db: HeupwijsDatabase, from?: LocalDate, to?: LocalDate): Promise<DayFigures[]> {
  try {
    const store = db.transaction('monthFigures').store
    const [stored, marker] = await Promise.all([store.getAll(keyRange(from && monthOf(from), to && monthOf(to))), store.get(COMPLETE_KEY)])
    if (marker?.format !== MONTH_FIGURES_FORMAT) return await lookAtTheDays(db, from, to)
    const months: Months = new Map(stored.filter((record) => record.month !== COMPLETE_KEY).map((record) => [record.month, current(record)]))
    const missing = missingIn(months)
    if (missing.length) for (const record of await buildMonths(db, missing)) months.set(record.month, record)
    return figuresIn(months, from, to)
  } catch (error) {
    throw toStorageError(error)
  }
}

function figuresIn(months: Months, from?: LocalDate, to?: LocalDate): DayFigures[] {
  const figures: DayFigures[] = []
  for (const month of [...months.keys()].sort()) {
    for (const day of unpackMonth(months.get(month)!)) if ((!from || day.date >= from) && (!to || day.date <= to)) figures.push(day)
  }
  return figures
}

/**
 * Without the mark: finds the months with days from the days' keys, builds and stores those without
 * current figures, and marks the store complete when it looked at the whole diary. Storing is only a
 * saving: when it fails (a full disk), the figures are worked out from the days all the same.
 */
async function lookAtTheDays(db: HeupwijsDatabase, from?: LocalDate, to?: LocalDate): Promise<DayFigures[]> {
  try {
    const tx = db.transaction(['days', 'monthFigures'], 'readwrite', { durability: 'relaxed' })
    const figures = tx.objectStore('monthFigures')
    const [dates, stored] = await Promise.all([tx.objectStore('days').getAllKeys(keyRange(from, to)), figures.getAll(keyRange(from && monthOf(from), to && monthOf(to)))])
    const months: Months = new Map(dates.map((date) => [monthOf(date), null]))
    for (const record of stored) if (months.has(record.month)) months.set(record.month, current(record))
    for (const record of await packAndStore(tx, missingIn(months))) months.set(record.month, record)
    if (!from && !to) void figures.put(completeMarker()).catch(() => undefined)
    await tx.done
    return figuresIn(months, from, to)
  } catch {
    return (await listDays(db, from, to)).map(figuresOf)
  }
}

/**
 * Builds the figures of these months from their days and stores them. Relaxed durability, here and in
 * lookAtTheDays: the records are derived, and a lost one is simply built again. Should storing fail,
 * the figures are worked out from the days all the same.
 */
async function buildMonths(db: HeupwijsDatabase, months: readonly string[]): Promise<MonthFiguresRecord[]> {
  try {
    const tx = db.transaction(['days', 'monthFigures'], 'readwrite', { durability: 'relaxed' })
    const built = await packAndStore(tx, months)
    await tx.done
    return built
  } catch {
    const store = db.transaction('days').store
    return Promise.all(months.map((month) => packFromDays(store, month)))
  }
}

type BuildTransaction = IDBPTransaction<HeupwijsDB, ('days' | 'monthFigures')[], 'readwrite'>

/** Builds these months from their days and stores them, in `tx`; a failed put aborts it (tx.done says so). */
function packAndStore(tx: BuildTransaction, months: readonly string[]): Promise<MonthFiguresRecord[]> {
  return Promise.all(
    months.map(async (month) => {
      const record = await packFromDays(tx.objectStore('days'), month)
      void tx.objectStore('monthFigures').put(record).catch(() => undefined)
      return record
    }),
  )
}

async function packFromDays(days: { getAll(range: IDBKeyRange): Promise<DayRecord[]> }, month: string): Promise<MonthFiguresRecord> {
  const stored = await days.getAll(IDBKeyRange.bound(...monthBounds(month)))
  return packMonth(month, stored.map((day) => figuresOf(restoreDay(day))))
}
