import { describe, expect, it } from 'vitest'
import { DEFAULT_EXERCISES } from '../../../src/domain/exerciseDefaults'
import {
  activityKey,
  activityMinutes,
  defaultActivityGoal,
  defaultPlan,
  type Plan,
  type Profile,
} from '../../../src/domain/plan'
import { validatePlan, validateProfile } from '../../../src/domain/planValidation'
import { makeDay, nextId } from '../../fixtures/days'

const TODAY = '2026-11-24'

const codes = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`)

describe('defaultPlan', () => {
  it('gives an active patient cycling on 5 days a week for 30 minutes', () => {
    expect(defaultPlan(TODAY, 'active').activities).toEqual([{ type: 'cycling', daysPerWeek: 5, minutesPerDay: 30 }])
  })

  it('gives an untrained patient a lower start of 3 days a week for 15 minutes', () => {
    expect(defaultPlan(TODAY, 'untrained').activities).toEqual([{ type: 'cycling', daysPerWeek: 3, minutesPerDay: 15 }])
  })

  it('starts with the six easy library exercises on two days a week', () => {
    const { programme } = defaultPlan(TODAY, 'untrained')
    expect(programme.daysPerWeek).toBe(2)
    expect(programme.exercises).toEqual(DEFAULT_EXERCISES)
  })

  it('records the start date and level and no build-up decisions yet', () => {
    expect(defaultPlan(TODAY, 'active')).toMatchObject({ startedOn: TODAY, level: 'active', buildUpDecisions: [] })
  })

  it('hands out a fresh copy, so editing one plan never changes the defaults', () => {
    const plan = defaultPlan(TODAY, 'active')
    plan.programme.exercises[0]!.sets = 4
    plan.activities[0]!.minutesPerDay = 45
    expect(defaultPlan(TODAY, 'active').programme.exercises[0]!.sets).toBe(DEFAULT_EXERCISES[0]!.sets)
    expect(defaultPlan(TODAY, 'active').activities[0]!.minutesPerDay).toBe(30)
  })

  it('passes its own validation at both levels', () => {
    expect(validatePlan(defaultPlan(TODAY, 'active'))).toEqual([])
    expect(validatePlan(defaultPlan(TODAY, 'untrained'))).toEqual([])
  })

  it('offers a per-activity default that keeps the name of an other activity', () => {
    expect(defaultActivityGoal('swimming', 'active')).toEqual({ type: 'swimming', daysPerWeek: 5, minutesPerDay: 30 })
    expect(defaultActivityGoal('other', 'untrained', 'Dansen')).toEqual({ type: 'other', otherName: 'Dansen', daysPerWeek: 3, minutesPerDay: 15 })
  })
})

describe('activities', () => {
  it('names an other activity by its name, ignoring case and spaces around it', () => {
    expect(activityKey({ type: 'cycling' })).toBe('cycling')
    expect(activityKey({ type: 'other', otherName: '  Dansen ' })).toBe(activityKey({ type: 'other', otherName: 'dansen' }))
    expect(activityKey({ type: 'other', otherName: 'Dansen' })).not.toBe(activityKey({ type: 'other', otherName: 'Yoga' }))
  })

  it('adds up the minutes of one activity over all its entries of a day', () => {
    const day = makeDay(TODAY, {
      activities: [
        { id: nextId(), type: 'cycling', minutes: 20 },
        { id: nextId(), type: 'walking', minutes: 40 },
        { id: nextId(), type: 'cycling', minutes: 15 },
      ],
    })
    expect(activityMinutes(day, { type: 'cycling' })).toBe(35)
    expect(activityMinutes(day, { type: 'swimming' })).toBe(0)
    expect(activityMinutes(undefined, { type: 'cycling' })).toBe(0)
  })
})

describe('validatePlan', () => {
  const plan = (changes: Partial<Plan> = {}): Plan => ({ ...defaultPlan(TODAY, 'active'), ...changes })

  it('accepts the limits themselves', () => {
    const edges = plan({
      activities: [
        { type: 'walking', daysPerWeek: 1, minutesPerDay: 1 },
        { type: 'swimming', daysPerWeek: 7, minutesPerDay: 600 },
      ],
      programme: {
        daysPerWeek: 7,
        exercises: [
          { exerciseId: 'bridging', sets: 1, reps: 1 },
          { exerciseId: 'clamshell', sets: 10, reps: 50 },
          { exerciseId: 'single-leg-stance', sets: 2, seconds: 5 },
          { exerciseId: 'hip-flexor-stretch', sets: 2, seconds: 120 },
        ],
      },
    })
    expect(validatePlan(edges)).toEqual([])
  })

  it('refuses days and minutes outside 1–7 and 1–600, and fractions', () => {
    const problems = validatePlan(
      plan({
        activities: [
          { type: 'walking', daysPerWeek: 0, minutesPerDay: 601 },
          { type: 'cycling', daysPerWeek: 8, minutesPerDay: 0 },
          { type: 'swimming', daysPerWeek: 2.5, minutesPerDay: 30.5 },
        ],
      }),
    )
    expect(codes(problems)).toEqual([
      'activities.0.daysPerWeek:daysPerWeek',
      'activities.0.minutesPerDay:minutesPerDay',
      'activities.1.daysPerWeek:daysPerWeek',
      'activities.1.minutesPerDay:minutesPerDay',
      'activities.2.daysPerWeek:daysPerWeek',
      'activities.2.minutesPerDay:minutesPerDay',
    ])
  })

  it('asks for a name for an other activity and refuses the same activity twice', () => {
    const problems = validatePlan(
      plan({
        activities: [
          { type: 'other', otherName: '  ', daysPerWeek: 2, minutesPerDay: 20 },
          { type: 'other', otherName: 'Dansen', daysPerWeek: 2, minutesPerDay: 20 },
          { type: 'other', otherName: 'dansen ', daysPerWeek: 2, minutesPerDay: 20 },
          { type: 'cycling', daysPerWeek: 2, minutesPerDay: 20 },
          { type: 'cycling', daysPerWeek: 2, minutesPerDay: 20 },
          { type: 'other', otherName: 'x'.repeat(61), daysPerWeek: 2, minutesPerDay: 20 },
        ],
      }),
    )
    expect(codes(problems)).toEqual([
      'activities.0.otherName:otherName',
      'activities.2.type:duplicateActivity',
      'activities.4.type:duplicateActivity',
      'activities.5.otherName:otherName',
    ])
  })

  it('refuses an unknown activity type', () => {
    const problems = validatePlan(plan({ activities: [{ type: 'running' as never, daysPerWeek: 2, minutesPerDay: 20 }] }))
    expect(codes(problems)).toEqual(['activities.0.type:activityType'])
  })

  it('refuses sets, repetitions and seconds outside 1–10, 1–50 and 5–120', () => {
    const problems = validatePlan(
      plan({
        programme: {
          daysPerWeek: 2,
          exercises: [
            { exerciseId: 'bridging', sets: 0, reps: 51 },
            { exerciseId: 'clamshell', sets: 11, reps: 0 },
            { exerciseId: 'single-leg-stance', sets: 2, seconds: 4 },
            { exerciseId: 'hip-flexor-stretch', sets: 2, seconds: 121 },
          ],
        },
      }),
    )
    expect(codes(problems)).toEqual([
      'programme.exercises.0.sets:sets',
      'programme.exercises.0.reps:reps',
      'programme.exercises.1.sets:sets',
      'programme.exercises.1.reps:reps',
      'programme.exercises.2.seconds:seconds',
      'programme.exercises.3.seconds:seconds',
    ])
  })

  it('needs either repetitions or seconds for an exercise, an id, and each exercise once', () => {
    const problems = validatePlan(
      plan({
        programme: {
          daysPerWeek: 2,
          exercises: [
            { exerciseId: 'bridging', sets: 2 },
            { exerciseId: 'clamshell', sets: 2, reps: 8, seconds: 10 },
            { exerciseId: '', sets: 2, reps: 8 },
            { exerciseId: 'clamshell', sets: 2, reps: 8 },
          ],
        },
      }),
    )
    expect(codes(problems)).toEqual([
      'programme.exercises.0:exerciseDose',
      'programme.exercises.1:exerciseDose',
      'programme.exercises.2.exerciseId:exerciseId',
      'programme.exercises.3.exerciseId:duplicateExercise',
    ])
  })

  it('refuses exercise days outside 1–7, a broken start date and an unknown level', () => {
    const problems = validatePlan(plan({ programme: { daysPerWeek: 0, exercises: [] }, startedOn: '2026-02-30', level: 'athlete' as never }))
    expect(codes(problems)).toEqual(['programme.daysPerWeek:daysPerWeek', 'startedOn:invalidDate', 'level:level'])
  })

  it('reports a missing number as a problem, not as a crash', () => {
    const broken = plan({ activities: [{ type: 'walking' } as never], programme: { exercises: [{ exerciseId: 'bridging', reps: 8 } as never] } as never })
    expect(codes(validatePlan(broken))).toEqual([
      'activities.0.daysPerWeek:daysPerWeek',
      'activities.0.minutesPerDay:minutesPerDay',
      'programme.exercises.0.sets:sets',
      'programme.daysPerWeek:daysPerWeek',
    ])
  })
})

describe('validateProfile', () => {
  it('accepts an empty profile: every part of it is optional', () => {
    expect(validateProfile({}, TODAY)).toEqual([])
  })

  it('accepts the limits themselves and a decimal weight', () => {
    const profile: Profile = {
      heightCm: 100,
      currentWeightKg: 300,
      goalWeightKg: 30,
      smoking: { cigarettesPerDay: 100, quitDate: TODAY },
      usualMedication: 'Paracetamol 500 mg, tot 3 keer per dag 2 tabletten',
      nextAppointment: { date: '2027-01-15', with: 'surgeon' },
    }
    expect(validateProfile(profile, TODAY)).toEqual([])
    expect(validateProfile({ heightCm: 250, currentWeightKg: 82.4, smoking: { cigarettesPerDay: 0 } }, TODAY)).toEqual([])
  })

  it('refuses height outside 100–250 cm, weight outside 30–300 kg and cigarettes outside 0–100', () => {
    const profile: Profile = { heightCm: 99, currentWeightKg: 29.9, goalWeightKg: 301, smoking: { cigarettesPerDay: 101 } }
    expect(codes(validateProfile(profile, TODAY))).toEqual([
      'heightCm:heightCm',
      'currentWeightKg:weightKg',
      'goalWeightKg:weightKg',
      'smoking.cigarettesPerDay:cigarettesPerDay',
    ])
    expect(codes(validateProfile({ heightCm: 251, smoking: { cigarettesPerDay: 2.5 } }, TODAY))).toEqual([
      'heightCm:heightCm',
      'smoking.cigarettesPerDay:cigarettesPerDay',
    ])
  })

  it('refuses a quit date in the future but accepts a future appointment', () => {
    const profile: Profile = { smoking: { cigarettesPerDay: 10, quitDate: '2026-11-25' }, nextAppointment: { date: '2026-12-01', with: 'gp' } }
    expect(codes(validateProfile(profile, TODAY))).toEqual(['smoking.quitDate:futureDate'])
  })

  it('refuses dates that do not exist and an unknown care provider', () => {
    const profile = { smoking: { cigarettesPerDay: 10, quitDate: '2026-13-01' }, nextAppointment: { date: '31-12-2026', with: 'dentist' } } as never
    expect(codes(validateProfile(profile, TODAY))).toEqual([
      'smoking.quitDate:invalidDate',
      'nextAppointment.date:invalidDate',
      'nextAppointment.with:appointmentWith',
    ])
  })

  it('refuses a medication note longer than 500 characters', () => {
    expect(codes(validateProfile({ usualMedication: 'x'.repeat(501) }, TODAY))).toEqual(['usualMedication:textLength'])
    expect(validateProfile({ usualMedication: 'x'.repeat(500) }, TODAY)).toEqual([])
  })
})
