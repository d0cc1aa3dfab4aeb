/**
 * The one object a chart is drawn from. The chart draws `rows` and its "show as table" alternative
 * lists the very same rows, so the picture and the table can never disagree. Texts arrive already
 * translated; the chart components know nothing of the diary.
 */

/** How a series looks apart from its colour, so colour is never the only cue. */
export type LineStyle = 'solid' | 'dashed' | 'dotted'
/** Which of the chart colours (CSS variables, light and dark) a series uses. */
export type Tone = 'accent' | 'text' | 'warning'

export interface ChartSeries {
  label: string
  style: LineStyle
  tone: Tone
  /**
   * Two points are joined by a line only when they are at most this many days apart, so days that
   * were not logged never look as if they were. Left out: every point stands alone.
   */
  joinWithinDays?: number
  /** A figure shown in the table only (e.g. the number of days behind a weekly figure). */
  tableOnly?: boolean
}

export interface ChartRow {
  /** The first day the row covers, as a day number (see statistics.dayNumber). */
  x: number
  /** One value per series, in the order of `series`; null where nothing was logged. */
  values: (number | null)[]
}

/** A horizontal line across the chart, such as a goal. */
export interface ChartReference {
  label: string
  value: number
  style: LineStyle
}

/** A stretch of days shaded on the chart, such as a bad period (both days included). */
export interface ChartBand {
  from: number
  to: number
  label: string
}

/** A single day marked on the time axis, such as an injection. */
export interface ChartMarker {
  x: number
  label: string
}

export interface ChartTick {
  x: number
  label: string
}

export interface ChartData {
  /** Unique on the page: ids of the title, description and table are made from it. */
  id: string
  title: string
  /** A sentence or two saying what the chart shows, read out instead of the picture. */
  description: string
  /** The table's first column header ("Dag", "Week van"). */
  xHeader: string
  /** A row's date in words, for the table; only called when the table is shown. */
  rowLabel: (x: number) => string
  /** First and last day on the time axis (day numbers, both included). */
  xStart: number
  xEnd: number
  /** Days each row covers: 1 for days, 7 for weeks. */
  step: number
  xTicks: ChartTick[]
  /** Bottom of the value axis; 0 when left out (weight starts higher, or its changes would not show). */
  yMin?: number
  /** Top of the value axis. */
  yMax: number
  /** Digits after the decimal point in the table. */
  decimals: number
  series: ChartSeries[]
  rows: ChartRow[]
  references?: ChartReference[]
  bands?: ChartBand[]
  /** What the shaded stretches are, for the legend and the list under the table. */
  bandLabel?: string
  markers?: ChartMarker[]
  markerLabel?: string
}

/**
 * A round top for the value axis at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a
 * power of ten), so the middle line of the grid falls on a readable number too. At least `floor`.
 */
export function niceMax(value: number, floor = 1): number {
  const target = Math.max(value, floor)
  const power = 10 ** Math.floor(Math.log10(target))
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= target) return step * power
  return 10 * power
}
