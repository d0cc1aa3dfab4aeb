/**
 * Checks of the plan and profile the patient sets up; kept apart from plan.ts so the Today screen does
 * not load them (only set-up and Settings save a plan).
 */
import { isLocalDate, type LocalDate } from './dates'
import { ACTIVITY_TYPES } from './dayLog'
import { APPOINTMENT_WITH, TRAINING_LEVELS, activityKey, type Plan, type Profile } from './plan'

// ---- validation -------------------------------------------------------------------------------

export const PLAN_LIMITS = {
  daysPerWeek: { min: 1, max: 7 },
  minutesPerDay: { min: 1, max: 600 },
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 50 },
  seconds: { min: 5, max: 120 },
  heightCm: { min: 100, max: 250 },
  weightKg: { min: 30, max: 300 },
  cigarettesPerDay: { min: 0, max: 100 },
  otherNameLength: { max: 60 },
  medicationLength: { max: 500 },
} as const

export type PlanProblemCode =
  | 'activityType'
  | 'otherName'
  | 'duplicateActivity'
  | 'daysPerWeek'
  | 'minutesPerDay'
  | 'exerciseId'
  | 'duplicateExercise'
  | 'sets'
  | 'reps'
  | 'seconds'
  /** An exercise needs either repetitions or seconds, not both and not neither. */
  | 'exerciseDose'
  | 'level'
  | 'invalidDate'
  | 'futureDate'
  | 'heightCm'
  | 'weightKg'
  | 'cigarettesPerDay'
  | 'appointmentWith'
  | 'textLength'

export interface PlanProblem {
  /** Path of the field, e.g. 'activities.0.minutesPerDay' or 'smoking.quitDate'. */
  field: string
  code: PlanProblemCode
}

type RangeName = Exclude<keyof typeof PLAN_LIMITS, 'otherNameLength' | 'medicationLength'>

function inRange(value: unknown, name: RangeName, integer: boolean): boolean {
  const { min, max } = PLAN_LIMITS[name]
  return typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value)) && value >= min && value <= max
}

/** Collects problems; `check` reports an out-of-range number, and skips a value that was left out. */
function collector() {
  const problems: PlanProblem[] = []
  const add = (field: string, code: PlanProblemCode): void => {
    problems.push({ field, code })
  }
  const check = (field: string, value: unknown, name: RangeName, code: PlanProblemCode, integer = true): void => {
    if (value !== undefined && !inRange(value, name, integer)) add(field, code)
  }
  return { problems, add, check }
}

/** Checks every goal of a plan; an empty list means the plan may be saved. */
export function validatePlan(plan: Plan): PlanProblem[] {
  const { problems, add, check } = collector()
  const seenActivities = new Set<string>()
  plan.activities.forEach((goal, i) => {
    const at = `activities.${i}`
    if (!(ACTIVITY_TYPES as readonly string[]).includes(goal.type)) add(`${at}.type`, 'activityType')
    if (goal.type === 'other') {
      const name = goal.otherName?.trim() ?? ''
      if (name.length === 0 || name.length > PLAN_LIMITS.otherNameLength.max) add(`${at}.otherName`, 'otherName')
    }
    const key = activityKey(goal)
    if (seenActivities.has(key)) add(`${at}.type`, 'duplicateActivity')
    seenActivities.add(key)
    if (goal.daysPerWeek === undefined) add(`${at}.daysPerWeek`, 'daysPerWeek')
    check(`${at}.daysPerWeek`, goal.daysPerWeek, 'daysPerWeek', 'daysPerWeek')
    if (goal.minutesPerDay === undefined) add(`${at}.minutesPerDay`, 'minutesPerDay')
    check(`${at}.minutesPerDay`, goal.minutesPerDay, 'minutesPerDay', 'minutesPerDay')
  })

  const seenExercises = new Set<string>()
  plan.programme.exercises.forEach((exercise, i) => {
    const at = `programme.exercises.${i}`
    if (typeof exercise.exerciseId !== 'string' || exercise.exerciseId.trim() === '') add(`${at}.exerciseId`, 'exerciseId')
    else if (seenExercises.has(exercise.exerciseId)) add(`${at}.exerciseId`, 'duplicateExercise')
    seenExercises.add(exercise.exerciseId)
    if (exercise.sets === undefined) add(`${at}.sets`, 'sets')
    check(`${at}.sets`, exercise.sets, 'sets', 'sets')
    if ((exercise.reps === undefined) === (exercise.seconds === undefined)) add(at, 'exerciseDose')
    check(`${at}.reps`, exercise.reps, 'reps', 'reps')
    check(`${at}.seconds`, exercise.seconds, 'seconds', 'seconds')
  })
  if (plan.programme.daysPerWeek === undefined) add('programme.daysPerWeek', 'daysPerWeek')
  check('programme.daysPerWeek', plan.programme.daysPerWeek, 'daysPerWeek', 'daysPerWeek')

  if (!isLocalDate(plan.startedOn)) add('startedOn', 'invalidDate')
  if (!TRAINING_LEVELS.includes(plan.level)) add('level', 'level')
  return problems
}

/** Checks the optional profile; only the next appointment may lie in the future. */
export function validateProfile(profile: Profile, today: LocalDate): PlanProblem[] {
  const { problems, add, check } = collector()
  const pastDate = (field: string, value: LocalDate | undefined): void => {
    if (value === undefined) return
    if (!isLocalDate(value)) add(field, 'invalidDate')
    else if (value > today) add(field, 'futureDate')
  }
  check('heightCm', profile.heightCm, 'heightCm', 'heightCm', false)
  check('currentWeightKg', profile.currentWeightKg, 'weightKg', 'weightKg', false)
  check('goalWeightKg', profile.goalWeightKg, 'weightKg', 'weightKg', false)
  if (profile.smoking) {
    if (profile.smoking.cigarettesPerDay === undefined) add('smoking.cigarettesPerDay', 'cigarettesPerDay')
    check('smoking.cigarettesPerDay', profile.smoking.cigarettesPerDay, 'cigarettesPerDay', 'cigarettesPerDay')
    pastDate('smoking.quitDate', profile.smoking.quitDate)
  }
  if (profile.usualMedication !== undefined && profile.usualMedication.length > PLAN_LIMITS.medicationLength.max) {
    add('usualMedication', 'textLength')
  }
  for (const field of ['nextAppointment', 'lastAppointment'] as const) {
    const appointment = profile[field]
    if (!appointment) continue
    if (!isLocalDate(appointment.date)) add(`${field}.date`, 'invalidDate')
    if (!APPOINTMENT_WITH.includes(appointment.with)) add(`${field}.with`, 'appointmentWith')
  }
  return problems
}
