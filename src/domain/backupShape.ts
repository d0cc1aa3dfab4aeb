/**
 * The shape of a version 1 backup file: which fields exist and what type each one has. It answers
 * only "is this the right kind of value"; whether a number is in range is validateDay's job.
 *
 * Unknown fields are refused, not dropped: a field this version does not know means the file comes
 * from elsewhere or was edited, and silently dropping it would lose data without a word. A change to
 * the shape of a day record is therefore a new backup format version with a migration step, and the
 * field lists below are typed so that the compiler reports a field added to DayRecord and not here.
 */
import { isLocalDate } from './dates'
import {
  ACTIVITY_TYPES,
  HEAVY_LOAD_KINDS,
  INTENSITIES,
  MEDICATION_KINDS,
  type ActivityEntry,
  type DayRecord,
  type ExerciseEntry,
  type HeavyLoadEntry,
  type MedicationEntry,
  type MorningCheckIn,
  type NoteEntry,
} from './dayLog'

/**
 * Where a check is in the file, as a list of keys and indexes. Checks push and pop it as they go and
 * join it only when a value is wrong: building a path text for every field of a ten-year backup
 * cost more than the checks themselves.
 */
export type ShapePath = (string | number)[]

/** Returns the path of the first value of the wrong type (keys joined by dots), or null when everything fits. */
export type ShapeCheck = (value: unknown, path: ShapePath) => string | null

/** Checks a value from the top, naming the top `name` in the path of a wrong value. */
export const checkShape = (check: ShapeCheck, value: unknown, name: string): string | null => check(value, [name])

interface Field {
  check: ShapeCheck
  optional?: boolean
}

/** Every key of T must be listed, and no other (the object literal's excess-property check). */
type Fields<T> = { [K in keyof T]-?: Field }

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** An ISO 8601 instant with a time zone, as Date.toISOString writes it (other offsets are accepted). */
export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && Number.isFinite(Date.parse(value))
}

const is =
  (test: (value: unknown) => boolean): ShapeCheck =>
  (value, path) =>
    test(value) ? null : path.join('.')

export const aString = is((value) => typeof value === 'string')
export const aNumber = is((value) => typeof value === 'number' && Number.isFinite(value))
export const aBoolean = is((value) => typeof value === 'boolean')
export const aCount = is((value) => typeof value === 'number' && Number.isInteger(value) && value >= 0)
export const anInstant = is(isIsoInstant)
export const aLocalDate = is(isLocalDate)
export const oneOf = (allowed: readonly unknown[]): ShapeCheck => is((value) => allowed.includes(value))
/** Any JSON value: after JSON.parse, everything that is present is one. */
export const anything: ShapeCheck = () => null

export const required = (check: ShapeCheck): Field => ({ check })
export const optional = (check: ShapeCheck): Field => ({ check, optional: true })

export function arrayOf(item: ShapeCheck): ShapeCheck {
  return (value, path) => {
    if (!Array.isArray(value)) return path.join('.')
    for (let i = 0; i < value.length; i++) {
      path.push(i)
      const wrong = item(value[i], path)
      path.pop()
      if (wrong !== null) return wrong
    }
    return null
  }
}

export function objectWith(fields: Record<string, Field>): ShapeCheck {
  const known = Object.keys(fields)
  return (value, path) => {
    if (!isPlainObject(value)) return path.join('.')
    for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) return [...path, key].join('.')
    for (const key of known) {
      const field = fields[key]!
      if (!Object.hasOwn(value, key)) {
        if (field.optional) continue
        return [...path, key].join('.')
      }
      path.push(key)
      const wrong = field.check(value[key], path)
      path.pop()
      if (wrong !== null) return wrong
    }
    return null
  }
}

/** Typed form of objectWith: the compiler checks that the fields match T's keys exactly. */
const recordOf = <T>(fields: Fields<T>): ShapeCheck => objectWith(fields as Record<string, Field>)

const id = required(aString)

const morning = recordOf<MorningCheckIn>({
  painNow: optional(aNumber),
  stiffnessMinutes: optional(aNumber),
  nightPain: optional(aNumber),
  startUpPain: optional(aBoolean),
})

const activity = recordOf<ActivityEntry>({
  id,
  type: required(oneOf(ACTIVITY_TYPES)),
  otherName: optional(aString),
  minutes: required(aNumber),
  intensity: optional(oneOf(INTENSITIES)),
  painDuring: optional(aNumber),
  walkingMinutesBeforePain: optional(aNumber),
})

const exercise = recordOf<ExerciseEntry>({
  id,
  exerciseId: required(aString),
  sets: required(aNumber),
  reps: optional(aNumber),
  seconds: optional(aNumber),
  painDuring: optional(aNumber),
})

const medication = recordOf<MedicationEntry>({
  id,
  kind: required(oneOf(MEDICATION_KINDS)),
  doses: optional(aNumber),
  description: optional(aString),
})

const heavyLoad = recordOf<HeavyLoadEntry>({ id, kind: required(oneOf(HEAVY_LOAD_KINDS)) })

const note = recordOf<NoteEntry>({ id, text: required(aString) })

/** A day record exactly as the app stores it (lists present, even when empty). */
export const dayRecordShape: ShapeCheck = recordOf<DayRecord>({
  // A calendar date that does not exist is out of range, not a wrong type: validateDay reports it.
  date: required(aString),
  morning: optional(morning),
  worstPain: optional(aNumber),
  badPeriod: optional(aBoolean),
  weightKg: optional(aNumber),
  cigarettes: optional(aNumber),
  activities: required(arrayOf(activity)),
  exercises: required(arrayOf(exercise)),
  medication: required(arrayOf(medication)),
  heavyLoads: required(arrayOf(heavyLoad)),
  notes: required(arrayOf(note)),
  example: optional(aBoolean),
  updatedAt: required(anInstant),
})

/** A named setting; its value may be any JSON value (the plan, the profile, flags). */
export const settingShape: ShapeCheck = objectWith({
  key: required(is((value) => typeof value === 'string' && value.length > 0)),
  value: required(anything),
})
