/**
 * From chart rows to SVG path data. Each series becomes one `<path>` (never a node per point), drawn in
 * a fixed 1000 × 100 box that the SVG stretches to its width and height; text stays in HTML, so it
 * keeps the patient's text size at any zoom. Coordinates are rounded to one decimal to keep paths short.
 */
import type { ChartBand, ChartData, ChartMarker } from '../../domain/chartData'

export const WIDTH = 1000
export const HEIGHT = 100
/** Room above the top line and below zero, so a line at the edge is not cut in half. */
const PAD = 4
export const VIEW_BOX = `0 ${-PAD} ${WIDTH} ${HEIGHT + 2 * PAD}`

const round = (value: number): number => Math.round(value * 10) / 10

type Extent = Pick<ChartData, 'xStart' | 'xEnd'>

/** Horizontal position of a day number, left edge of that day. */
export function xOf(chart: Extent, day: number): number {
  return round(((day - chart.xStart) / (chart.xEnd + 1 - chart.xStart)) * WIDTH)
}

type ValueAxis = Pick<ChartData, 'yMin' | 'yMax'>

/** Vertical position of a value (yMin at the bottom, yMax at the top; values beyond stay at the edge). */
export function yOf(chart: ValueAxis, value: number): number {
  const min = chart.yMin ?? 0
  const clamped = Math.min(Math.max(value, min), chart.yMax)
  return round(HEIGHT - ((clamped - min) / (chart.yMax - min)) * HEIGHT)
}

/** The value at a vertical position: yOf turned around, for tests that read a path back. */
export function valueAt(chart: ValueAxis, y: number): number {
  const min = chart.yMin ?? 0
  return min + ((HEIGHT - y) / HEIGHT) * (chart.yMax - min)
}

/** Where a row's point sits: the middle of the day or week it covers. */
export function centreOf(chart: Extent & Pick<ChartData, 'step'>, x: number): number {
  return xOf(chart, x + chart.step / 2)
}

export interface LinePaths {
  /** The joined stretches of the series. */
  line: string
  /** Points with no logged neighbour close enough to join, drawn as dots. */
  dots: string
}

/**
 * The path data of one series: the joined stretches, and the points that stand alone. Points further
 * apart than the series allows are not joined. A dot is a zero-length segment, which a round line cap
 * draws as a circle as wide as the stroke.
 */
export function linePaths(chart: ChartData, index: number): LinePaths {
  const join = chart.series[index]?.joinWithinDays ?? 0
  const line: string[] = []
  const dots: string[] = []
  let run: string[] = []
  let previous: number | null = null
  const endRun = (): void => {
    if (run.length === 1) dots.push(`${run[0]}h0`)
    else if (run.length > 1) line.push(run.join(''))
    run = []
  }
  for (const row of chart.rows) {
    const value = row.values[index]
    if (value === null || value === undefined) continue
    const point = `${centreOf(chart, row.x)} ${yOf(chart, value)}`
    if (previous === null || row.x - previous > join) {
      endRun()
      run.push(`M${point}`)
    } else {
      run.push(`L${point}`)
    }
    previous = row.x
  }
  endRun()
  return { line: line.join(''), dots: dots.join('') }
}

/** One path holding a bar per row; bars of `groups` series stand side by side within the row. */
export function barsPath(chart: ChartData, index: number, group = 0, groups = 1): string {
  const parts: string[] = []
  const slot = chart.step / groups
  const inset = slot * 0.12
  for (const row of chart.rows) {
    const value = row.values[index]
    if (value === null || value === undefined || value <= 0) continue
    const left = xOf(chart, row.x + group * slot + inset)
    const right = xOf(chart, row.x + (group + 1) * slot - inset)
    parts.push(`M${left} ${HEIGHT}V${yOf(chart, value)}H${right}V${HEIGHT}Z`)
  }
  return parts.join('')
}

export function horizontalPath(chart: ChartData, value: number): string {
  const y = yOf(chart, value)
  return `M0 ${y}H${WIDTH}`
}

export function gridPath(chart: ChartData, values: readonly number[]): string {
  return values.map((value) => horizontalPath(chart, value)).join('')
}

/** Shaded stretches, full height, from the first day's left edge to the last day's right edge. */
export function bandsPath(chart: ChartData, bands: readonly ChartBand[]): string {
  return bands
    .map((band) => {
      const left = xOf(chart, Math.max(band.from, chart.xStart))
      const right = xOf(chart, Math.min(band.to, chart.xEnd) + 1)
      return `M${left} 0H${right}V${HEIGHT}H${left}Z`
    })
    .join('')
}

/** A vertical line through the middle of each marked day. */
export function markersPath(chart: ChartData, markers: readonly ChartMarker[]): string {
  return markers.map((marker) => `M${centreOf({ ...chart, step: 1 }, marker.x)} 0V${HEIGHT}`).join('')
}

/** The value axis: bottom, middle and top. */
export function yTicks(chart: ValueAxis): number[] {
  const min = chart.yMin ?? 0
  return [min, (min + chart.yMax) / 2, chart.yMax]
}

/** Positions as percentages of the plot, for the HTML labels laid over it. */
export function leftPercent(chart: Extent, day: number): number {
  return (xOf(chart, day) / WIDTH) * 100
}

export function bottomPercent(chart: ValueAxis, value: number): number {
  return ((HEIGHT + PAD - yOf(chart, value)) / (HEIGHT + 2 * PAD)) * 100
}
