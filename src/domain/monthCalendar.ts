/**
 * A month laid out as the calendar shows it: weeks from Monday to Sunday, with empty cells before the
 * first and after the last day. Months are 'YYYY-MM' strings, like the local dates they hold.
 */
import { addDays, startOfWeek, type LocalDate } from './dates'

export type YearMonth = string

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && YEAR_MONTH.test(value)
}

export function monthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7)
}

export function addMonths(month: YearMonth, months: number): YearMonth {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (monthNumber - 1) + months
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The weeks of the month; a cell is a date of the month, or null outside it. */
export function monthWeeks(month: YearMonth): (LocalDate | null)[][] {
  const first = `${month}-01`
  const weeks: (LocalDate | null)[][] = []
  for (let monday = startOfWeek(first); monthOf(monday) <= month; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)).map((date) => (monthOf(date) === month ? date : null)))
  }
  return weeks
}
