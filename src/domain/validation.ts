/**
 * The limits a logged value must respect. A problem names the field and a message key, so the view can
 * show it next to the field in the patient's language; nothing invalid is ever written.
 */
import { isFuture, isLocalDate } from './dates'
import type { DayRecord } from './dayLog'

export const LIMITS = {
  pain: { min: 0, max: 10 },
  minutes: { min: 1, max: 600 },
  weightKg: { min: 30, max: 300 },
  cigarettes: { min: 0, max: 100 },
  stiffnessMinutes: { min: 0, max: 600 },
  sets: { min: 1, max: 20 },
  reps: { min: 1, max: 200 },
  seconds: { min: 1, max: 600 },
  doses: { min: 1, max: 20 },
  noteLength: { max: 2000 },
} as const

export type ProblemCode =
  | 'invalidDate'
  | 'futureDate'
  | 'pain'
  | 'minutes'
  | 'weightKg'
  | 'cigarettes'
  | 'stiffnessMinutes'
  | 'sets'
  | 'reps'
  | 'seconds'
  | 'doses'
  | 'noteLength'

export interface Problem {
  /** Path of the field, e.g. 'morning.painNow' or 'activities.0.minutes'. */
  field: string
  code: ProblemCode
}

type RangeName = Exclude<keyof typeof LIMITS, 'noteLength'>

function inRange(value: unknown, name: RangeName, integer: boolean): boolean {
  const { min, max } = LIMITS[name]
  return typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value)) && value >= min && value <= max
}

/** Checks every value of a day record; an empty list means the record may be saved. */
export function validateDay(day: DayRecord, now: Date): Problem[] {
  const problems: Problem[] = []
  const check = (field: string, value: unknown, name: RangeName, integer = true): void => {
    if (value !== undefined && !inRange(value, name, integer)) problems.push({ field, code: name === 'pain' ? 'pain' : name })
  }
  if (!isLocalDate(day.date)) problems.push({ field: 'date', code: 'invalidDate' })
  else if (isFuture(day.date, now)) problems.push({ field: 'date', code: 'futureDate' })
  check('morning.painNow', day.morning?.painNow, 'pain')
  check('morning.nightPain', day.morning?.nightPain, 'pain')
  check('morning.stiffnessMinutes', day.morning?.stiffnessMinutes, 'stiffnessMinutes')
  check('worstPain', day.worstPain, 'pain')
  check('weightKg', day.weightKg, 'weightKg', false)
  check('cigarettes', day.cigarettes, 'cigarettes')
  day.activities.forEach((a, i) => {
    check(`activities.${i}.minutes`, a.minutes, 'minutes')
    check(`activities.${i}.painDuring`, a.painDuring, 'pain')
    check(`activities.${i}.walkingMinutesBeforePain`, a.walkingMinutesBeforePain, 'minutes')
  })
  day.exercises.forEach((e, i) => {
    check(`exercises.${i}.sets`, e.sets, 'sets')
    check(`exercises.${i}.reps`, e.reps, 'reps')
    check(`exercises.${i}.seconds`, e.seconds, 'seconds')
    check(`exercises.${i}.painDuring`, e.painDuring, 'pain')
  })
  day.medication.forEach((m, i) => check(`medication.${i}.doses`, m.doses, 'doses'))
  day.notes.forEach((n, i) => {
    if (n.text.length > LIMITS.noteLength.max) problems.push({ field: `notes.${i}.text`, code: 'noteLength' })
  })
  return problems
}
