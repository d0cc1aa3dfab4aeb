/**
 * How the figures of a month's days are stored (store `monthFigures`, v3): two typed arrays per month
 * instead of a few thousand day objects. Reading ten years of day records costs a slow phone over
 * 100 ms just to turn them back into objects; 120 months of typed arrays come back almost for free.
 *
 * The store holds derived data only. Every write of a day replaces its month's record with a stale
 * one in the same transaction (transactions.ts), every restore clears the store (backup.ts), and a
 * stale month is built again from its days when it is next read (repositories/dayFigures.ts). So the
 * figures can never say something the days do not.
 *
 * One more record, under COMPLETE_KEY, says that every month with days has a record (stale or not):
 * a read may then skip the days' keys. It is put only after a look at the whole diary, and goes with
 * every clear of the store (deleting all days, a restore), after which the next read looks again.
 */
import type { DayFigures } from '../domain/dayFigures'
import type { LocalDate } from '../domain/dates'

/** Raised whenever DayFigures or the layout below changes: records of another format are built anew. */
export const MONTH_FIGURES_FORMAT = 1

export interface MonthFiguresRecord {
  /** 'YYYY-MM', also the key. */
  month: string
  format: number
  /** One byte of FLAG bits per day of the month (index = day of the month − 1). */
  flags: Uint8Array
  /** COLUMNS.length values per day, day after day; NaN where nothing was logged. */
  values: Float64Array
}

/** startUpPain (yes, no, not answered) takes two bits: whether it was answered, and the answer. */
const FLAG = { logged: 1, badPeriod: 2, exercised: 4, painkiller: 8, injection: 16, example: 32, startUpPain: 64, startUpAnswered: 128 } as const

/** Figures that a day may lack (NaN in their column). */
const OPTIONAL = ['worstPain', 'painNow', 'stiffnessMinutes', 'nightPain', 'weightKg', 'cigarettes'] as const
/** Every numeric figure, in column order. */
const COLUMNS = [...OPTIONAL, 'activityMinutes', 'walkingMinutes', 'updatedAtMs'] as const
/** Each figure's place within a day's values. */
const COLUMN = Object.fromEntries(COLUMNS.map((column, c) => [column, c])) as Record<(typeof COLUMNS)[number], number>

/** The key of the record that marks the store complete (sorts after every 'YYYY-MM'). */
export const COMPLETE_KEY = 'complete'

const emptyRecord = (month: string, format: number): MonthFiguresRecord => ({ month, format, flags: new Uint8Array(0), values: new Float64Array(0) })

/** The record that marks the store complete, for this format. */
export const completeMarker = (): MonthFiguresRecord => emptyRecord(COMPLETE_KEY, MONTH_FIGURES_FORMAT)

/** What a write of one of the month's days leaves: a record of no format, built again when read. */
export const staleMonth = (month: string): MonthFiguresRecord => emptyRecord(month, 0)

export function monthOf(date: LocalDate): string {
  return date.slice(0, 7)
}

function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
}

/** The first and last date of a month, for a key range over the days. */
export function monthBounds(month: string): [LocalDate, LocalDate] {
  return [`${month}-01`, `${month}-${String(daysInMonth(month)).padStart(2, '0')}`]
}

/** Packs the figures of the logged days of one month (any order; other months' days are an error). */
export function packMonth(month: string, days: readonly DayFigures[]): MonthFiguresRecord {
  const length = daysInMonth(month)
  const flags = new Uint8Array(length)
  const values = new Float64Array(length * COLUMNS.length).fill(Number.NaN)
  for (const day of days) {
    if (monthOf(day.date) !== month) throw new RangeError(`${day.date} is not in ${month}`)
    const index = Number(day.date.slice(8, 10)) - 1
    flags[index] =
      FLAG.logged |
      (day.badPeriod ? FLAG.badPeriod : 0) |
      (day.exercised ? FLAG.exercised : 0) |
      (day.painkiller ? FLAG.painkiller : 0) |
      (day.injection ? FLAG.injection : 0) |
      (day.example ? FLAG.example : 0) |
      (day.startUpPain === undefined ? 0 : FLAG.startUpAnswered | (day.startUpPain ? FLAG.startUpPain : 0))
    COLUMNS.forEach((column, c) => {
      const value = day[column]
      if (typeof value === 'number') values[index * COLUMNS.length + c] = value
    })
  }
  return { month, format: MONTH_FIGURES_FORMAT, flags, values }
}

/** The logged days of a packed month, oldest first. */
export function unpackMonth({ month, flags, values }: MonthFiguresRecord): DayFigures[] {
  const days: DayFigures[] = []
  // Every day is made in one go with all its properties (undefined where nothing was logged): objects
  // of one shape are made and read faster than ones that grow property by property, over ten years.
  const valueAt = (at: number): number | undefined => (Number.isNaN(values[at]!) ? undefined : values[at]!)
  for (let index = 0; index < flags.length; index++) {
    const bits = flags[index]!
    if (!(bits & FLAG.logged)) continue
    const at = index * COLUMNS.length
    days.push({
      date: `${month}-${String(index + 1).padStart(2, '0')}`,
      worstPain: valueAt(at + COLUMN.worstPain),
      badPeriod: (bits & FLAG.badPeriod) !== 0,
      painNow: valueAt(at + COLUMN.painNow),
      stiffnessMinutes: valueAt(at + COLUMN.stiffnessMinutes),
      nightPain: valueAt(at + COLUMN.nightPain),
      startUpPain: bits & FLAG.startUpAnswered ? (bits & FLAG.startUpPain) !== 0 : undefined,
      activityMinutes: values[at + COLUMN.activityMinutes]!,
      exercised: (bits & FLAG.exercised) !== 0,
      walkingMinutes: valueAt(at + COLUMN.walkingMinutes) ?? null,
      weightKg: valueAt(at + COLUMN.weightKg),
      cigarettes: valueAt(at + COLUMN.cigarettes),
      painkiller: (bits & FLAG.painkiller) !== 0,
      injection: (bits & FLAG.injection) !== 0,
      example: (bits & FLAG.example) !== 0,
      updatedAtMs: values[at + COLUMN.updatedAtMs]!,
    })
  }
  return days
}
