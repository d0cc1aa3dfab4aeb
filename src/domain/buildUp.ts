/**
 * Gradual build-up (KNGF 2018: "build up gradually"): when the hip has coped with an activity goal for two
 * full weeks, the plan offers a little more. It is only ever an offer; the patient accepts or declines,
 * and nothing changes without that answer.
 */
import { addDays, startOfWeek, type LocalDate } from './dates'
import type { DayRecord } from './dayLog'
import { activityMinutes, sameActivity, type ActivityGoal, type BuildUpDecision, type Plan } from './plan'
import { PAIN_DURING_ACTIVITY } from './thresholds'

export const BUILD_UP = {
  /** About 10% more a week … */
  stepFraction: 0.1,
  /** … in whole 5 minutes, so the goal stays a number people use … */
  roundToMinutes: 5,
  /** … and never a step too small to notice. */
  minStepMinutes: 5,
  /** No offers above an hour a day: 5 × 60 minutes is the top of the WHO range of 150–300 a week. */
  maxMinutesPerDay: 60,
  /** The goal must have been met in each of this many full weeks before the current one. */
  fullWeeks: 2,
} as const

export interface BuildUpSuggestion {
  /** Position of the goal in plan.activities. */
  goalIndex: number
  fromMinutes: number
  toMinutes: number
}

export interface BuildUpInput {
  plan: Plan
  /** Day records of at least buildUpRange(today); missing dates are days with nothing logged. */
  days: readonly DayRecord[]
  today: LocalDate
}

/** The dates suggestBuildUp looks at: the two full weeks before this one, and this week up to today. */
export function buildUpRange(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(startOfWeek(today), -7 * BUILD_UP.fullWeeks), to: today }
}

/** The next step up from a number of minutes per day, or undefined when the goal is at the maximum. */
export function nextBuildUpMinutes(fromMinutes: number): number | undefined {
  const { stepFraction, roundToMinutes, minStepMinutes, maxMinutesPerDay } = BUILD_UP
  const rounded = Math.round((fromMinutes * (1 + stepFraction)) / roundToMinutes) * roundToMinutes
  const toMinutes = Math.min(Math.max(rounded, fromMinutes + minStepMinutes), maxMinutesPerDay)
  return toMinutes > fromMinutes ? toMinutes : undefined
}

/**
 * Offers a step up for each activity goal that was met in each of the last two full weeks (enough days
 * with at least the goal's minutes), when no activity or exercise from then until today hurt above 5 and
 * no day was marked as a bad period, and the patient has not already answered for that goal this week.
 */
export function suggestBuildUp({ plan, days, today }: BuildUpInput): BuildUpSuggestion[] {
  const { from } = buildUpRange(today)
  const weekStart = startOfWeek(today)
  // One record per date, even if the caller passed a day twice.
  const inRange = [...new Map(days.filter((day) => day.date >= from && day.date <= today).map((day) => [day.date, day])).values()]
  if (inRange.some((day) => day.badPeriod === true || hurtTooMuch(day))) return []

  const suggestions: BuildUpSuggestion[] = []
  plan.activities.forEach((goal, goalIndex) => {
    const answered = plan.buildUpDecisions.some((d) => d.weekStart === weekStart && sameActivity(d.activity, goal))
    if (answered) return
    const fullWeeks = Array.from({ length: BUILD_UP.fullWeeks }, (_, i) => addDays(weekStart, -7 * (i + 1)))
    if (!fullWeeks.every((monday) => metInWeek(goal, inRange, monday))) return
    const toMinutes = nextBuildUpMinutes(goal.minutesPerDay)
    if (toMinutes !== undefined) suggestions.push({ goalIndex, fromMinutes: goal.minutesPerDay, toMinutes })
  })
  return suggestions
}

/**
 * Records the patient's answer and returns the new plan: accepted raises the goal's minutes, declined
 * leaves them as they are. Either way the goal gets no new offer for the rest of the week.
 * Throws when the suggestion no longer fits the plan (the goal was removed or edited meanwhile).
 */
export function applyBuildUp(plan: Plan, suggestion: BuildUpSuggestion, decision: BuildUpDecision['decision'], today: LocalDate): Plan {
  const goal = plan.activities[suggestion.goalIndex]
  if (!goal || goal.minutesPerDay !== suggestion.fromMinutes) throw new RangeError('build-up suggestion does not match the plan')
  const record: BuildUpDecision = {
    activity: goal.type === 'other' ? { type: goal.type, otherName: goal.otherName } : { type: goal.type },
    weekStart: startOfWeek(today),
    decidedOn: today,
    decision,
    fromMinutes: suggestion.fromMinutes,
    toMinutes: suggestion.toMinutes,
  }
  const activities =
    decision === 'accepted'
      ? plan.activities.map((g, i): ActivityGoal => (i === suggestion.goalIndex ? { ...g, minutesPerDay: suggestion.toMinutes } : g))
      : plan.activities
  return { ...plan, activities, buildUpDecisions: [...plan.buildUpDecisions, record] }
}

/** Met in a week: on at least daysPerWeek days, this activity was logged for at least minutesPerDay. */
function metInWeek(goal: ActivityGoal, days: readonly DayRecord[], monday: LocalDate): boolean {
  const sunday = addDays(monday, 6)
  const fullDays = days.filter((day) => day.date >= monday && day.date <= sunday && activityMinutes(day, goal) >= goal.minutesPerDay)
  return fullDays.length >= goal.daysPerWeek
}

function hurtTooMuch(day: DayRecord): boolean {
  return [...day.activities, ...day.exercises].some((entry) => (entry.painDuring ?? 0) > PAIN_DURING_ACTIVITY.acceptableMax)
}
