/**
 * The figures of the logged days (domain/dayFigures.ts), read per month from `monthFigures`. A month
 * whose record is missing (never built, or forgotten because one of its days changed) or of an older
 * format is built from its days and stored, in one transaction, so no write can slip in between
 * reading the days and storing what they gave.
 */
import { figuresOf, type DayFigures } from '../../domain/dayFigures'
import type { LocalDate } from '../../domain/dates'
import type { DayRecord } from '../../domain/dayLog'
import type { HeupwijsDatabase } from '../db'
import { toStorageError } from '../errors'
import { keyRange } from '../keyRange'
import { MONTH_FIGURES_FORMAT, monthBounds, monthOf, packMonth, unpackMonth, type MonthFiguresRecord } from '../monthFigures'
import { restoreDay } from './days'

/** The figures of the days from `from` to `to` inclusive (either may be left open), oldest first. */
export async function listDayFigures(db: HeupwijsDatabase, from?: LocalDate, to?: LocalDate): Promise<DayFigures[]> {
  try {
    const tx = db.transaction(['days', 'monthFigures'])
    const [stored, dates] = await Promise.all([
      tx.objectStore('monthFigures').getAll(keyRange(from && monthOf(from), to && monthOf(to))),
      tx.objectStore('days').getAllKeys(keyRange(from, to)),
    ])
    const months = new Map<string, MonthFiguresRecord | null>()
    for (const date of dates) months.set(monthOf(date), null)
    for (const record of stored) if (months.has(record.month) && record.format === MONTH_FIGURES_FORMAT) months.set(record.month, record)
    const missing = [...months].filter(([, record]) => record === null).map(([month]) => month)
    if (missing.length) for (const record of await buildMonths(db, missing)) months.set(record.month, record)

    const figures: DayFigures[] = []
    for (const month of [...months.keys()].sort()) {
      for (const day of unpackMonth(months.get(month)!)) if ((!from || day.date >= from) && (!to || day.date <= to)) figures.push(day)
    }
    return figures
  } catch (error) {
    throw toStorageError(error)
  }
}

/**
 * Builds the figures of these months from their days and stores them. Relaxed durability: the records
 * are derived, and a lost one is simply built again. Storing is only a saving: when it fails (a full
 * disk, say), the figures are worked out from the days all the same.
 */
async function buildMonths(db: HeupwijsDatabase, months: readonly string[]): Promise<MonthFiguresRecord[]> {
  try {
    const tx = db.transaction(['days', 'monthFigures'], 'readwrite', { durability: 'relaxed' })
    const built = await Promise.all(
      months.map(async (month) => {
        const record = await packFromDays(tx.objectStore('days'), month)
        void tx.objectStore('monthFigures').put(record).catch(() => undefined) // a failure aborts tx: tx.done says so
        return record
      }),
    )
    await tx.done
    return built
  } catch {
    const store = db.transaction('days').store
    return Promise.all(months.map((month) => packFromDays(store, month)))
  }
}

async function packFromDays(days: { getAll(range: IDBKeyRange): Promise<DayRecord[]> }, month: string): Promise<MonthFiguresRecord> {
  const stored = await days.getAll(IDBKeyRange.bound(...monthBounds(month)))
  return packMonth(month, stored.map((day) => figuresOf(restoreDay(day))))
}
