/**
 * The patient's own recent numbers, shown beside the Learn pages on pain, bad periods and moving with
 * pain (issue 5, item 4): the page explains the rule, the panel shows where the patient stands by it.
 * Same definitions as the bad-period rule (./flares.ts) and the traffic light (./thresholds.ts).
 */
import { addDays, type LocalDate } from './dates'
import type { DayRecord } from './dayLog'
import { detectFlares, type FlareEpisode } from './flares'
import { dayNumber, median } from './statistics'
import { FLARE, PAIN_DURING_ACTIVITY } from './thresholds'

/** Days looked back on for "days above your usual level". */
export const RECENT_DAYS = 14
/** Days looked back on for the share of activities with too much pain. */
export const RECENT_ACTIVITY_DAYS = 28
/** Days to read: enough for the usual level and the last bad period of the past year. */
export const RECENT_READ_DAYS = 365

export interface RecentNumbers {
  /** The usual worst pain now (median of the last 14 logged days outside a bad period); null before 7 such days. */
  usualWorstPain: number | null
  /** Of the last 14 days: logged worst-pain days, and those at least 2 points above the usual level. */
  lastDays: { from: LocalDate; to: LocalDate; logged: number; aboveUsual: number | null }
  /** The most recent bad period in the days read; null when there was none. */
  lastBadPeriod: FlareEpisode | null
  /** Activities of the last 28 days with pain during logged, and how many were above 5. */
  painDuring: { from: LocalDate; activities: number; tooMuch: number; share: number } | null
}

/** The first day to read for recentNumbers. */
export function recentReadFrom(today: LocalDate): LocalDate {
  return addDays(today, -(RECENT_READ_DAYS - 1))
}

export function recentNumbers(days: readonly DayRecord[], today: LocalDate): RecentNumbers {
  const sorted = [...days].filter((day) => day.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const flares = detectFlares(sorted)
  const usual = usualLevel(sorted, flares)

  const recentFrom = addDays(today, -(RECENT_DAYS - 1))
  let logged = 0
  let above = 0
  for (const day of sorted) {
    if (day.date < recentFrom || day.worstPain === undefined) continue
    logged++
    if (usual !== null && day.worstPain >= usual + FLARE.startRise) above++
  }

  const activityFrom = addDays(today, -(RECENT_ACTIVITY_DAYS - 1))
  let activities = 0
  let tooMuch = 0
  for (const day of sorted) {
    if (day.date < activityFrom) continue
    for (const activity of day.activities) {
      if (activity.painDuring === undefined) continue
      activities++
      if (activity.painDuring > PAIN_DURING_ACTIVITY.acceptableMax) tooMuch++
    }
  }

  return {
    usualWorstPain: usual,
    lastDays: { from: recentFrom, to: today, logged, aboveUsual: usual === null ? null : above },
    lastBadPeriod: flares.at(-1) ?? null,
    painDuring: activities ? { from: activityFrom, activities, tooMuch, share: tooMuch / activities } : null,
  }
}

/** The median worst pain of the last 14 logged days outside a bad period, as the bad-period rule uses it. */
function usualLevel(sorted: readonly DayRecord[], flares: readonly FlareEpisode[]): number | null {
  const inFlare = (date: LocalDate): boolean => {
    const number = dayNumber(date)
    return flares.some((flare) => number >= dayNumber(flare.start) && number <= dayNumber(flare.end))
  }
  const values: number[] = []
  for (let i = sorted.length - 1; i >= 0 && values.length < FLARE.baselineWindowDays; i--) {
    const day = sorted[i]!
    if (day.worstPain !== undefined && !day.badPeriod && !inFlare(day.date)) values.push(day.worstPain)
  }
  return values.length < FLARE.minBaselineDays ? null : median(values)
}
