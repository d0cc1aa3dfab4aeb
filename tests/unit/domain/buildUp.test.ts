import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/domain/dates'
import type { ActivityEntry, DayRecord } from '../../../src/domain/dayLog'
import { applyBuildUp, buildUpRange, nextBuildUpMinutes, suggestBuildUp } from '../../../src/domain/buildUp'
import { defaultPlan, type ActivityGoal, type Plan } from '../../../src/domain/plan'
import { makeDay, nextId } from '../../fixtures/days'

// Today is Wednesday 25 November 2026; the two full weeks before start on 9 and 16 November.
const TODAY = '2026-11-25'
const WEEK_1 = '2026-11-09'
const WEEK_2 = '2026-11-16'
const THIS_WEEK = '2026-11-23'

const planWith = (...activities: ActivityGoal[]): Plan => ({ ...defaultPlan('2026-10-01', 'active'), activities })
const cycling = (daysPerWeek = 5, minutesPerDay = 30): ActivityGoal => ({ type: 'cycling', daysPerWeek, minutesPerDay })

const entry = (type: ActivityEntry['type'], minutes: number, painDuring?: number): ActivityEntry => ({ id: nextId(), type, minutes, painDuring })

/** Logs the activity on the first `count` days of the week that starts on `monday`. */
function week(monday: string, count: number, log: () => ActivityEntry[]): DayRecord[] {
  return Array.from({ length: count }, (_, i) => makeDay(addDays(monday, i), { activities: log() }))
}

/** Two full weeks of cycling 5 × 30 with acceptable pain. */
const twoGoodWeeks = (minutes = 30, pain = 3): DayRecord[] => [
  ...week(WEEK_1, 5, () => [entry('cycling', minutes, pain)]),
  ...week(WEEK_2, 5, () => [entry('cycling', minutes, pain)]),
]

describe('nextBuildUpMinutes', () => {
  it('adds about 10% in whole 5 minutes, at least 5, up to an hour a day', () => {
    const steps = [10, 15, 30, 45, 50, 55, 58, 60, 90].map((from) => [from, nextBuildUpMinutes(from)])
    expect(steps).toEqual([
      [10, 15],
      [15, 20],
      [30, 35],
      [45, 50],
      [50, 55],
      [55, 60],
      [58, 60],
      [60, undefined],
      [90, undefined],
    ])
  })
})

describe('suggestBuildUp', () => {
  it('offers 30 → 35 minutes after two full weeks with the goal met and acceptable pain', () => {
    expect(suggestBuildUp({ plan: planWith(cycling()), days: twoGoodWeeks(), today: TODAY })).toEqual([{ goalIndex: 0, fromMinutes: 30, toMinutes: 35 }])
  })

  it('offers an untrained start of 3 × 15 a step to 20 minutes', () => {
    const days = [...week(WEEK_1, 3, () => [entry('cycling', 15)]), ...week(WEEK_2, 3, () => [entry('cycling', 15)])]
    expect(suggestBuildUp({ plan: planWith(cycling(3, 15)), days, today: TODAY })).toEqual([{ goalIndex: 0, fromMinutes: 15, toMinutes: 20 }])
  })

  it('offers nothing when one of the two weeks had a day too few', () => {
    const days = [...week(WEEK_1, 5, () => [entry('cycling', 30)]), ...week(WEEK_2, 4, () => [entry('cycling', 30)])]
    expect(suggestBuildUp({ plan: planWith(cycling()), days, today: TODAY })).toEqual([])
  })

  it('counts only days that reached the goal’s minutes, adding up that day’s entries', () => {
    expect(suggestBuildUp({ plan: planWith(cycling()), days: twoGoodWeeks(25), today: TODAY })).toEqual([])
    const split = [...week(WEEK_1, 5, () => [entry('cycling', 15), entry('cycling', 15)]), ...week(WEEK_2, 5, () => [entry('cycling', 30)])]
    expect(suggestBuildUp({ plan: planWith(cycling()), days: split, today: TODAY })).toHaveLength(1)
  })

  it('counts every day from Monday to Sunday of a full week', () => {
    const wednesdayToSunday = (monday: string) => week(addDays(monday, 2), 5, () => [entry('cycling', 30)])
    const days = [...wednesdayToSunday(WEEK_1), ...wednesdayToSunday(WEEK_2)]
    expect(days.at(-1)!.date).toBe('2026-11-22')
    expect(suggestBuildUp({ plan: planWith(cycling()), days, today: TODAY })).toHaveLength(1)
  })

  it('looks at the two full weeks before this one, not the current week', () => {
    const thisWeekOnly = week(THIS_WEEK, 3, () => [entry('cycling', 30)])
    const olderWeeks = [...week('2026-11-02', 5, () => [entry('cycling', 30)]), ...week(WEEK_2, 5, () => [entry('cycling', 30)])]
    expect(suggestBuildUp({ plan: planWith(cycling()), days: [...thisWeekOnly, ...olderWeeks], today: TODAY })).toEqual([])
  })

  it('offers nothing after pain above 5 during any activity or exercise, from those weeks up to today', () => {
    const plan = planWith(cycling())
    const painful = (date: string, changes: Partial<DayRecord>) => [...twoGoodWeeks().filter((d) => d.date !== date), makeDay(date, changes)]
    expect(suggestBuildUp({ plan, days: twoGoodWeeks(30, 5), today: TODAY })).toHaveLength(1)
    expect(suggestBuildUp({ plan, days: twoGoodWeeks(30, 6), today: TODAY })).toEqual([])
    expect(suggestBuildUp({ plan, days: painful(WEEK_1, { activities: [entry('cycling', 30), entry('walking', 20, 7)] }), today: TODAY })).toEqual([])
    const exerciseHurt = { activities: [entry('cycling', 30)], exercises: [{ id: nextId(), exerciseId: 'step-up', sets: 2, reps: 8, painDuring: 6 }] }
    expect(suggestBuildUp({ plan, days: painful(WEEK_2, exerciseHurt), today: TODAY })).toEqual([])
    expect(suggestBuildUp({ plan, days: [...twoGoodWeeks(), makeDay(THIS_WEEK, { activities: [entry('cycling', 30, 8)] })], today: TODAY })).toEqual([])
  })

  it('offers nothing after a day marked as a bad period, from those weeks up to today', () => {
    const plan = planWith(cycling())
    expect(suggestBuildUp({ plan, days: [...twoGoodWeeks(), makeDay('2026-11-14', { badPeriod: true })], today: TODAY })).toEqual([])
    expect(suggestBuildUp({ plan, days: [...twoGoodWeeks(), makeDay(TODAY, { badPeriod: true })], today: TODAY })).toEqual([])
    expect(suggestBuildUp({ plan, days: [...twoGoodWeeks(), makeDay('2026-11-08', { badPeriod: true })], today: TODAY })).toHaveLength(1)
  })

  it('offers nothing at or above an hour a day', () => {
    const days = [...week(WEEK_1, 5, () => [entry('cycling', 60)]), ...week(WEEK_2, 5, () => [entry('cycling', 60)])]
    expect(suggestBuildUp({ plan: planWith(cycling(5, 60)), days, today: TODAY })).toEqual([])
  })

  it('judges each goal on its own activity and names it by its position', () => {
    const plan = planWith({ type: 'walking', daysPerWeek: 2, minutesPerDay: 20 }, cycling(3, 40), { type: 'other', otherName: 'Tuinieren', daysPerWeek: 1, minutesPerDay: 45 })
    const days = [WEEK_1, WEEK_2].flatMap((monday) => [
      makeDay(monday, { activities: [entry('cycling', 40), entry('walking', 20)] }),
      makeDay(addDays(monday, 1), { activities: [entry('cycling', 40)] }),
      makeDay(addDays(monday, 2), { activities: [entry('cycling', 40), { ...entry('other', 45), otherName: 'tuinieren' }] }),
    ])
    expect(suggestBuildUp({ plan, days, today: TODAY })).toEqual([
      { goalIndex: 1, fromMinutes: 40, toMinutes: 45 },
      { goalIndex: 2, fromMinutes: 45, toMinutes: 50 },
    ])
  })

  it('counts a day passed in twice only once', () => {
    const days = [...week(WEEK_1, 4, () => [entry('cycling', 30)]), ...week(WEEK_2, 5, () => [entry('cycling', 30)])]
    days.push(days[0]!)
    expect(suggestBuildUp({ plan: planWith(cycling()), days, today: TODAY })).toEqual([])
  })

  it('asks for the two full weeks before this one up to today', () => {
    expect(buildUpRange(TODAY)).toEqual({ from: WEEK_1, to: TODAY })
    expect(buildUpRange('2026-11-29')).toEqual({ from: WEEK_1, to: '2026-11-29' })
    expect(buildUpRange('2026-11-30')).toEqual({ from: WEEK_2, to: '2026-11-30' })
  })
})

describe('applyBuildUp', () => {
  const suggestion = { goalIndex: 0, fromMinutes: 30, toMinutes: 35 }

  it('raises the minutes when the patient accepts, and records the answer for this week', () => {
    const plan = planWith(cycling(), { type: 'walking', daysPerWeek: 2, minutesPerDay: 20 })
    const next = applyBuildUp(plan, suggestion, 'accepted', TODAY)
    expect(next.activities).toEqual([cycling(5, 35), { type: 'walking', daysPerWeek: 2, minutesPerDay: 20 }])
    expect(next.buildUpDecisions).toEqual([
      { activity: { type: 'cycling' }, weekStart: THIS_WEEK, decidedOn: TODAY, decision: 'accepted', fromMinutes: 30, toMinutes: 35 },
    ])
  })

  it('only records the answer when the patient declines', () => {
    const plan = planWith(cycling())
    const next = applyBuildUp(plan, suggestion, 'declined', TODAY)
    expect(next.activities).toEqual([cycling()])
    expect(next.buildUpDecisions).toMatchObject([{ decision: 'declined', weekStart: THIS_WEEK }])
  })

  it('leaves the plan it was given untouched', () => {
    const plan = planWith(cycling())
    const copy = structuredClone(plan)
    applyBuildUp(plan, suggestion, 'accepted', TODAY)
    expect(plan).toEqual(copy)
  })

  it('stops offering for the rest of the week after either answer, and offers again the next week', () => {
    const days = twoGoodWeeks()
    const declined = applyBuildUp(planWith(cycling()), suggestion, 'declined', TODAY)
    expect(suggestBuildUp({ plan: declined, days, today: TODAY })).toEqual([])
    expect(suggestBuildUp({ plan: declined, days, today: '2026-11-29' })).toEqual([])
    const nextWeek = [...days.filter((d) => d.date >= WEEK_2), ...week(THIS_WEEK, 5, () => [entry('cycling', 30)])]
    expect(suggestBuildUp({ plan: declined, days: nextWeek, today: '2026-11-30' })).toEqual([suggestion])

    const accepted = applyBuildUp(planWith(cycling()), suggestion, 'accepted', TODAY)
    expect(suggestBuildUp({ plan: accepted, days, today: TODAY })).toEqual([])
  })

  it('waits for two full weeks at the new minutes before the next step', () => {
    const accepted = applyBuildUp(planWith(cycling()), suggestion, 'accepted', '2026-11-23')
    const atNewMinutes = (monday: string) => week(monday, 5, () => [entry('cycling', 35)])
    const oneWeek = [...twoGoodWeeks().filter((d) => d.date >= WEEK_2), ...atNewMinutes(THIS_WEEK)]
    expect(suggestBuildUp({ plan: accepted, days: oneWeek, today: '2026-11-30' })).toEqual([])
    const twoWeeks = [...atNewMinutes(THIS_WEEK), ...atNewMinutes('2026-11-30')]
    expect(suggestBuildUp({ plan: accepted, days: twoWeeks, today: '2026-12-07' })).toEqual([{ goalIndex: 0, fromMinutes: 35, toMinutes: 40 }])
  })

  it('refuses a suggestion that no longer fits the plan', () => {
    expect(() => applyBuildUp(planWith(cycling(5, 40)), suggestion, 'accepted', TODAY)).toThrow(RangeError)
    expect(() => applyBuildUp(planWith(), suggestion, 'declined', TODAY)).toThrow(RangeError)
  })

  it('keeps an answer with its activity when the goals are reordered', () => {
    const walkingGoal: ActivityGoal = { type: 'walking', daysPerWeek: 5, minutesPerDay: 30 }
    const answered = applyBuildUp(planWith(cycling(), walkingGoal), suggestion, 'declined', TODAY)
    const reordered = { ...answered, activities: [walkingGoal, cycling()] }
    const days = [WEEK_1, WEEK_2].flatMap((monday) => week(monday, 5, () => [entry('cycling', 30), entry('walking', 30)]))
    expect(suggestBuildUp({ plan: reordered, days, today: TODAY })).toEqual([{ goalIndex: 0, fromMinutes: 30, toMinutes: 35 }])
  })
})
