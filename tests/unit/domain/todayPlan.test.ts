import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, toLocalDate } from '../../../src/domain/dates'
import type { ActivityEntry, DayRecord, ExerciseEntry } from '../../../src/domain/dayLog'
import { defaultPlan, type Plan, type Profile } from '../../../src/domain/plan'
import {
  buildTodayPlan,
  LEARN_LINKS,
  todayPlanRange,
  type ActivityItem,
  type ExercisesItem,
  type PlanHint,
  type SmokeFreeItem,
  type TodayItem,
  type TodayPlan,
  type WeighInItem,
} from '../../../src/domain/todayPlan'
import { makeDay, nextId } from '../../fixtures/days'

// The week of Monday 23 to Sunday 29 November 2026.
const MON = '2026-11-23'
const TUE = '2026-11-24'
const WED = '2026-11-25'
const THU = '2026-11-26'
const SAT = '2026-11-28'
const SUN = '2026-11-29'
const PREVIOUS_SUN = '2026-11-22'

const cycling = (minutes = 30, painDuring?: number): ActivityEntry => ({ id: nextId(), type: 'cycling', minutes, painDuring })
const walking = (minutes = 30, painDuring?: number): ActivityEntry => ({ id: nextId(), type: 'walking', minutes, painDuring })
const exercise = (exerciseId: string, painDuring?: number): ExerciseEntry => ({ id: nextId(), exerciseId, sets: 2, reps: 8, painDuring })

/** Cycling 5 × 30 a week and exercises twice a week. */
const activePlan = (): Plan => defaultPlan('2026-11-01', 'active')

function build(days: DayRecord[], today: string, plan: Plan = activePlan(), profile: Profile = {}): TodayPlan {
  return buildTodayPlan({ plan, profile, days, today })
}

function item<K extends TodayItem['kind']>(plan: TodayPlan, kind: K, key?: string): Extract<TodayItem, { kind: K }> | undefined {
  return plan.items.find((i) => i.kind === kind && (key === undefined || i.key === key)) as Extract<TodayItem, { kind: K }> | undefined
}
const cyclingItem = (plan: TodayPlan) => item(plan, 'activity', 'activity:cycling') as ActivityItem
const exercisesItem = (plan: TodayPlan) => item(plan, 'exercises') as ExercisesItem
const hint = <K extends PlanHint['kind']>(plan: TodayPlan, kind: K) => plan.hints.find((h) => h.kind === kind) as Extract<PlanHint, { kind: K }> | undefined

describe('today’s checklist', () => {
  it('lists the check-ins, every activity goal and the exercises on a Monday with nothing logged', () => {
    const plan = { ...activePlan(), activities: [...activePlan().activities, { type: 'walking' as const, daysPerWeek: 3, minutesPerDay: 20 }] }
    const today = build([], MON, plan)
    expect(today.items.map((i) => i.key)).toEqual(['morning', 'activity:cycling', 'activity:walking', 'exercises', 'evening'])
    expect(today.items.every((i) => i.required && !i.done)).toBe(true)
    expect(today).toMatchObject({ date: MON, weekStart: MON, hints: [], badPeriod: false })
  })

  it('marks the morning check-in done as soon as any of its values is logged, also a "no"', () => {
    expect(item(build([makeDay(TUE, { morning: { startUpPain: false } })], TUE), 'morningCheckIn')!.done).toBe(true)
    expect(item(build([makeDay(TUE, { morning: {} })], TUE), 'morningCheckIn')!.done).toBe(false)
  })

  it('marks the evening check-in done when the worst pain is logged, also a 0', () => {
    expect(item(build([makeDay(TUE, { worstPain: 0 })], TUE), 'eveningCheckIn')!.done).toBe(true)
    expect(item(build([makeDay(TUE, { morning: { painNow: 3 } })], TUE), 'eveningCheckIn')!.done).toBe(false)
  })
})

describe('activity goals across the week', () => {
  it('puts cycling on Thursday’s list after 3 of 5 days, with its minutes', () => {
    const days = [MON, TUE, WED].map((date) => makeDay(date, { activities: [cycling()] }))
    expect(cyclingItem(build(days, THU))).toMatchObject({
      kind: 'activity',
      type: 'cycling',
      minutesPerDay: 30,
      minutesToday: 0,
      doneDays: 3,
      targetDays: 5,
      required: true,
      done: false,
      learnLink: { page: 'treatment-without-surgery', anchor: 'daily-movement' },
    })
  })

  it('ticks the goal off when it is logged today and counts today in the days done', () => {
    const days = [MON, TUE, WED].map((date) => makeDay(date, { activities: [cycling()] }))
    days.push(makeDay(THU, { activities: [cycling(20), cycling(15)] }))
    expect(cyclingItem(build(days, THU))).toMatchObject({ doneDays: 4, minutesToday: 35, done: true, required: true })
  })

  it('shows a goal met early in the week as met, no longer required, and still lets today count', () => {
    const plan = { ...activePlan(), activities: [{ type: 'cycling' as const, daysPerWeek: 2, minutesPerDay: 30 }] }
    const days = [MON, TUE].map((date) => makeDay(date, { activities: [cycling()] }))
    expect(cyclingItem(build(days, WED, plan))).toMatchObject({ doneDays: 2, targetDays: 2, required: false, done: false })
    days.push(makeDay(WED, { activities: [cycling()] }))
    expect(cyclingItem(build(days, WED, plan))).toMatchObject({ doneDays: 3, required: false, done: true })
  })

  it('keeps a goal required on the day that meets it', () => {
    const days = [MON, TUE, WED, THU].map((date) => makeDay(date, { activities: [cycling()] }))
    days.push(makeDay('2026-11-27', { activities: [cycling()] }))
    expect(cyclingItem(build(days, '2026-11-27'))).toMatchObject({ doneDays: 5, required: true, done: true })
  })

  it('counts Monday to Saturday on a Sunday', () => {
    const days = [MON, WED, SAT].map((date) => makeDay(date, { activities: [cycling()] }))
    expect(cyclingItem(build(days, SUN))).toMatchObject({ doneDays: 3, required: true })
  })

  it('starts counting again on Monday: last week’s days never count for this week', () => {
    const lastWeek = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', PREVIOUS_SUN]
    const days = lastWeek.map((date) => makeDay(date, { activities: [cycling()] }))
    expect(cyclingItem(build(days, PREVIOUS_SUN))).toMatchObject({ doneDays: 6, required: false })
    expect(cyclingItem(build(days, MON))).toMatchObject({ doneDays: 0, required: true, done: false })
  })

  it('counts only the activity of the goal, and an other activity by its name in any case', () => {
    const plan = { ...activePlan(), activities: [{ type: 'other' as const, otherName: 'Dansen', daysPerWeek: 2, minutesPerDay: 30 }] }
    const days = [
      makeDay(MON, { activities: [walking()] }),
      makeDay(TUE, { activities: [{ id: nextId(), type: 'other', otherName: 'dansen', minutes: 25 }] }),
      makeDay(WED, { activities: [{ id: nextId(), type: 'other', otherName: 'Yoga', minutes: 25 }] }),
    ]
    expect(item(build(days, THU, plan), 'activity')).toMatchObject({ key: 'activity:other:dansen', otherName: 'Dansen', doneDays: 1 })
    expect(cyclingItem(build(days, THU))).toMatchObject({ doneDays: 0 })
  })

  it('ignores days after today', () => {
    const days = [makeDay(THU, { activities: [cycling()], exercises: [exercise('bridging')] })]
    expect(cyclingItem(build(days, WED))).toMatchObject({ doneDays: 0, done: false })
    expect(exercisesItem(build(days, WED))).toMatchObject({ doneDays: 0 })
  })
})

describe('exercise days', () => {
  it('lists the programme’s exercises while fewer exercise days than planned are logged', () => {
    const days = [makeDay(MON, { exercises: [exercise('bridging')] })]
    const item = exercisesItem(build(days, WED))
    expect(item).toMatchObject({ doneDays: 1, targetDays: 2, required: true, done: false, learnLink: LEARN_LINKS.hipExercises })
    expect(item.exercises.map((e) => e.exerciseId)).toEqual(activePlan().programme.exercises.map((e) => e.exerciseId))
    expect(item.exercises[0]).toEqual({ exerciseId: 'bridging', sets: 2, reps: 8, done: false })
  })

  it('marks the exercises done today, and each exercise that has an entry', () => {
    const days = [makeDay(WED, { exercises: [exercise('bridging'), exercise('sit-to-stand')] })]
    const item = exercisesItem(build(days, WED))
    expect(item).toMatchObject({ doneDays: 1, done: true })
    expect(item.exercises.filter((e) => e.done).map((e) => e.exerciseId)).toEqual(['bridging', 'sit-to-stand'])
  })

  it('no longer requires exercise once the planned days are reached this week', () => {
    const days = [MON, TUE].map((date) => makeDay(date, { exercises: [exercise('bridging')] }))
    expect(exercisesItem(build(days, WED))).toMatchObject({ doneDays: 2, required: false, done: false })
    expect(exercisesItem(build(days, '2026-11-30'))).toMatchObject({ doneDays: 0, required: true })
  })

  it('leaves the exercises off the list when the programme is empty', () => {
    const plan = { ...activePlan(), programme: { exercises: [], daysPerWeek: 2 } }
    expect(item(build([], WED, plan), 'exercises')).toBeUndefined()
  })
})

describe('weekly weigh-in', () => {
  const profile: Profile = { currentWeightKg: 88, goalWeightKg: 82 }

  it('is left off when the patient tracks no weight', () => {
    expect(item(build([], MON, activePlan(), {}), 'weighIn')).toBeUndefined()
  })

  it('is due when no weight is logged yet this week, with the goal weight', () => {
    const days = [makeDay(PREVIOUS_SUN, { weightKg: 88 })]
    expect(item(build(days, MON, activePlan(), profile), 'weighIn')).toMatchObject({ required: true, done: false, goalWeightKg: 82, learnLink: LEARN_LINKS.weight })
    expect(item(build([], THU, activePlan(), { currentWeightKg: 88 }), 'weighIn')).toMatchObject({ done: false })
  })

  it('is done on the day the weight is logged, and gone for the rest of the week', () => {
    const days = [makeDay(TUE, { weightKg: 87.6 })]
    expect(item(build(days, TUE, activePlan(), profile), 'weighIn')).toMatchObject<Partial<WeighInItem>>({ done: true, weightKg: 87.6 })
    expect(item(build(days, WED, activePlan(), profile), 'weighIn')).toBeUndefined()
    expect(item(build(days, SUN, activePlan(), profile), 'weighIn')).toBeUndefined()
    expect(item(build(days, '2026-11-30', activePlan(), profile), 'weighIn')).toMatchObject({ done: false })
  })
})

describe('smoke-free day count', () => {
  const quitOn = (quitDate: string): Profile => ({ smoking: { cigarettesPerDay: 15, quitDate } })

  it('is left off for someone without a quit date, or with a quit date still to come', () => {
    expect(item(build([], WED, activePlan(), { smoking: { cigarettesPerDay: 15 } }), 'smokeFree')).toBeUndefined()
    expect(item(build([], WED, activePlan(), quitOn(THU)), 'smokeFree')).toBeUndefined()
  })

  it('counts the days since the quit date, over month and year ends', () => {
    expect(item(build([], WED, activePlan(), quitOn(WED)), 'smokeFree')).toMatchObject({ daysSinceQuit: 0, quitDate: WED })
    expect(item(build([], WED, activePlan(), quitOn('2026-10-25')), 'smokeFree')).toMatchObject({ daysSinceQuit: 31 })
    expect(item(build([], '2027-01-02', activePlan(), quitOn('2026-12-30')), 'smokeFree')).toMatchObject({ daysSinceQuit: 3 })
  })

  it('says whether cigarettes were logged on or after the quit date', () => {
    const before = [makeDay(MON, { cigarettes: 12 })]
    expect((item(build(before, WED, activePlan(), quitOn(TUE)), 'smokeFree') as SmokeFreeItem).cigarettesLoggedSince).toBe(false)
    const after = [...before, makeDay(TUE, { cigarettes: 2 })]
    expect((item(build(after, WED, activePlan(), quitOn(TUE)), 'smokeFree') as SmokeFreeItem).cigarettesLoggedSince).toBe(true)
  })

  it('is information, not a task, and is done when today holds a logged 0', () => {
    expect(item(build([], WED, activePlan(), quitOn(MON)), 'smokeFree')).toMatchObject({ required: false, done: false })
    expect(item(build([makeDay(WED, { cigarettes: 0 })], WED, activePlan(), quitOn(MON)), 'smokeFree')).toMatchObject({ done: true })
  })
})

describe('pain-rule hints', () => {
  it('says so when yesterday’s pain during an activity was above 5, pointing at the traffic light', () => {
    const today = build([makeDay(TUE, { activities: [walking(30, 3), cycling(30, 6)] })], WED)
    expect(hint(today, 'yesterdayPainHigh')).toEqual({
      key: 'yesterdayPainHigh',
      kind: 'yesterdayPainHigh',
      painDuring: 6,
      during: { kind: 'activity', type: 'cycling' },
      learnLink: { page: 'moving-with-pain', anchor: 'traffic-light' },
    })
  })

  it('stays quiet at a pain of 5, which the traffic light calls acceptable', () => {
    expect(build([makeDay(TUE, { activities: [cycling(30, 5)], exercises: [exercise('bridging', 5)] })], WED).hints).toEqual([])
  })

  it('also counts pain during yesterday’s exercises', () => {
    const today = build([makeDay(TUE, { exercises: [exercise('step-up', 7)] })], WED)
    expect(hint(today, 'yesterdayPainHigh')).toMatchObject({ painDuring: 7, during: { kind: 'exercise', exerciseId: 'step-up' } })
  })

  it('looks at yesterday only, also when yesterday was Sunday of the week before', () => {
    const days = [makeDay(PREVIOUS_SUN, { activities: [cycling(30, 8)] })]
    expect(hint(build(days, MON), 'yesterdayPainHigh')?.painDuring).toBe(8)
    expect(hint(build(days, TUE), 'yesterdayPainHigh')).toBeUndefined()
  })

  it('never changes the checklist: the hint is shown, the plan stays', () => {
    const days = [makeDay(TUE, { activities: [cycling(30, 9)] })]
    expect(build(days, WED).items).toEqual(build([makeDay(TUE, { activities: [cycling(30, 1)] })], WED).items)
  })

  /** Morning pain on each of the days before `today`, nearest first. */
  const mornings = (today: string, scores: number[]) => scores.map((painNow, i) => makeDay(addDays(today, -(i + 1)), { morning: { painNow } }))

  it('says so when this morning’s pain is above the usual of the last 14 days, with both numbers', () => {
    const days = [...mornings(WED, [2, 3, 3, 4, 2]), makeDay(WED, { morning: { painNow: 4 } })]
    expect(hint(build(days, WED), 'morningAboveUsual')).toEqual({
      key: 'morningAboveUsual',
      kind: 'morningAboveUsual',
      usual: 3,
      today: 4,
      learnLink: { page: 'moving-with-pain', anchor: 'next-morning-rule' },
    })
  })

  it('stays quiet when this morning’s pain equals the usual, or no pain is logged this morning', () => {
    expect(hint(build([...mornings(WED, [2, 3, 3, 4, 2]), makeDay(WED, { morning: { painNow: 3 } })], WED), 'morningAboveUsual')).toBeUndefined()
    expect(hint(build([...mornings(WED, [2, 3, 3, 4, 2]), makeDay(WED, { morning: { stiffnessMinutes: 20 } })], WED), 'morningAboveUsual')).toBeUndefined()
  })

  it('needs at least 5 logged mornings before it knows what usual is', () => {
    expect(hint(build([...mornings(WED, [1, 1, 1, 1]), makeDay(WED, { morning: { painNow: 9 } })], WED), 'morningAboveUsual')).toBeUndefined()
  })

  it('takes the middle of an even number of mornings, and ignores mornings more than 14 days back', () => {
    const scores = [2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4] // 14 mornings: usual 3
    const days = [...mornings(WED, scores), makeDay(addDays(WED, -15), { morning: { painNow: 4 } }), makeDay(WED, { morning: { painNow: 4 } })]
    expect(hint(build(days, WED), 'morningAboveUsual')).toMatchObject({ usual: 3, today: 4 })
  })

  it('skips days without a morning score when it counts the mornings', () => {
    const days = [
      ...mornings(WED, [2, 2, 2, 2]),
      makeDay(addDays(WED, -5), { worstPain: 8 }),
      makeDay(addDays(WED, -6), { morning: { painNow: 2 } }),
      makeDay(WED, { morning: { painNow: 3 } }),
    ]
    expect(hint(build(days, WED), 'morningAboveUsual')).toMatchObject({ usual: 2, today: 3 })
  })
})

describe('bad periods', () => {
  it('flags today and the day after a self-marked bad day, pointing at what helps', () => {
    const days = [makeDay(TUE, { badPeriod: true })]
    expect(build(days, TUE).badPeriod).toBe(true)
    expect(build(days, WED).badPeriod).toBe(true)
    expect(hint(build(days, WED), 'badPeriod')?.learnLink).toEqual({ page: 'flare-ups', anchor: 'what-helps' })
    expect(build(days, THU).badPeriod).toBe(false)
    expect(build([makeDay(TUE, { badPeriod: false })], TUE).badPeriod).toBe(false)
  })

  it('repeats the patient’s own note of their usual medication during a bad period only', () => {
    const profile: Profile = { usualMedication: 'Paracetamol zoals het ziekenhuis adviseerde' }
    const days = [makeDay(TUE, { badPeriod: true })]
    expect(hint(build(days, TUE, activePlan(), profile), 'usualMedication')).toEqual({
      key: 'usualMedication',
      kind: 'usualMedication',
      medication: 'Paracetamol zoals het ziekenhuis adviseerde',
      learnLink: { page: 'pain-medication', anchor: 'paracetamol' },
    })
    expect(hint(build([], TUE, activePlan(), profile), 'usualMedication')).toBeUndefined()
    expect(hint(build(days, TUE, activePlan(), { usualMedication: '   ' }), 'usualMedication')).toBeUndefined()
  })
})

describe('links to the explanation', () => {
  const headingAnchors = (lang: string, page: string) =>
    [...readFileSync(new URL(`../../../content/${lang}/${page}.md`, import.meta.url), 'utf8').matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1])

  it('point at a section that exists in both the Dutch and the English page', () => {
    for (const link of Object.values(LEARN_LINKS)) {
      for (const lang of ['nl', 'en']) expect(headingAnchors(lang, link.page), `${lang}/${link.page}#${link.anchor}`).toContain(link.anchor)
    }
  })

  it('give every item and hint a link from that list', () => {
    const profile: Profile = { goalWeightKg: 80, smoking: { cigarettesPerDay: 5, quitDate: MON }, usualMedication: 'paracetamol' }
    const days = [makeDay(TUE, { badPeriod: true, activities: [cycling(30, 7)] }), ...[1, 2, 3, 4, 5].map((n) => makeDay(addDays(TUE, -n), { morning: { painNow: 1 } }))]
    days.push(makeDay(WED, { morning: { painNow: 5 } }))
    const today = build(days, WED, activePlan(), profile)
    expect(today.items.map((i) => i.kind)).toEqual(['morningCheckIn', 'activity', 'exercises', 'weighIn', 'smokeFree', 'eveningCheckIn'])
    expect(today.hints.map((h) => h.kind)).toEqual(['yesterdayPainHigh', 'morningAboveUsual', 'badPeriod', 'usualMedication'])
    const known = Object.values(LEARN_LINKS)
    for (const entry of [...today.items, ...today.hints]) expect(known, entry.key).toContainEqual(entry.learnLink)
  })
})

describe('the dates it needs', () => {
  it('asks for this week, yesterday and the 14 days before today, whichever reaches back furthest', () => {
    expect(todayPlanRange(WED)).toEqual({ from: '2026-11-11', to: WED })
    expect(todayPlanRange(MON)).toEqual({ from: '2026-11-09', to: MON })
  })
})

describe('local calendar days in Europe/Amsterdam', () => {
  // Dates are 'YYYY-MM-DD' strings made from the local clock, so the daylight-saving changes cannot
  // move a log to another day; these tests run in the Dutch time zone to show it.
  const originalTimeZone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'Europe/Amsterdam'
  })
  afterAll(() => {
    if (originalTimeZone === undefined) delete process.env.TZ
    else process.env.TZ = originalTimeZone
  })

  const hoursInLocalDay = (y: number, m: number, d: number) => (new Date(y, m, d + 1).getTime() - new Date(y, m, d).getTime()) / 3_600_000
  const everyHourOf = (y: number, m: number, d: number) =>
    Array.from({ length: hoursInLocalDay(y, m, d) }, (_, h) => toLocalDate(new Date(new Date(y, m, d).getTime() + h * 3_600_000 + 30 * 60_000)))

  it('runs in a zone where the clocks change on 29 March and 25 October 2026', () => {
    expect(hoursInLocalDay(2026, 2, 29)).toBe(23)
    expect(hoursInLocalDay(2026, 9, 25)).toBe(25)
  })

  it('puts a log at 00:30 on the night the clocks go forward on that Sunday, in the week that started Monday', () => {
    const today = toLocalDate(new Date(2026, 2, 29, 0, 30))
    expect(today).toBe('2026-03-29')
    const days = [
      makeDay('2026-03-28', { activities: [cycling(30, 7)] }),
      makeDay(today, { activities: [cycling()] }),
    ]
    const plan = build(days, today)
    expect(plan.weekStart).toBe('2026-03-23')
    expect(cyclingItem(plan)).toMatchObject({ doneDays: 2, done: true })
    expect(hint(plan, 'yesterdayPainHigh')?.painDuring).toBe(7)
  })

  it('keeps every hour of the 23-hour and the 25-hour day on that one date', () => {
    expect(new Set(everyHourOf(2026, 2, 29))).toEqual(new Set(['2026-03-29']))
    expect(new Set(everyHourOf(2026, 9, 25))).toEqual(new Set(['2026-10-25']))
  })

  it('starts a new week at 00:30 on the Monday after each change', () => {
    for (const [monday, sunday] of [[new Date(2026, 2, 30, 0, 30), '2026-03-29'], [new Date(2026, 9, 26, 0, 30), '2026-10-25']] as const) {
      const today = toLocalDate(monday)
      const plan = build([makeDay(sunday, { activities: [cycling()], exercises: [exercise('bridging')] })], today)
      expect(plan.weekStart).toBe(today)
      expect(cyclingItem(plan).doneDays).toBe(0)
      expect(exercisesItem(plan).doneDays).toBe(0)
    }
  })

  it('counts a log at 23:30 on the 25-hour Sunday in that Sunday’s week', () => {
    const sunday = toLocalDate(new Date(2026, 9, 25, 23, 30))
    const days = ['2026-10-19', '2026-10-21', sunday].map((date) => makeDay(date, { activities: [cycling()] }))
    expect(cyclingItem(build(days, sunday))).toMatchObject({ doneDays: 3, done: true })
  })

  it('finds exactly 14 mornings for the usual pain across a clock change', () => {
    const today = toLocalDate(new Date(2026, 10, 1, 8, 0)) // Sunday 1 November, a week after the change
    const scores = [2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4] // 18 to 31 October: usual 3
    const days = scores.map((painNow, i) => makeDay(addDays(today, -(i + 1)), { morning: { painNow } }))
    days.push(makeDay('2026-10-17', { morning: { painNow: 4 } }), makeDay(today, { morning: { painNow: 4 } }))
    expect(days.some((d) => d.date === '2026-10-25')).toBe(true)
    expect(hint(build(days, today), 'morningAboveUsual')).toMatchObject({ usual: 3, today: 4 })
  })
})
