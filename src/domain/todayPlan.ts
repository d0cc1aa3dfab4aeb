/**
 * Today's plan: the checklist that follows from the patient's goals and from what is already logged this
 * week (weeks start on Monday), plus hints from the pain-monitoring rule. Hints are information for the
 * patient to weigh, never a change to the plan: Heupwijs describes the patient's own data and leaves the
 * decision to them.
 */
import { addDays, daysBetween, startOfWeek, type LocalDate } from './dates'
import type { ActivityType, DayRecord, ExerciseEntry } from './dayLog'
import { activityKey, activityMinutes, type ExerciseGoal, type Plan, type Profile } from './plan'
import { PAIN_DURING_ACTIVITY } from './thresholds'

/** A section of an education page (content/<lang>/<page>.md, heading `{#anchor}`). */
export interface LearnLink {
  page: string
  anchor?: string
}

export const LEARN_LINKS = {
  dailyMovement: { page: 'treatment-without-surgery', anchor: 'daily-movement' },
  hipExercises: { page: 'treatment-without-surgery', anchor: 'hip-exercises' },
  morningStiffness: { page: 'symptoms', anchor: 'morning-stiffness' },
  weekToWeek: { page: 'moving-with-pain', anchor: 'week-to-week' },
  trafficLight: { page: 'moving-with-pain', anchor: 'traffic-light' },
  nextMorningRule: { page: 'moving-with-pain', anchor: 'next-morning-rule' },
  weight: { page: 'weight', anchor: 'weight-and-the-hip' },
  quitting: { page: 'smoking', anchor: 'quitting' },
  flareUpHelp: { page: 'flare-ups', anchor: 'what-helps' },
  paracetamol: { page: 'pain-medication', anchor: 'paracetamol' },
} as const satisfies Record<string, LearnLink>

/** The usual morning pain is the median over this many days before today (a Heupwijs choice) … */
export const USUAL_PAIN_WINDOW_DAYS = 14
/** … and needs at least this many logged mornings in that window. */
export const USUAL_PAIN_MIN_MORNINGS = 5

interface ItemBase {
  /** Stable across renders and days, e.g. 'morning', 'activity:cycling', 'exercises'. */
  key: string
  /** Logged today. */
  done: boolean
  /** False when the item is there for information, or this week's target was already met before today. */
  required: boolean
  learnLink: LearnLink
}

/** Pain now, morning stiffness, night pain, start-up pain: done once any of them is logged. */
export interface MorningCheckInItem extends ItemBase {
  kind: 'morningCheckIn'
}

/** The worst pain of the day. */
export interface EveningCheckInItem extends ItemBase {
  kind: 'eveningCheckIn'
}

export interface ActivityItem extends ItemBase {
  kind: 'activity'
  /** Position of the goal in plan.activities. */
  goalIndex: number
  type: ActivityType
  otherName?: string
  minutesPerDay: number
  /** Minutes of this activity logged today (0 when none). */
  minutesToday: number
  /** Days this week (today included) with this activity logged. */
  doneDays: number
  targetDays: number
}

export interface ExerciseItem extends ExerciseGoal {
  /** Today holds an entry for this exercise. */
  done: boolean
}

export interface ExercisesItem extends ItemBase {
  kind: 'exercises'
  exercises: ExerciseItem[]
  /** Days this week (today included) with any exercise logged. */
  doneDays: number
  targetDays: number
}

export interface WeighInItem extends ItemBase {
  kind: 'weighIn'
  /** The weight logged today, if any. */
  weightKg?: number
  goalWeightKg?: number
}

export interface SmokeFreeItem extends ItemBase {
  kind: 'smokeFree'
  quitDate: LocalDate
  /** Whole days from the quit date to today (0 on the quit date itself). */
  daysSinceQuit: number
  /** Some of the days given, on or after the quit date, hold cigarettes above 0. */
  cigarettesLoggedSince: boolean
}

export type TodayItem = MorningCheckInItem | EveningCheckInItem | ActivityItem | ExercisesItem | WeighInItem | SmokeFreeItem

/** What a pain hint refers to, so the view can name it ("during cycling"). */
export type MovementRef = { kind: 'activity'; type: ActivityType; otherName?: string } | { kind: 'exercise'; exerciseId: string }

export type PlanHint =
  /** Yesterday's pain during an activity or exercise was above 5: "take it a bit easier today". */
  | { key: 'yesterdayPainHigh'; kind: 'yesterdayPainHigh'; painDuring: number; during: MovementRef; learnLink: LearnLink }
  /** This morning's pain is above the patient's usual morning pain. */
  | { key: 'morningAboveUsual'; kind: 'morningAboveUsual'; usual: number; today: number; learnLink: LearnLink }
  /** Today or yesterday is marked as part of a bad period. */
  | { key: 'badPeriod'; kind: 'badPeriod'; learnLink: LearnLink }
  /** In a bad period: the patient's own note of their usual medication, as the hospital advised. */
  | { key: 'usualMedication'; kind: 'usualMedication'; medication: string; learnLink: LearnLink }

export interface TodayPlan {
  date: LocalDate
  /** Monday of this week. */
  weekStart: LocalDate
  /** In display order: morning check-in, activities, exercises, weigh-in, smoke-free count, evening. */
  items: TodayItem[]
  hints: PlanHint[]
  /** Today or yesterday is self-marked as part of a bad period. */
  badPeriod: boolean
}

export interface TodayPlanInput {
  plan: Plan
  profile: Profile
  /** Day records of at least todayPlanRange(today); missing dates are days with nothing logged. */
  days: readonly DayRecord[]
  today: LocalDate
}

/** The dates buildTodayPlan looks at: this week, yesterday and the usual-pain window, up to today. */
export function todayPlanRange(today: LocalDate): { from: LocalDate; to: LocalDate } {
  const weekStart = startOfWeek(today)
  const windowStart = addDays(today, -USUAL_PAIN_WINDOW_DAYS)
  return { from: weekStart < windowStart ? weekStart : windowStart, to: today }
}

/**
 * Today's checklist and hints. A goal stays required until this week's target is met by the days before
 * today; any logged minutes count as a day done, because some movement is better than none (WHO 2020).
 */
export function buildTodayPlan({ plan, profile, days, today }: TodayPlanInput): TodayPlan {
  const byDate = new Map(days.filter((day) => day.date <= today).map((day) => [day.date, day]))
  const todayRecord = byDate.get(today)
  const yesterday = byDate.get(addDays(today, -1))
  const weekStart = startOfWeek(today)
  const earlierThisWeek = [...byDate.values()].filter((day) => day.date >= weekStart && day.date < today)

  const items: TodayItem[] = [
    { key: 'morning', kind: 'morningCheckIn', done: hasMorningCheckIn(todayRecord), required: true, learnLink: LEARN_LINKS.morningStiffness },
    ...plan.activities.map((goal, goalIndex): ActivityItem => {
      const minutesToday = activityMinutes(todayRecord, goal)
      const daysBefore = earlierThisWeek.filter((day) => activityMinutes(day, goal) > 0).length
      return {
        key: `activity:${activityKey(goal)}`,
        kind: 'activity',
        goalIndex,
        type: goal.type,
        ...(goal.type === 'other' ? { otherName: goal.otherName } : {}),
        minutesPerDay: goal.minutesPerDay,
        minutesToday,
        doneDays: daysBefore + (minutesToday > 0 ? 1 : 0),
        targetDays: goal.daysPerWeek,
        done: minutesToday > 0,
        required: daysBefore < goal.daysPerWeek,
        learnLink: LEARN_LINKS.dailyMovement,
      }
    }),
  ]

  const { programme } = plan
  if (programme.exercises.length > 0) {
    const exercisedToday = (todayRecord?.exercises.length ?? 0) > 0
    const daysBefore = earlierThisWeek.filter((day) => day.exercises.length > 0).length
    items.push({
      key: 'exercises',
      kind: 'exercises',
      exercises: programme.exercises.map((goal) => ({ ...goal, done: hasExercise(todayRecord?.exercises, goal.exerciseId) })),
      doneDays: daysBefore + (exercisedToday ? 1 : 0),
      targetDays: programme.daysPerWeek,
      done: exercisedToday,
      required: daysBefore < programme.daysPerWeek,
      learnLink: LEARN_LINKS.hipExercises,
    })
  }

  // Once a week is enough: after a weigh-in earlier this week the item stays off the list.
  const tracksWeight = profile.goalWeightKg !== undefined || profile.currentWeightKg !== undefined
  if (tracksWeight && !earlierThisWeek.some((day) => day.weightKg !== undefined)) {
    items.push({
      key: 'weighIn',
      kind: 'weighIn',
      ...(todayRecord?.weightKg !== undefined ? { weightKg: todayRecord.weightKg } : {}),
      ...(profile.goalWeightKg !== undefined ? { goalWeightKg: profile.goalWeightKg } : {}),
      done: todayRecord?.weightKg !== undefined,
      required: true,
      learnLink: LEARN_LINKS.weight,
    })
  }

  const quitDate = profile.smoking?.quitDate
  if (quitDate !== undefined && quitDate <= today) {
    items.push({
      key: 'smokeFree',
      kind: 'smokeFree',
      quitDate,
      daysSinceQuit: daysBetween(quitDate, today),
      cigarettesLoggedSince: [...byDate.values()].some((day) => day.date >= quitDate && (day.cigarettes ?? 0) > 0),
      // A logged 0 is the patient's own "smoke-free today"; the count itself is information only.
      done: todayRecord?.cigarettes === 0,
      required: false,
      learnLink: LEARN_LINKS.quitting,
    })
  }

  items.push({ key: 'evening', kind: 'eveningCheckIn', done: todayRecord?.worstPain !== undefined, required: true, learnLink: LEARN_LINKS.weekToWeek })

  const badPeriod = todayRecord?.badPeriod === true || yesterday?.badPeriod === true
  return { date: today, weekStart, items, hints: painHints(byDate, today, yesterday, todayRecord, badPeriod, profile), badPeriod }
}

function painHints(
  byDate: ReadonlyMap<LocalDate, DayRecord>,
  today: LocalDate,
  yesterday: DayRecord | undefined,
  todayRecord: DayRecord | undefined,
  badPeriod: boolean,
  profile: Profile,
): PlanHint[] {
  const hints: PlanHint[] = []
  const worst = yesterday ? worstMovementPain(yesterday) : undefined
  if (worst && worst.painDuring > PAIN_DURING_ACTIVITY.acceptableMax) {
    hints.push({ key: 'yesterdayPainHigh', kind: 'yesterdayPainHigh', ...worst, learnLink: LEARN_LINKS.trafficLight })
  }
  const painNow = todayRecord?.morning?.painNow
  const usual = usualMorningPain(byDate, today)
  if (painNow !== undefined && usual !== undefined && painNow > usual) {
    hints.push({ key: 'morningAboveUsual', kind: 'morningAboveUsual', usual, today: painNow, learnLink: LEARN_LINKS.nextMorningRule })
  }
  if (badPeriod) {
    hints.push({ key: 'badPeriod', kind: 'badPeriod', learnLink: LEARN_LINKS.flareUpHelp })
    const medication = profile.usualMedication?.trim()
    if (medication) hints.push({ key: 'usualMedication', kind: 'usualMedication', medication, learnLink: LEARN_LINKS.paracetamol })
  }
  return hints
}

/**
 * The patient's usual morning pain: the median of painNow over the logged mornings of the 14 days before
 * today; undefined with fewer than 5 of them, since a handful of mornings says little about "usual".
 */
function usualMorningPain(byDate: ReadonlyMap<LocalDate, DayRecord>, today: LocalDate): number | undefined {
  const scores: number[] = []
  for (let back = 1; back <= USUAL_PAIN_WINDOW_DAYS; back++) {
    const painNow = byDate.get(addDays(today, -back))?.morning?.painNow
    if (painNow !== undefined) scores.push(painNow)
  }
  if (scores.length < USUAL_PAIN_MIN_MORNINGS) return undefined
  scores.sort((a, b) => a - b)
  const middle = Math.floor(scores.length / 2)
  return scores.length % 2 === 1 ? scores[middle]! : (scores[middle - 1]! + scores[middle]!) / 2
}

/** The highest pain during any activity or exercise of a day, with what it was during. */
function worstMovementPain(day: DayRecord): { painDuring: number; during: MovementRef } | undefined {
  let worst: { painDuring: number; during: MovementRef } | undefined
  const consider = (painDuring: number | undefined, during: MovementRef): void => {
    if (painDuring !== undefined && (worst === undefined || painDuring > worst.painDuring)) worst = { painDuring, during }
  }
  for (const a of day.activities) {
    consider(a.painDuring, a.type === 'other' ? { kind: 'activity', type: a.type, otherName: a.otherName } : { kind: 'activity', type: a.type })
  }
  for (const e of day.exercises) consider(e.painDuring, { kind: 'exercise', exerciseId: e.exerciseId })
  return worst
}

function hasMorningCheckIn(day: DayRecord | undefined): boolean {
  return Object.values(day?.morning ?? {}).some((value) => value !== undefined)
}

function hasExercise(entries: readonly ExerciseEntry[] | undefined, exerciseId: string): boolean {
  return (entries ?? []).some((entry) => entry.exerciseId === exerciseId)
}
