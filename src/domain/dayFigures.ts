/**
 * What the Insights charts and the bad-period rule read of a day: numbers and yes/no answers only, no
 * texts and no entry lists. Ten years of these are cheap to keep and to read back (storage keeps them
 * per month, see storage/monthFigures.ts); the patterns, which need every entry, read the days.
 */
import type { LocalDate } from './dates'
import type { DayRecord } from './dayLog'
import { median } from './statistics'

export interface DayFigures {
  date: LocalDate
  worstPain?: number
  /** The patient marked the day as part of a bad period. */
  badPeriod: boolean
  /** The morning check-in. */
  painNow?: number
  stiffnessMinutes?: number
  nightPain?: number
  startUpPain?: boolean
  /** All activity minutes of the day (0 without activities). */
  activityMinutes: number
  /** At least one exercise was logged. */
  exercised: boolean
  /** Median minutes of walking before the pain started, over the day's activities that noted it. */
  walkingMinutes: number | null
  weightKg?: number
  cigarettes?: number
  /** Paracetamol or another painkiller was logged. */
  painkiller: boolean
  injection: boolean
  /** Generated example data (Settings). */
  example: boolean
  /** When the day was last changed, in ms since 1970 (NaN when the record lacks a usable time). */
  updatedAtMs: number
}

const PAINKILLERS = new Set(['paracetamol', 'otherPainkiller'])

export function figuresOf(day: DayRecord): DayFigures {
  const figures: DayFigures = {
    date: day.date,
    badPeriod: day.badPeriod === true,
    activityMinutes: 0,
    exercised: day.exercises.length > 0,
    walkingMinutes: null,
    painkiller: day.medication.some((entry) => PAINKILLERS.has(entry.kind)),
    injection: day.medication.some((entry) => entry.kind === 'injection'),
    example: day.example === true,
    updatedAtMs: Date.parse(day.updatedAt),
  }
  // Only what was logged becomes a property: an absent value stays absent, never 0.
  const morning = day.morning
  if (day.worstPain !== undefined) figures.worstPain = day.worstPain
  if (morning?.painNow !== undefined) figures.painNow = morning.painNow
  if (morning?.stiffnessMinutes !== undefined) figures.stiffnessMinutes = morning.stiffnessMinutes
  if (morning?.nightPain !== undefined) figures.nightPain = morning.nightPain
  if (morning?.startUpPain !== undefined) figures.startUpPain = morning.startUpPain
  if (day.weightKg !== undefined) figures.weightKg = day.weightKg
  if (day.cigarettes !== undefined) figures.cigarettes = day.cigarettes
  const walking: number[] = []
  for (const activity of day.activities) {
    figures.activityMinutes += activity.minutes
    if (activity.walkingMinutesBeforePain !== undefined) walking.push(activity.walkingMinutesBeforePain)
  }
  figures.walkingMinutes = median(walking)
  return figures
}
