/**
 * Dates and numbers in words for charts, tables and lists. Making an Intl formatter is costly (it loads
 * locale data) while using one is cheap, so each kind is made once per locale and kept. The locale
 * comes in as a parameter; dates are calendar days, formatted in UTC so no time zone can move them.
 */
import type { LocalDate } from './dates'
import { dayNumber } from './statistics'

const MS_PER_DAY = 86_400_000

const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    dateFormats.set(key, format)
  }
  return format
}

/** A kept Intl.NumberFormat for these options. */
export function numberFormatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

export type DateLabeller = (date: LocalDate | number) => string

/** Formats a 'YYYY-MM-DD' date or a day number with the given options. */
export function dateLabeller(locale: string, options: Intl.DateTimeFormatOptions): DateLabeller {
  const format = dateFormat(locale, options)
  return (date) => format.format((typeof date === 'number' ? date : dayNumber(date)) * MS_PER_DAY)
}

/** A stretch of days in words, e.g. "3–9 maart 2026"; a single day when both ends are the same. */
export function dateRangeLabeller(locale: string, options: Intl.DateTimeFormatOptions): (from: LocalDate, to: LocalDate) => string {
  const format = dateFormat(locale, options)
  return (from, to) => {
    const start = dayNumber(from) * MS_PER_DAY
    return from === to ? format.format(start) : format.formatRange(start, dayNumber(to) * MS_PER_DAY)
  }
}

/** The name of a weekday, Monday = 0 (1 January 2024 was a Monday). */
export function weekdayName(locale: string, weekday: number, width: 'long' | 'short' = 'long'): string {
  return dateFormat(locale, { weekday: width }).format(Date.UTC(2024, 0, 1 + weekday))
}
