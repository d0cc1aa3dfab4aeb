/**
 * The patterns on pain (patterns.ts): the last 4 weeks against the 4 before, weekdays, night pain,
 * start-up pain and morning stiffness.
 */
import type { LocalDate } from './dates'
import type { DayRecord } from './dayLog'
import { eachDay, notEnough, rate, weeksFor, type Diary, type NotEnoughData, type PatternResult } from './patternDiary'
import { dateOfDayNumber, median, weekdayOfDayNumber } from './statistics'
import { MEANINGFUL_CHANGE, PATTERNS, TYPICAL_MORNING_STIFFNESS_MAX_MINUTES } from './thresholds'

export type ChangeBand = 'muchBetter' | 'noticeablyBetter' | 'aboutTheSame' | 'noticeablyWorse' | 'muchWorse'

export interface ChangeOverTime {
  recent: { from: LocalDate; to: LocalDate; days: number; medianWorstPain: number }
  previous: { from: LocalDate; to: LocalDate; days: number; medianWorstPain: number }
  /** recent minus previous, in points: negative means less pain. */
  difference: number
  band: ChangeBand
}

export interface WeekdayPattern {
  /** Monday (0) to Sunday (6). */
  weekdays: { weekday: number; days: number; medianWorstPain: number }[]
  overallMedianWorstPain: number
}

export interface NightPain {
  mornings: number
  /** Nights with night pain of 1 or more. */
  nightsWithPain: number
  share: number
  medianOnPainNights: number | null
}

export interface StartUpPain {
  mornings: number
  daysWithStartUpPain: number
  share: number
}

export interface MorningStiffness {
  mornings: number
  medianMinutes: number
  /** Mornings with stiffness of 30 minutes or more, longer than typical for osteoarthritis. */
  longerThanTypical: number
  longerThanTypicalShare: number
}

/** The band a change in median pain falls in (−1 point noticeable, −2 points much better). */
export function classifyChange(difference: number): ChangeBand {
  if (difference <= -MEANINGFUL_CHANGE.muchBetterPoints) return 'muchBetter'
  if (difference <= -MEANINGFUL_CHANGE.noticeablePoints) return 'noticeablyBetter'
  if (difference >= MEANINGFUL_CHANGE.muchBetterPoints) return 'muchWorse'
  if (difference >= MEANINGFUL_CHANGE.noticeablePoints) return 'noticeablyWorse'
  return 'aboutTheSame'
}

/** The last 4 weeks up to today against the 4 before, in meaningful-change bands. */
export function changeOverTimeIn(diary: Diary): PatternResult<ChangeOverTime> {
  const windowDays = PATTERNS.changeWindowWeeks * 7
  const min = PATTERNS.minDaysPerChangeWindow
  const recentFirst = diary.today - windowDays + 1
  const previousFirst = recentFirst - windowDays
  const recent = painScoresIn(diary, recentFirst, diary.today)
  const previous = painScoresIn(diary, previousFirst, recentFirst - 1)

  if (recent.length < min || previous.length < min) {
    // Slide both windows forward a day at a time, as if the patient logs every day from tomorrow on.
    const countFrom = (first: number, last: number): number =>
      painScoresIn(diary, first, Math.min(last, diary.today)).length + Math.max(0, last - Math.max(first, diary.today + 1) + 1)
    let shift = 1
    while (countFrom(recentFirst + shift, diary.today + shift) < min || countFrom(previousFirst + shift, recentFirst - 1 + shift) < min) shift++
    return notEnough(weeksFor(shift, 7))
  }

  const recentMedian = median(recent)!
  const previousMedian = median(previous)!
  const difference = recentMedian - previousMedian
  const date = (offset: number): LocalDate => dateOfDayNumber(diary.origin + offset)
  return {
    status: 'ok',
    recent: { from: date(recentFirst), to: diary.todayDate, days: recent.length, medianWorstPain: recentMedian },
    previous: { from: date(previousFirst), to: date(recentFirst - 1), days: previous.length, medianWorstPain: previousMedian },
    difference,
    band: classifyChange(difference),
  }
}

/** The worst-pain scores logged from offset `first` to `last`, both included (any period). */
function painScoresIn(diary: Diary, first: number, last: number): number[] {
  const values: number[] = []
  for (let d = Math.max(0, first); d <= last; d++) {
    const pain = diary.byDay[d]?.worstPain
    if (pain !== undefined) values.push(pain)
  }
  return values
}

/** Median worst pain per weekday, next to the median over all days. */
export function weekdaysIn(diary: Diary): PatternResult<WeekdayPattern> {
  const byWeekday: number[][] = Array.from({ length: 7 }, () => [])
  const all: number[] = []
  eachDay(diary, (day, d) => {
    if (day.worstPain === undefined) return
    byWeekday[weekdayOfDayNumber(diary.origin + d)]!.push(day.worstPain)
    all.push(day.worstPain)
  })
  const fewest = Math.min(...byWeekday.map((values) => values.length))
  if (fewest < PATTERNS.minDaysPerWeekday) return notEnough(PATTERNS.minDaysPerWeekday - fewest)
  return {
    status: 'ok',
    weekdays: byWeekday.map((values, weekday) => ({ weekday, days: values.length, medianWorstPain: median(values)! })),
    overallMedianWorstPain: median(all)!,
  }
}

function morningsIn<T>(diary: Diary, pick: (day: DayRecord) => T | undefined): T[] {
  const values: T[] = []
  eachDay(diary, (day) => {
    const value = pick(day)
    if (value !== undefined) values.push(value)
  })
  return values
}

function notEnoughMornings(diary: Diary, mornings: number): NotEnoughData {
  return notEnough(weeksFor(PATTERNS.minMornings - mornings, rate(diary, mornings, 7)))
}

export function nightPainIn(diary: Diary): PatternResult<NightPain> {
  const values = morningsIn(diary, (day) => day.morning?.nightPain)
  if (values.length < PATTERNS.minMornings) return notEnoughMornings(diary, values.length)
  const painNights = values.filter((pain) => pain >= 1)
  return {
    status: 'ok',
    mornings: values.length,
    nightsWithPain: painNights.length,
    share: painNights.length / values.length,
    medianOnPainNights: median(painNights),
  }
}

export function startUpPainIn(diary: Diary): PatternResult<StartUpPain> {
  const values = morningsIn(diary, (day) => day.morning?.startUpPain)
  if (values.length < PATTERNS.minMornings) return notEnoughMornings(diary, values.length)
  const withPain = values.filter(Boolean).length
  return { status: 'ok', mornings: values.length, daysWithStartUpPain: withPain, share: withPain / values.length }
}

export function morningStiffnessIn(diary: Diary): PatternResult<MorningStiffness> {
  const values = morningsIn(diary, (day) => day.morning?.stiffnessMinutes)
  if (values.length < PATTERNS.minMornings) return notEnoughMornings(diary, values.length)
  const longer = values.filter((minutes) => minutes >= TYPICAL_MORNING_STIFFNESS_MAX_MINUTES).length
  return {
    status: 'ok',
    mornings: values.length,
    medianMinutes: median(values)!,
    longerThanTypical: longer,
    longerThanTypicalShare: longer / values.length,
  }
}
