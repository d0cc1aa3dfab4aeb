/**
 * The plan the patient sets up once (and edits in Settings): weekly activity goals, a hip exercise
 * programme and an optional profile. The defaults follow the KNGF guideline for hip and knee
 * osteoarthritis (2018) and the WHO (2020); the patient may change every number.
 */
import type { LocalDate } from './dates'
import type { ActivityType, DayRecord } from './dayLog'
import { DEFAULT_EXERCISES, DEFAULT_EXERCISE_DAYS_PER_WEEK } from './exerciseDefaults'

export type TrainingLevel = 'untrained' | 'active'
export const TRAINING_LEVELS: readonly TrainingLevel[] = ['untrained', 'active']

export const APPOINTMENT_WITH = ['gp', 'physio', 'surgeon'] as const
export type AppointmentWith = (typeof APPOINTMENT_WITH)[number]

export interface ActivityGoal {
  type: ActivityType
  /** The patient's own name for an 'other' activity. */
  otherName?: string
  daysPerWeek: number
  minutesPerDay: number
}

/** One exercise with its dose: repetitions for most exercises, seconds for holds and stretches. */
export interface ExerciseGoal {
  exerciseId: string
  sets: number
  reps?: number
  seconds?: number
}

export interface ExerciseProgramme {
  exercises: ExerciseGoal[]
  daysPerWeek: number
}

/** The patient's answer to a build-up suggestion; at most one counts per goal per week. */
export interface BuildUpDecision {
  /** The goal is named by its activity, not its position, so reordering goals keeps the history right. */
  activity: ActivityIdentity
  /** Monday of the week in which the patient decided. */
  weekStart: LocalDate
  decidedOn: LocalDate
  decision: 'accepted' | 'declined'
  fromMinutes: number
  toMinutes: number
}

export interface Plan {
  activities: ActivityGoal[]
  programme: ExerciseProgramme
  startedOn: LocalDate
  level: TrainingLevel
  buildUpDecisions: BuildUpDecision[]
}

export interface Profile {
  heightCm?: number
  currentWeightKg?: number
  goalWeightKg?: number
  smoking?: { cigarettesPerDay: number; quitDate?: LocalDate }
  /** The usual pain medication as the hospital advised, in the patient's own words (never computed). */
  usualMedication?: string
  nextAppointment?: { date: LocalDate; with: AppointmentWith }
  /**
   * The appointment before it, kept when the patient entered a new next appointment after that one had
   * taken place (see keepPastAppointment): the report starts from it by default.
   */
  lastAppointment?: { date: LocalDate; with: AppointmentWith }
}

/** What makes an activity goal the same activity as a logged entry. */
export type ActivityIdentity = Pick<ActivityGoal, 'type' | 'otherName'>

/** A stable key per activity: 'cycling', or 'other:dancing' for a named other activity. */
export function activityKey(activity: ActivityIdentity): string {
  if (activity.type !== 'other') return activity.type
  return `other:${(activity.otherName ?? '').trim().toLocaleLowerCase()}`
}

export function sameActivity(a: ActivityIdentity, b: ActivityIdentity): boolean {
  return activityKey(a) === activityKey(b)
}

/** Minutes of one activity logged on a day, all its entries together (0 for a day without a record). */
export function activityMinutes(day: DayRecord | undefined, activity: ActivityIdentity): number {
  return (day?.activities ?? []).filter((entry) => sameActivity(entry, activity)).reduce((sum, entry) => sum + entry.minutes, 0)
}

/**
 * A starting goal for one activity. Active people start at the guideline dose (5 days × 30 minutes);
 * untrained people start lower and build up, because some movement is better than none.
 */
export function defaultActivityGoal(type: ActivityType, level: TrainingLevel, otherName?: string): ActivityGoal {
  const dose = level === 'active' ? { daysPerWeek: 5, minutesPerDay: 30 } : { daysPerWeek: 3, minutesPerDay: 15 }
  return type === 'other' ? { type, otherName: otherName ?? '', ...dose } : { type, ...dose }
}

/** The plan offered at first run: cycling at the level's dose and six easy exercises twice a week. */
export function defaultPlan(today: LocalDate, level: TrainingLevel): Plan {
  return {
    activities: [defaultActivityGoal('cycling', level)],
    programme: {
      exercises: DEFAULT_EXERCISES.map((exercise) => ({ ...exercise })),
      daysPerWeek: DEFAULT_EXERCISE_DAYS_PER_WEEK,
    },
    startedOn: today,
    level,
    buildUpDecisions: [],
  }
}
