/**
 * Dates written out in the patient's language. Creating an Intl.DateTimeFormat is slow (about a
 * millisecond), far too slow to do for every row while a long list scrolls, so each is made once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

export function formatLocalDate(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, formatter)
  }
  // Noon: far from midnight, so no time zone or daylight-saving change moves the day.
  return formatter.format(new Date(`${date}T12:00:00`))
}

export const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
export const DAY_OF_MONTH: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }
