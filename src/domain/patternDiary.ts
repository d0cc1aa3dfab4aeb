/**
 * What every pattern (patterns.ts) starts from: the diary indexed by day number, so each pattern is one
 * pass with direct look-ups, and the "not enough data yet — about N more weeks" estimate they share.
 */
import type { LocalDate } from './dates'
import type { DayRecord } from './dayLog'
import type { FlareEpisode } from './flares'
import { dayNumber } from './statistics'

export interface NotEnoughData {
  status: 'notEnoughData'
  /** About how many more weeks of logging the pattern needs (at least 1). */
  weeksMissing: number
}

export type PatternResult<T> = ({ status: 'ok' } & T) | NotEnoughData

export interface PatternInput {
  /** The whole diary, any order, one record per date. */
  days: readonly DayRecord[]
  /** detectFlares(days) over the whole diary. */
  flares: readonly FlareEpisode[]
  /** The patient's current local date (the clock comes in as a parameter). */
  today: LocalDate
  /** First day of the chosen period; the whole diary when left out. */
  from?: LocalDate
}

/** The diary indexed by day number: a pattern is one pass over it, with direct look-ups. */
export interface Diary {
  /** Record per day number, offset by `origin`. */
  byDay: (DayRecord | undefined)[]
  inFlare: Uint8Array
  origin: number
  /** Offsets (from origin) of the period start and of today. */
  from: number
  today: number
  todayDate: LocalDate
  flareStarts: number[]
  /** Bad periods reaching into the period (ending on or after its first day, starting by today). */
  flaresReaching: number
  /** The length of the period in weeks (at least 1), to turn counts into a rate. */
  weeks: number
}

export function indexDiary({ days, flares, today, from }: PatternInput): Diary {
  const todayNumber = dayNumber(today)
  let firstLogged = todayNumber
  let last = todayNumber
  for (const day of days) {
    const number = dayNumber(day.date)
    if (number < firstLogged) firstLogged = number
    if (number > last) last = number
  }
  const origin = from === undefined ? firstLogged : Math.min(firstLogged, dayNumber(from))

  const byDay: (DayRecord | undefined)[] = new Array(last - origin + 1)
  for (const day of days) byDay[dayNumber(day.date) - origin] = day
  const inFlare = new Uint8Array(byDay.length)
  for (const flare of flares) {
    const end = Math.min(dayNumber(flare.end) - origin, byDay.length - 1)
    for (let d = Math.max(0, dayNumber(flare.start) - origin); d <= end; d++) inFlare[d] = 1
  }
  const periodStart = Math.max(from === undefined ? firstLogged : dayNumber(from), firstLogged) - origin
  const todayOffset = todayNumber - origin
  return {
    byDay,
    inFlare,
    origin,
    from: periodStart,
    today: todayOffset,
    todayDate: today,
    flareStarts: flares.map((flare) => dayNumber(flare.start) - origin).sort((a, b) => a - b),
    flaresReaching: flares.filter((flare) => dayNumber(flare.end) - origin >= periodStart && dayNumber(flare.start) <= todayNumber).length,
    weeks: Math.max(1, (todayOffset - periodStart + 1) / 7),
  }
}

/** About how many weeks `missing` more items take at `perWeek` items a week; at least 1. */
export function weeksFor(missing: number, perWeek: number): number {
  return Math.max(1, Math.ceil(missing / perWeek))
}

/** The observed weekly rate of something counted in the period, or `fallback` when nothing was seen. */
export function rate(diary: Diary, count: number, fallback: number): number {
  return count > 0 ? count / diary.weeks : fallback
}

export function notEnough(weeksMissing: number): NotEnoughData {
  return { status: 'notEnoughData', weeksMissing }
}

/** Calls `visit` for every logged day in the period, oldest first. */
export function eachDay(diary: Diary, visit: (day: DayRecord, offset: number) => void): void {
  for (let d = diary.from; d <= diary.today; d++) {
    const day = diary.byDay[d]
    if (day) visit(day, d)
  }
}
