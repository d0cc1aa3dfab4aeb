/**
 * The date and number formats the Insights screen shows first, named once so the screen and its
 * warm-up use the same ones. Making an Intl formatter is the costly part of using one (on a slow phone
 * a few ms each, the first date format of a page about 20 ms while the calendar data loads, and again
 * for a range's first use), and the first part of Insights needed eight of them: a sixth of the time
 * the screen may take to open. dateLabels keeps every formatter it made, so `prepareInsightFormats`,
 * run while the phone is idle before the first open (useRouteWarmUp), leaves the
 * screen only cheap formatting to do.
 */
import { dateLabeller, dateRangeLabeller, numberFormatter } from './dateLabels'

/** The chosen period above the charts: "3 maart – 9 juni 2026". */
export const PERIOD_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
/** A day in a chart's table: "di 3 mrt". */
export const CHART_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
/** A week (by its Monday), a marked day or a stretch of days in a chart: "3 mrt 2026", "3–9 mrt 2026". */
export const CHART_WEEK: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }
/** The time axis: days in a short period, months in a long one. */
export const CHART_DAY_TICK: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' }
export const CHART_MONTH_TICK: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' }
/** The first and last day of a bad period in the list: "di 3 maart 2026". */
export const FLARE_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }
/** Values in charts, tables and lists: at most one decimal ("1,5"). */
export const ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }

/** Makes (and uses once, so their lazily built parts exist too) the formatters above for a language. */
export function prepareInsightFormats(locale: string): void {
  const monday = '2024-01-01'
  const sunday = '2024-01-07'
  for (const options of [CHART_DAY, CHART_DAY_TICK, CHART_MONTH_TICK, FLARE_DATE]) dateLabeller(locale, options)(monday)
  // A range formatter builds its interval patterns on its first range, apart from the formatter itself.
  for (const options of [PERIOD_DATE, CHART_WEEK]) dateRangeLabeller(locale, options)(monday, sunday)
  numberFormatter(locale, ONE_DECIMAL).format(1.5)
}
