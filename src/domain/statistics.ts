/**
 * Small, robust summaries of diary values. Medians rather than means: pain scores are ordinal and a
 * single bad day should not drag a "usual" level along.
 */
import type { LocalDate } from './dates'

const MS_PER_DAY = 86_400_000

/**
 * Days since 1970-01-01 for a 'YYYY-MM-DD' date. Counting over ten years of diary goes through this
 * on every record, so it does plain arithmetic (Date.UTC returns a number, no object) instead of the
 * Date objects that dates.ts builds. Calendar days only: time zones and daylight saving play no part.
 */
export function dayNumber(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
}

/** The date of a day number (the inverse of dayNumber). */
export function dateOfDayNumber(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Day of the week of a day number, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}

/** One value logged on one day. */
export interface DatedValue {
  date: LocalDate
  value: number
}

/** The median of the values in a trailing window that ends on `date`, and how many values it used. */
export interface RollingMedianPoint {
  date: LocalDate
  median: number
  count: number
}

/** A week's total: `count` is the number of items that gave a value, `sum` their total. */
export interface WeekTotal {
  /** The Monday that starts the week. */
  weekStart: LocalDate
  sum: number
  count: number
}

/** The middle value (the mean of the two middle values for an even count); null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  // A typed array sorts numerically without a comparator, several times faster on long series.
  return middleOf(Float64Array.from(values).sort())
}

function middleOf(sorted: ArrayLike<number>): number {
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The median of the last `size` values added. It keeps them sorted as they arrive, so asking for the
 * median every day of a ten-year diary costs a few steps instead of a sort.
 */
export class RecentMedian {
  private readonly arrival: number[] = []
  private readonly sorted: number[] = []

  constructor(private readonly size: number) {}

  get count(): number {
    return this.arrival.length
  }

  add(value: number): void {
    if (this.arrival.length === this.size) {
      const oldest = this.arrival.shift()!
      this.sorted.splice(this.sorted.indexOf(oldest), 1)
    }
    this.arrival.push(value)
    let at = this.sorted.length
    while (at > 0 && this.sorted[at - 1]! > value) at--
    this.sorted.splice(at, 0, value)
  }

  /** The median, or null while no value has been added. */
  median(): number | null {
    return this.sorted.length === 0 ? null : middleOf(this.sorted)
  }
}

/** The values a day gives, oldest first, leaving out days where `valueOf` finds nothing logged. */
export function dailyValues<T extends { date: LocalDate }>(
  items: readonly T[],
  valueOf: (item: T) => number | undefined,
): DatedValue[] {
  const values: DatedValue[] = []
  for (const item of items) {
    const value = valueOf(item)
    if (value !== undefined) values.push({ date: item.date, value })
  }
  return values.sort(byDate)
}

/**
 * For every logged day, the median of the values logged in the `windowDays` calendar days ending on
 * that day. Days without a value get no point and are never filled in, so a line drawn through the
 * points only joins what the patient logged.
 */
export function rollingMedian(values: readonly DatedValue[], windowDays = 7): RollingMedianPoint[] {
  const sorted = isSortedByDate(values) ? values : [...values].sort(byDate)
  const points: RollingMedianPoint[] = []
  let first = 0
  for (let last = 0; last < sorted.length; last++) {
    const current = sorted[last]!
    const currentDay = dayNumber(current.date)
    while (currentDay - dayNumber(sorted[first]!.date) >= windowDays) first++
    const window: number[] = []
    for (let i = first; i <= last; i++) window.push(sorted[i]!.value)
    points.push({ date: current.date, median: median(window)!, count: window.length })
  }
  return points
}

/**
 * Sums and counts per week (Monday to Sunday), oldest week first. A week appears only when it holds
 * at least one item; items for which `valueOf` returns undefined add to neither the sum nor the count.
 * Return 0 from `valueOf` for "logged, but none" (e.g. a logged day without activity) so the count
 * still says how many days the week's figure is built on.
 */
export function totalsByWeek<T extends { date: LocalDate }>(
  items: readonly T[],
  valueOf: (item: T) => number | undefined,
): WeekTotal[] {
  const weeks = new Map<number, WeekTotal>()
  for (const item of items) {
    const day = dayNumber(item.date)
    const monday = day - weekdayOfDayNumber(day)
    let week = weeks.get(monday)
    if (!week) {
      week = { weekStart: dateOfDayNumber(monday), sum: 0, count: 0 }
      weeks.set(monday, week)
    }
    const value = valueOf(item)
    if (value !== undefined) {
      week.sum += value
      week.count++
    }
  }
  return [...weeks.values()].sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0))
}

function byDate(a: { date: LocalDate }, b: { date: LocalDate }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0
}

function isSortedByDate(items: readonly { date: LocalDate }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.date > items[i]!.date) return false
  return true
}
