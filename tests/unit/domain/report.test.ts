import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/domain/dates'
import type { DayRecord } from '../../../src/domain/dayLog'
import { makeExampleDays } from '../../../src/domain/exampleData'
import { detectFlares } from '../../../src/domain/flares'
import { defaultPlan, type Plan } from '../../../src/domain/plan'
import { activityGoalForWeek, buildReport, defaultReportPeriod, type ReportInput } from '../../../src/domain/report'
import { daysArb } from '../../fixtures/backupData'
import { makeDay } from '../../fixtures/days'

// 2026-11-02 is a Monday.
const MONDAY = '2026-11-02'
const day = (offset: number, changes: Partial<DayRecord>) => makeDay(addDays(MONDAY, offset), changes)

const plan: Plan = {
  ...defaultPlan('2026-10-01', 'untrained'),
  activities: [
    { type: 'cycling', daysPerWeek: 3, minutesPerDay: 20 },
    { type: 'walking', daysPerWeek: 2, minutesPerDay: 15 },
  ],
  programme: { exercises: [], daysPerWeek: 2 },
}

const input = (changes: Partial<ReportInput>): ReportInput => ({ days: [], plan, profile: null, from: MONDAY, to: addDays(MONDAY, 13), flares: [], ...changes })

describe('defaultReportPeriod', () => {
  it('starts on the day of the last appointment when it has passed', () => {
    expect(defaultReportPeriod({ nextAppointment: { date: '2026-09-15', with: 'gp' } }, '2026-11-24')).toEqual({
      from: '2026-09-15',
      to: '2026-11-24',
      basis: 'lastAppointment',
    })
  })

  it('covers the last 12 calendar weeks when the appointment is today, still to come, or unknown', () => {
    const twelveWeeks = { from: '2026-09-07', to: '2026-11-24', basis: 'recentWeeks' } // 2026-11-24 is a Tuesday
    expect(defaultReportPeriod(null, '2026-11-24')).toEqual(twelveWeeks)
    expect(defaultReportPeriod({ nextAppointment: { date: '2026-11-24', with: 'surgeon' } }, '2026-11-24')).toEqual(twelveWeeks)
    expect(defaultReportPeriod({ nextAppointment: { date: '2026-12-10', with: 'surgeon' } }, '2026-11-24')).toEqual(twelveWeeks)
  })
})

describe('buildReport, per week', () => {
  const days = [
    day(0, { worstPain: 4, morning: { painNow: 3, stiffnessMinutes: 20, nightPain: 0, startUpPain: true }, activities: [{ id: 'a', type: 'cycling', minutes: 30, walkingMinutesBeforePain: 25 }] }),
    day(1, { worstPain: 6, morning: { stiffnessMinutes: 40, nightPain: 4, startUpPain: false }, exercises: [{ id: 'e', exerciseId: 'bridging', sets: 2, reps: 10 }] }),
    day(2, {
      worstPain: 7,
      morning: { nightPain: 2, startUpPain: true },
      medication: [
        { id: 'p', kind: 'paracetamol', doses: 2 },
        { id: 'o', kind: 'otherPainkiller', description: 'naproxen' },
      ],
      cigarettes: 5,
      activities: [{ id: 'w', type: 'walking', minutes: 20, walkingMinutesBeforePain: 10 }],
    }),
    day(3, { cigarettes: 0, medication: [{ id: 'p2', kind: 'paracetamol' }], badPeriod: true }),
    day(4, { cigarettes: 0, medication: [{ id: 'i', kind: 'injection', description: ' cortison ' }] }),
  ]

  it('gives the median and worst pain, stiffness, night pain, start-up pain and bad-period marks', () => {
    const [week] = buildReport(input({ days })).weeks
    expect(week).toMatchObject({
      weekStart: MONDAY,
      daysInPeriod: 7,
      loggedDays: 5,
      worstPain: { median: 6, highest: 7, days: 3 },
      morningPain: { median: 3, days: 1 },
      stiffness: { medianMinutes: 30, days: 2 },
      nightPain: { nights: 2, logged: 3 },
      startUpPain: { days: 2, logged: 3 },
      markedBadDays: 1,
    })
  })

  it('gives activity minutes against the goal, exercise days and walking tolerance', () => {
    const [week] = buildReport(input({ days })).weeks
    expect(week?.activityMinutes).toEqual({ total: 50, byType: { cycling: 30, swimming: 0, gardening: 0, walking: 20, other: 0 } })
    expect(week).toMatchObject({ activityGoalMinutes: 3 * 20 + 2 * 15, exerciseDays: 1, exerciseGoalDays: 2, walkingTolerance: { medianMinutes: 17.5, entries: 2 } })
  })

  it('gives painkiller days, injections, cigarettes and smoke-free days', () => {
    const report = buildReport(input({ days }))
    expect(report.weeks[0]).toMatchObject({
      painkillerDays: 2,
      paracetamolDays: 2,
      otherPainkillerDays: 1,
      injections: 1,
      cigarettes: { total: 5, loggedDays: 3, smokeFreeDays: 2, medianPerLoggedDay: 0 },
    })
    expect(report.injections).toEqual([{ date: addDays(MONDAY, 4), description: 'cortison' }])
  })

  it('lists every week of the period, empty weeks included, with partial weeks marked', () => {
    const report = buildReport(input({ days, from: addDays(MONDAY, 3), to: addDays(MONDAY, 15) }))
    expect(report.weeks.map((w) => [w.weekStart, w.daysInPeriod, w.loggedDays])).toEqual([
      [MONDAY, 4, 2],
      [addDays(MONDAY, 7), 7, 0],
      [addDays(MONDAY, 14), 2, 0],
    ])
    expect(report.weeks[1]?.worstPain).toEqual({ median: null, highest: null, days: 0 })
    expect(report.period).toEqual({ from: addDays(MONDAY, 3), to: addDays(MONDAY, 15), calendarDays: 13, loggedDays: 2 })
  })

  it('adds up the weeks to the figures of the whole period', () => {
    fc.assert(
      fc.property(daysArb(60), (diary) => {
        const report = buildReport(input({ days: diary, from: '2016-01-01', to: '2026-11-24' }))
        const sum = (pick: (figures: (typeof report.weeks)[number]) => number) => report.weeks.reduce((total, week) => total + pick(week), 0)
        expect(sum((w) => w.loggedDays)).toBe(report.total.loggedDays)
        expect(sum((w) => w.activityMinutes.total)).toBe(report.total.activityMinutes.total)
        expect(sum((w) => w.painkillerDays)).toBe(report.total.painkillerDays)
        expect(sum((w) => w.cigarettes.smokeFreeDays)).toBe(report.total.cigarettes.smokeFreeDays)
        expect(sum((w) => w.daysInPeriod)).toBe(report.period.calendarDays)
        expect(report.total.loggedDays).toBe(diary.length)
      }),
      { numRuns: 100 },
    )
  })
})

describe('activityGoalForWeek', () => {
  it('uses the minutes that held in that week, before and after an accepted build-up step', () => {
    const grown: Plan = {
      ...plan,
      activities: [{ type: 'cycling', daysPerWeek: 3, minutesPerDay: 25 }],
      buildUpDecisions: [
        { activity: { type: 'cycling' }, weekStart: '2026-11-09', decidedOn: '2026-11-10', decision: 'accepted', fromMinutes: 20, toMinutes: 25 },
        { activity: { type: 'cycling' }, weekStart: '2026-11-16', decidedOn: '2026-11-16', decision: 'declined', fromMinutes: 25, toMinutes: 30 },
      ],
    }
    expect(activityGoalForWeek(grown, '2026-11-02')).toBe(60)
    expect(activityGoalForWeek(grown, '2026-11-09')).toBe(75)
    expect(activityGoalForWeek(grown, '2026-11-16')).toBe(75)
  })

  it('has no goal before the plan started or without a plan', () => {
    expect(activityGoalForWeek(plan, '2026-09-21')).toBeNull()
    expect(activityGoalForWeek(plan, '2026-09-28')).toBe(90) // the plan started on Thursday 1 October
    expect(activityGoalForWeek(null, MONDAY)).toBeNull()
  })
})

describe('buildReport, for the whole period', () => {
  it('keeps the bad periods that overlap the period, with the days inside it', () => {
    const flares = [
      { start: '2026-10-28', end: '2026-11-03', durationDays: 7, peak: 8 },
      { start: '2026-11-10', end: '2026-11-12', durationDays: 3, peak: null },
      { start: '2026-12-01', end: '2026-12-02', durationDays: 2, peak: 7 },
    ]
    expect(buildReport(input({ flares })).flares).toEqual({
      count: 2,
      totalDaysInPeriod: 5,
      episodes: [
        { start: '2026-10-28', end: '2026-11-03', durationDays: 7, daysInPeriod: 2, peak: 8 },
        { start: '2026-11-10', end: '2026-11-12', durationDays: 3, daysInPeriod: 3, peak: null },
      ],
    })
  })

  it('gives the weight change, and the BMI change only when the height is known', () => {
    const days = [day(1, { weightKg: 84.3 }), day(5, { weightKg: 83.1 }), day(9, { weightKg: 82.2 })]
    const withHeight = buildReport(input({ days, profile: { heightCm: 175 } })).weight
    expect(withHeight).toEqual({
      first: { date: addDays(MONDAY, 1), kg: 84.3 },
      last: { date: addDays(MONDAY, 9), kg: 82.2 },
      changeKg: -2.1,
      heightCm: 175,
      bmiFirst: 27.5,
      bmiLast: 26.8,
      bmiChange: -0.7,
    })
    expect(buildReport(input({ days })).weight).toMatchObject({ changeKg: -2.1, bmiFirst: null, bmiChange: null })
    expect(buildReport(input({})).weight).toMatchObject({ first: null, changeKg: null })
  })

  it('builds the timeline of what has been tried, from the whole diary, oldest first', () => {
    const diary = [
      makeDay('2026-05-04', { medication: [{ id: '1', kind: 'paracetamol', doses: 1 }] }),
      makeDay('2026-06-10', { notes: [{ id: 'n', text: 'Eerste keer bij de fysiotherapeut.' }] }),
      makeDay('2026-07-01', { medication: [{ id: '2', kind: 'otherPainkiller', description: 'diclofenac' }, { id: '3', kind: 'paracetamol' }] }),
      makeDay('2026-08-20', { medication: [{ id: '4', kind: 'injection', description: 'corticosteroïd' }] }),
      makeDay('2026-12-01', { medication: [{ id: '5', kind: 'injection' }] }), // after the period: not yet tried
    ]
    const report = buildReport(
      input({ days: diary, plan: { ...plan, startedOn: '2026-04-01' }, profile: { nextAppointment: { date: '2026-09-15', with: 'surgeon' } } }),
    )
    expect(report.timeline).toEqual([
      { date: '2026-04-01', kind: 'planStarted' },
      { date: '2026-05-04', kind: 'firstParacetamol' },
      { date: '2026-06-10', kind: 'physiotherapyNote', text: 'Eerste keer bij de fysiotherapeut.' },
      { date: '2026-07-01', kind: 'firstOtherPainkiller', text: 'diclofenac' },
      { date: '2026-08-20', kind: 'injection', text: 'corticosteroïd' },
      { date: '2026-09-15', kind: 'appointment', with: 'surgeon' },
    ])
  })

  it("passes on the period's notes, the smoking profile and the usual medication in the patient's words", () => {
    const days = [day(0, { notes: [{ id: 'n1', text: 'Trap was zwaar.' }, { id: 'n2', text: '  ' }] })]
    const report = buildReport(input({ days, profile: { smoking: { cigarettesPerDay: 6, quitDate: '2026-11-01' }, usualMedication: ' paracetamol 3x daags ' } }))
    expect(report.notes).toEqual([{ date: MONDAY, id: 'n1', text: 'Trap was zwaar.' }])
    expect(report.smokingProfile).toEqual({ cigarettesPerDay: 6, quitDate: '2026-11-01' })
    expect(report.usualMedication).toBe('paracetamol 3x daags')
  })

  it('takes the bad periods as detectFlares finds them in the example diary', () => {
    const diary = makeExampleDays({ end: '2026-11-24', days: 200, seed: 3 })
    const flares = detectFlares(diary)
    const period = defaultReportPeriod(null, '2026-11-24')
    const report = buildReport({ days: diary, plan, profile: null, ...period, flares })
    const expected = flares.filter((f) => f.start <= period.to && f.end >= period.from)
    expect(report.flares.count).toBe(expected.length)
    expect(report.flares.episodes.map((e) => e.start)).toEqual(expected.map((f) => f.start))
    expect(report.weeks).toHaveLength(12)
  })
})
