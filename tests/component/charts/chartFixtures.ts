/** Charts with known numbers, and a reader that turns a drawn path back into values. */
import type { ChartData } from '../../../src/domain/chartData'
import { HEIGHT, valueAt, WIDTH } from '../../../src/components/charts/chartGeometry'

const FIRST = 20_400 // a day number (2025-11-08)

/** Five days of pain with a gap (day 3 not logged), one bad period and one injection. */
export function painChart(): ChartData {
  return {
    id: 'chart-test-pain',
    title: 'Je pijn',
    description: 'Ergste pijn en ochtendpijn per dag.',
    xHeader: 'Dag',
    rowLabel: (x) => ['za 8 nov', 'zo 9 nov', 'ma 10 nov', 'di 11 nov', 'wo 12 nov', 'do 13 nov'][x - FIRST]!,
    xStart: FIRST,
    xEnd: FIRST + 5,
    step: 1,
    xTicks: [
      { x: FIRST, label: '8 nov' },
      { x: FIRST + 5, label: '13 nov' },
    ],
    yMax: 10,
    decimals: 1,
    series: [
      { label: 'Ergste pijn', style: 'solid', tone: 'accent', joinWithinDays: 1 },
      { label: 'Ochtendpijn', style: 'dotted', tone: 'text', joinWithinDays: 1 },
      { label: 'Mediaan van 7 dagen', style: 'dashed', tone: 'warning', joinWithinDays: 3 },
    ],
    rows: [
      { x: FIRST, values: [3, 2, 3] },
      { x: FIRST + 1, values: [6.5, null, 4.75] },
      { x: FIRST + 3, values: [7, 4, 6] },
      { x: FIRST + 4, values: [2, 1, 4.5] },
    ],
    bands: [{ from: FIRST + 1, to: FIRST + 3, label: '9–11 nov 2025' }],
    bandLabel: 'Slechte periode',
    markers: [{ x: FIRST + 4, label: '12 nov 2025' }],
    markerLabel: 'Injectie',
  }
}

/** Three weeks of activity minutes (the middle week not logged) with a goal and the guideline. */
export function activityChart(): ChartData {
  return {
    id: 'chart-test-activity',
    title: 'Bewegen per week (minuten)',
    description: 'Je minuten bewegen per week.',
    xHeader: 'Week van',
    rowLabel: (x) => `${8 + x - FIRST} nov 2025`,
    xStart: FIRST,
    xEnd: FIRST + 20,
    step: 7,
    xTicks: [{ x: FIRST, label: 'nov 2025' }],
    yMax: 250,
    decimals: 0,
    series: [
      { label: 'Minuten bewegen', style: 'solid', tone: 'accent' },
      { label: 'Dagen met startpijn', style: 'dashed', tone: 'warning' },
      { label: 'Dagen gelogd', style: 'solid', tone: 'text', tableOnly: true },
    ],
    rows: [
      { x: FIRST, values: [180, 3, 6] },
      { x: FIRST + 7, values: [null, null, 0] },
      { x: FIRST + 14, values: [95, 0, 4] },
    ],
    references: [
      { label: 'Je doel: 120 minuten', value: 120, style: 'dashed' },
      { label: 'Richtlijn: 150 minuten', value: 150, style: 'dotted' },
    ],
  }
}

/** The points of a path as [x, y] pairs, one list per subpath (M starts one, L continues it). */
export function subpaths(d: string): [number, number][][] {
  const result: [number, number][][] = []
  for (const [, command, x, y] of d.matchAll(/([ML])(-?[\d.]+) (-?[\d.]+)/g)) {
    if (command === 'M') result.push([])
    result.at(-1)!.push([Number(x), Number(y)])
  }
  return result
}

/** The bars of a path: the value axis reading of each bar's top, and its left edge. */
export function bars(d: string): { left: number; top: number }[] {
  return [...d.matchAll(/M(-?[\d.]+) [\d.]+V(-?[\d.]+)H/g)].map(([, left, top]) => ({ left: Number(left), top: Number(top) }))
}

/** Reads a value back from a drawn y position (the chart rounds to 0.1 of 100 units). */
export const readValue = (chart: ChartData, y: number): number => valueAt(chart, y)
/** The index of the row (day or week) a drawn x position falls in; -1 for none. */
export function rowAt(chart: ChartData, x: number): number {
  const day = chart.xStart + (x / WIDTH) * (chart.xEnd + 1 - chart.xStart)
  return chart.rows.findIndex((row) => day >= row.x && day < row.x + chart.step)
}

/**
 * How far a value read back from the drawing may be from the table: the table rounds to the chart's
 * decimals, the drawing to a tenth of a unit of its 100-unit height.
 */
export const TOLERANCE = (chart: ChartData): number => 0.5 * 10 ** -chart.decimals + ((chart.yMax - (chart.yMin ?? 0)) / HEIGHT) * 0.1

/** "6,5" (Dutch) or "–" from a table cell, as a number or null. */
export function cellValue(text: string): number | null {
  const trimmed = text.trim()
  return trimmed === '–' ? null : Number(trimmed.replace(/\./g, '').replace(',', '.'))
}
