/**
 * The numbers behind the Insights screen (issue 5, item 1): what the patient logged in a chosen period,
 * per day and per week, with the bad periods and patterns found in the same days. Everything is
 * computed here in one walk over the days, so every chart and its table read the same figures.
 *
 * Nothing is filled in: a day or week without a log gives `null` (no point, no bar), never 0.
 */
import { addDays, startOfWeek, type LocalDate } from './dates'
import type { DayFigures } from './dayFigures'
import { ACTIVITY_TYPES, type ActivityType, type DayRecord } from './dayLog'
import { detectFlares, type FlareEpisode } from './flares'
import { findPatterns, findPatternsInSteps, type BeforeFlares, type PatternInput, type Patterns } from './patterns'
import { periodStart, resolutionOf, type InsightPeriod, type Resolution } from './insightPeriods'
import type { Plan, Profile } from './plan'
import { dateOfDayNumber, dayNumber, median, rollingMedian } from './statistics'
import { ACTIVITY_GUIDELINE_MINUTES_PER_WEEK, EXERCISE_DAYS_PER_WEEK_MIN } from './thresholds'

/** One logged day of the period. Values the patient did not log are null. */
export interface DayRow {
  date: LocalDate
  worstPain: number | null
  morningPain: number | null
  /** Median worst pain of the 7 calendar days ending on this day (only on days with a worst-pain score). */
  medianWorstPain: number | null
  stiffnessMinutes: number | null
  /** Median minutes of walking before the pain started, over that day's walks that noted it. */
  walkingMinutes: number | null
  weightKg: number | null
  bmi: number | null
  cigarettes: number | null
}

/** One week (Monday to Sunday) of the period. Counts say how many days stand behind each figure. */
export interface WeekRow {
  weekStart: LocalDate
  /** Days with anything logged. */
  days: number
  painDays: number
  medianWorstPain: number | null
  morningPainDays: number
  medianMorningPain: number | null
  /** Mornings with night pain answered, and nights with night pain of 1 or more. */
  nightsAnswered: number
  nightsWithPain: number | null
  /** Mornings with start-up pain answered, and days with start-up pain. */
  startUpAnswered: number
  startUpDays: number | null
  stiffnessDays: number
  medianStiffnessMinutes: number | null
  /** Total activity minutes; null when no day of the week was logged. */
  activityMinutes: number | null
  exerciseDays: number | null
  walkingDays: number
  medianWalkingMinutes: number | null
  weighings: number
  medianWeightKg: number | null
  bmi: number | null
  /** Days with a cigarette count logged, their median, and the logged days with 0 cigarettes. */
  cigaretteDays: number
  medianCigarettes: number | null
  smokeFreeDays: number | null
  /** Days with paracetamol or another painkiller logged. */
  painkillerDays: number | null
  injections: number
}

export interface LatestWeight {
  date: LocalDate
  kg: number
  bmi: number | null
}

export interface Insights {
  from: LocalDate
  to: LocalDate
  resolution: Resolution
  /** Days with anything logged in the period. */
  loggedDays: number
  /** Days with anything logged in everything read (the period and the weeks before it). */
  loggedDaysRead: number
  /** Every logged day of the period, oldest first. */
  days: DayRow[]
  /** Every week of the period, oldest first, logged or not. */
  weeks: WeekRow[]
  /** Bad periods reaching into the period, oldest first. */
  flares: FlareEpisode[]
  /** Every bad period in the days read (the patterns compare against all of them). */
  flaresRead: FlareEpisode[]
  injections: LocalDate[]
  latestWeight: LatestWeight | null
  /** Whether anything was logged at all of these, so sections without data can say so in one line. */
  logged: { walking: boolean; weight: boolean; cigarettes: boolean; painkillers: boolean }
}

export interface InsightInput {
  /** The figures of the days read for the period (readFrom onwards), in any order, one per date. */
  days: readonly DayFigures[]
  period: InsightPeriod
  today: LocalDate
  profile: Profile
  /** detectFlares(days), when already worked out (a screen can do that in a task of its own). */
  flares?: FlareEpisode[]
}

/** Body mass index from weight and height, to one decimal; null without a usable height. */
export function bodyMassIndex(weightKg: number, heightCm: number | undefined): number | null {
  if (!heightCm || heightCm <= 0) return null
  const metres = heightCm / 100
  return Math.round((weightKg / (metres * metres)) * 10) / 10
}

/** The weekly targets drawn as lines: the patient's own goals and the guideline minimums. */
export interface WeeklyGoals {
  /** The plan's activity minutes a week (all activity goals together); null without a plan. */
  activityMinutes: number | null
  guidelineActivityMinutes: number
  exerciseDays: number | null
  guidelineExerciseDays: number
}

export function weeklyGoals(plan: Plan | null): WeeklyGoals {
  return {
    activityMinutes: plan && plan.activities.length ? plan.activities.reduce((sum, goal) => sum + goal.daysPerWeek * goal.minutesPerDay, 0) : null,
    guidelineActivityMinutes: ACTIVITY_GUIDELINE_MINUTES_PER_WEEK,
    exerciseDays: plan ? plan.programme.daysPerWeek : null,
    guidelineExerciseDays: EXERCISE_DAYS_PER_WEEK_MIN,
  }
}

/**
 * Heupwijs choice, for phrasing only: a share at least 15 percentage points higher before bad periods
 * than in other 3-day windows reads as "more often" (lower: "less often"). Every figure is shown anyway.
 */
export const MORE_OFTEN_MARGIN = 0.15
/** Heupwijs choice: median activity minutes differ "clearly" from 25% and 15 minutes on. */
const MORE_MINUTES_RATIO = 1.25
const MORE_MINUTES_DIFFERENCE = 15

export type BeforeFlareKey = 'heavyLoad' | 'longWalk' | 'noExercise' | 'minutes' | ActivityType

export interface BeforeFlareItem {
  key: BeforeFlareKey
  /** Shares from 0 to 1, or minutes for 'minutes'. */
  before: number
  usual: number
  direction: 'more' | 'less' | 'same'
}

/**
 * The before-bad-period figures side by side, each with the direction to phrase it in. Activity types
 * appear only when they were done in either group.
 */
export function beforeFlareItems(result: BeforeFlares): BeforeFlareItem[] {
  const share = (key: BeforeFlareKey, before: number, usual: number): BeforeFlareItem => ({
    key,
    before,
    usual,
    direction: before - usual >= MORE_OFTEN_MARGIN ? 'more' : usual - before >= MORE_OFTEN_MARGIN ? 'less' : 'same',
  })
  const minutes = (before: number, usual: number): BeforeFlareItem => {
    const clearly = (high: number, low: number): boolean => high >= low * MORE_MINUTES_RATIO && high - low >= MORE_MINUTES_DIFFERENCE
    return { key: 'minutes', before, usual, direction: clearly(before, usual) ? 'more' : clearly(usual, before) ? 'less' : 'same' }
  }
  const { before, usual } = result
  const items = [
    share('heavyLoad', before.heavyLoadShare, usual.heavyLoadShare),
    share('longWalk', before.longWalkShare, usual.longWalkShare),
    share('noExercise', before.noExerciseDayShare, usual.noExerciseDayShare),
    minutes(before.medianMinutes, usual.medianMinutes),
  ]
  for (const type of ACTIVITY_TYPES) {
    if (before.byType[type].share > 0 || usual.byType[type].share > 0) items.push(share(type, before.byType[type].share, usual.byType[type].share))
  }
  return items
}

/**
 * Everything the Insights screen draws for one period, in one walk over the days. The patterns are
 * asked for apart (patternsFor), so a screen can show the charts before it works them out.
 */
export function buildInsights({ days, period, today, profile, flares }: InsightInput): Insights {
  const sorted = isSorted(days) ? days : [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const start = periodStart(period, today) ?? startOfWeek(sorted[0]?.date ?? today)
  const resolution = resolutionOf(period)
  const firstDay = dayNumber(start)
  const todayNumber = dayNumber(today)
  const weekCount = Math.floor((todayNumber - firstDay) / 7) + 1
  const weeks = Array.from({ length: weekCount }, (_, w) => new WeekBucket(dateOfDayNumber(firstDay + 7 * w)))

  const dayRows: DayRow[] = []
  const injections: LocalDate[] = []
  const logged = { walking: false, weight: false, cigarettes: false, painkillers: false }
  let latestWeight: LatestWeight | null = null
  let loggedDays = 0

  for (const day of sorted) {
    const number = dayNumber(day.date)
    if (number < firstDay || number > todayNumber) continue
    loggedDays++
    const bmi = day.weightKg === undefined ? null : bodyMassIndex(day.weightKg, profile.heightCm)
    if (day.injection) injections.push(day.date)
    if (day.walkingMinutes !== null) logged.walking = true
    if (day.cigarettes !== undefined) logged.cigarettes = true
    if (day.painkiller) logged.painkillers = true
    if (day.weightKg !== undefined) {
      logged.weight = true
      latestWeight = { date: day.date, kg: day.weightKg, bmi }
    }
    weeks[Math.floor((number - firstDay) / 7)]!.add(day)
    if (resolution === 'day') {
      dayRows.push({
        date: day.date,
        worstPain: day.worstPain ?? null,
        morningPain: day.painNow ?? null,
        medianWorstPain: null,
        stiffnessMinutes: day.stiffnessMinutes ?? null,
        walkingMinutes: day.walkingMinutes,
        weightKg: day.weightKg ?? null,
        bmi,
        cigarettes: day.cigarettes ?? null,
      })
    }
  }
  if (resolution === 'day') fillRollingMedian(dayRows, sorted, start)

  const allFlares = flares ?? detectFlares(sorted)
  return {
    from: start,
    to: today,
    resolution,
    loggedDays,
    loggedDaysRead: sorted.length,
    days: dayRows,
    weeks: weeks.map((week) => week.row(profile.heightCm)),
    flares: allFlares.filter((flare) => flare.end >= start),
    flaresRead: allFlares,
    injections,
    latestWeight,
    logged,
  }
}

/** The patterns of the period (see patterns.ts), from the same days buildInsights was given. */
export function patternsFor(days: readonly DayRecord[], insights: Insights): Patterns {
  return findPatterns(patternInput(days, insights))
}

/** patternsFor in pieces (see findPatternsInSteps). */
export function patternsInSteps(days: readonly DayRecord[], insights: Insights): Generator<void, Patterns, void> {
  return findPatternsInSteps(patternInput(days, insights))
}

function patternInput(days: readonly DayRecord[], insights: Insights): PatternInput {
  return { days, flares: insights.flaresRead, today: insights.to, from: insights.from }
}

/** The 7-day median of worst pain; the 6 days before the period count towards its first days. */
function fillRollingMedian(rows: DayRow[], sorted: readonly DayFigures[], start: LocalDate): void {
  const windowStart = addDays(start, -6)
  const values = []
  for (const day of sorted) if (day.date >= windowStart && day.worstPain !== undefined) values.push({ date: day.date, value: day.worstPain })
  const byDate = new Map(rollingMedian(values, 7).map((point) => [point.date, point.median]))
  for (const row of rows) row.medianWorstPain = byDate.get(row.date) ?? null
}

/** Collects one week's days as they pass by, then sums them up. */
class WeekBucket {
  private days = 0
  private readonly worst: number[] = []
  private readonly morning: number[] = []
  private readonly stiffness: number[] = []
  private readonly walking: number[] = []
  private readonly weight: number[] = []
  private readonly cigarettes: number[] = []
  private nightsAnswered = 0
  private nightsWithPain = 0
  private startUpAnswered = 0
  private startUpDays = 0
  private activityMinutes = 0
  private exerciseDays = 0
  private smokeFreeDays = 0
  private painkillerDays = 0
  private injections = 0

  constructor(private readonly weekStart: LocalDate) {}

  add(day: DayFigures): void {
    this.days++
    if (day.worstPain !== undefined) this.worst.push(day.worstPain)
    if (day.painNow !== undefined) this.morning.push(day.painNow)
    if (day.stiffnessMinutes !== undefined) this.stiffness.push(day.stiffnessMinutes)
    if (day.nightPain !== undefined) {
      this.nightsAnswered++
      if (day.nightPain >= 1) this.nightsWithPain++
    }
    if (day.startUpPain !== undefined) {
      this.startUpAnswered++
      if (day.startUpPain) this.startUpDays++
    }
    this.activityMinutes += day.activityMinutes
    if (day.exercised) this.exerciseDays++
    if (day.walkingMinutes !== null) this.walking.push(day.walkingMinutes)
    if (day.weightKg !== undefined) this.weight.push(day.weightKg)
    if (day.cigarettes !== undefined) {
      this.cigarettes.push(day.cigarettes)
      if (day.cigarettes === 0) this.smokeFreeDays++
    }
    if (day.painkiller) this.painkillerDays++
    if (day.injection) this.injections++
  }

  row(heightCm: number | undefined): WeekRow {
    const logged = this.days > 0
    const weight = median(this.weight)
    return {
      weekStart: this.weekStart,
      days: this.days,
      painDays: this.worst.length,
      medianWorstPain: median(this.worst),
      morningPainDays: this.morning.length,
      medianMorningPain: median(this.morning),
      nightsAnswered: this.nightsAnswered,
      nightsWithPain: this.nightsAnswered ? this.nightsWithPain : null,
      startUpAnswered: this.startUpAnswered,
      startUpDays: this.startUpAnswered ? this.startUpDays : null,
      stiffnessDays: this.stiffness.length,
      medianStiffnessMinutes: median(this.stiffness),
      activityMinutes: logged ? this.activityMinutes : null,
      exerciseDays: logged ? this.exerciseDays : null,
      walkingDays: this.walking.length,
      medianWalkingMinutes: median(this.walking),
      weighings: this.weight.length,
      medianWeightKg: weight,
      bmi: weight === null ? null : bodyMassIndex(weight, heightCm),
      cigaretteDays: this.cigarettes.length,
      medianCigarettes: median(this.cigarettes),
      smokeFreeDays: this.cigarettes.length ? this.smokeFreeDays : null,
      painkillerDays: logged ? this.painkillerDays : null,
      injections: this.injections,
    }
  }
}

function isSorted(days: readonly { date: LocalDate }[]): boolean {
  for (let i = 1; i < days.length; i++) if (days[i - 1]!.date > days[i]!.date) return false
  return true
}
