/**
 * Dates in words for charts, tables and lists. One Intl formatter per use, made once: formatting the
 * rows of a ten-year table must not build thousands of formatters. The locale comes in as a parameter;
 * dates are calendar days, formatted in UTC so no time zone can move them.
 */
import type { LocalDate } from './dates'
import { dayNumber } from './statistics'

const MS_PER_DAY = 86_400_000

export type DateLabeller = (date: LocalDate | number) => string

/** Formats a 'YYYY-MM-DD' date or a day number with the given options. */
export function dateLabeller(locale: string, options: Intl.DateTimeFormatOptions): DateLabeller {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
  return (date) => format.format((typeof date === 'number' ? date : dayNumber(date)) * MS_PER_DAY)
}

/** A stretch of days in words, e.g. "3–9 maart 2026"; a single day when both ends are the same. */
export function dateRangeLabeller(locale: string, options: Intl.DateTimeFormatOptions): (from: LocalDate, to: LocalDate) => string {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
  return (from, to) => {
    const start = dayNumber(from) * MS_PER_DAY
    return from === to ? format.format(start) : format.formatRange(start, dayNumber(to) * MS_PER_DAY)
  }
}
