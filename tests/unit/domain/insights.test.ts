import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/domain/dates'
import { figuresOf } from '../../../src/domain/dayFigures'
import type { DayRecord } from '../../../src/domain/dayLog'
import { makeExampleDays } from '../../../src/domain/exampleData'
import { detectFlares } from '../../../src/domain/flares'
import { findPatterns, type BeforeFlares } from '../../../src/domain/patterns'
import { isInsightPeriod, LEAD_DAYS, periodStart, readFrom, resolutionOf, type InsightPeriod } from '../../../src/domain/insightPeriods'
import { beforeFlareItems, bodyMassIndex, buildInsights, patternsFor, weeklyGoals } from '../../../src/domain/insights'
import { defaultPlan } from '../../../src/domain/plan'
import { makeDay } from '../../fixtures/days'

const TODAY = '2026-11-25' // a Wednesday; its week starts on Monday 23 November

function insightsOf(days: DayRecord[], period: InsightPeriod = '4w', heightCm?: number) {
  return buildInsights({ days: days.map(figuresOf), period, today: TODAY, profile: heightCm ? { heightCm } : {} })
}

describe('the period', () => {
  it.each([
    ['4w', '2026-11-02'],
    ['3m', '2026-08-31'],
    ['12m', '2025-12-01'],
  ] as const)('starts the %s period on the Monday that makes it whole weeks up to this week', (period, monday) => {
    expect(periodStart(period, TODAY)).toBe(monday)
    expect(readFrom(period, TODAY)).toBe(addDays(monday, -LEAD_DAYS))
  })

  it('reads the whole diary for everything, starting on the Monday of the first logged week', () => {
    expect(periodStart('all', TODAY)).toBeNull()
    expect(readFrom('all', TODAY)).toBeUndefined()
    const insights = insightsOf([makeDay('2026-10-08', { worstPain: 3 })], 'all')
    expect(insights.from).toBe('2026-10-05')
    expect(insights.weeks.map((week) => week.weekStart)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'])
  })

  it('draws short periods per day and a year or more per week', () => {
    expect(resolutionOf('4w')).toBe('day')
    expect(resolutionOf('3m')).toBe('day')
    expect(resolutionOf('12m')).toBe('week')
    expect(resolutionOf('all')).toBe('week')
  })

  it('accepts only the four periods from the address', () => {
    expect(['4w', '3m', '12m', 'all'].every(isInsightPeriod)).toBe(true)
    expect(isInsightPeriod('2w')).toBe(false)
    expect(isInsightPeriod(undefined)).toBe(false)
  })
})

describe('buildInsights', () => {
  it('gives a row for every logged day of the period and none for days before it or not logged', () => {
    const days = [makeDay('2026-10-30', { worstPain: 8 }), makeDay('2026-11-02', { worstPain: 4 }), makeDay('2026-11-04', { worstPain: 6, morning: { painNow: 3 } })]
    const insights = insightsOf(days)
    expect(insights.days.map((row) => [row.date, row.worstPain, row.morningPain])).toEqual([
      ['2026-11-02', 4, null],
      ['2026-11-04', 6, 3],
    ])
    expect(insights.loggedDays).toBe(2)
    expect(insights.loggedDaysRead).toBe(3)
  })

  it('adds the median of the 7 calendar days ending on each day, counting the days just before the period', () => {
    const days = [makeDay('2026-10-30', { worstPain: 9 }), makeDay('2026-11-02', { worstPain: 3 }), makeDay('2026-11-03', { worstPain: 4 }), makeDay('2026-11-10', { worstPain: 5 })]
    const medians = insightsOf(days).days.map((row) => row.medianWorstPain)
    // 2 Nov: 30 Oct (9) and 2 Nov (3); 3 Nov: 9, 3, 4; 10 Nov: only itself (the others are 7+ days back).
    expect(medians).toEqual([6, 4, 5])
  })

  it('sums each week from Monday to Sunday and leaves weeks without a log empty, not zero', () => {
    const days = [
      makeDay('2026-11-02', { activities: [{ id: 'a', type: 'walking', minutes: 30 }], exercises: [{ id: 'e', exerciseId: 'bridging', sets: 2, reps: 10 }] }),
      makeDay('2026-11-08', { activities: [{ id: 'b', type: 'cycling', minutes: 45 }, { id: 'c', type: 'walking', minutes: 15 }] }),
      makeDay('2026-11-16', { worstPain: 3 }),
    ]
    const weeks = insightsOf(days).weeks
    expect(weeks.map((week) => [week.weekStart, week.days, week.activityMinutes, week.exerciseDays])).toEqual([
      ['2026-11-02', 2, 90, 1],
      ['2026-11-09', 0, null, null],
      ['2026-11-16', 1, 0, 0],
      ['2026-11-23', 0, null, null],
    ])
  })

  it('counts night pain, start-up pain and smoke-free days only over the mornings and days that answered', () => {
    const days = [
      makeDay('2026-11-02', { morning: { nightPain: 0, startUpPain: true }, cigarettes: 0 }),
      makeDay('2026-11-03', { morning: { nightPain: 3 }, cigarettes: 4 }),
      makeDay('2026-11-04', { morning: { nightPain: 2, startUpPain: false } }),
      makeDay('2026-11-05', { worstPain: 4 }),
    ]
    const [week] = insightsOf(days).weeks
    expect(week).toMatchObject({ nightsAnswered: 3, nightsWithPain: 2, startUpAnswered: 2, startUpDays: 1, cigaretteDays: 2, smokeFreeDays: 1, medianCigarettes: 2 })
  })

  it('works out BMI from the weight and the height, and leaves it out without a height', () => {
    const days = [makeDay('2026-11-02', { weightKg: 80 }), makeDay('2026-11-09', { weightKg: 79 })]
    const withHeight = insightsOf(days, '4w', 175)
    expect(withHeight.days.map((row) => row.bmi)).toEqual([26.1, 25.8])
    expect(withHeight.latestWeight).toEqual({ date: '2026-11-09', kg: 79, bmi: 25.8 })
    expect(insightsOf(days).latestWeight?.bmi).toBeNull()
    expect(bodyMassIndex(80, 0)).toBeNull()
  })

  it('counts painkiller days and puts injections on the time axis', () => {
    const days = [
      makeDay('2026-11-02', { medication: [{ id: 'p', kind: 'paracetamol', doses: 2 }] }),
      makeDay('2026-11-03', { medication: [{ id: 'o', kind: 'otherPainkiller' }, { id: 'p2', kind: 'paracetamol' }] }),
      makeDay('2026-11-04', { medication: [{ id: 'i', kind: 'injection' }] }),
    ]
    const insights = insightsOf(days)
    expect(insights.weeks[0]).toMatchObject({ painkillerDays: 2, injections: 1 })
    expect(insights.injections).toEqual(['2026-11-04'])
    expect(insights.logged.painkillers).toBe(true)
  })

  it('takes weekly medians for the long periods', () => {
    const days = [makeDay('2026-11-16', { worstPain: 2, morning: { painNow: 1, stiffnessMinutes: 10 } }), makeDay('2026-11-17', { worstPain: 5 }), makeDay('2026-11-18', { worstPain: 4, morning: { painNow: 3, stiffnessMinutes: 30 } })]
    const insights = insightsOf(days, '12m')
    expect(insights.days).toEqual([])
    expect(insights.weeks).toHaveLength(52)
    expect(insights.weeks.at(-2)).toMatchObject({ painDays: 3, medianWorstPain: 4, morningPainDays: 2, medianMorningPain: 2, medianStiffnessMinutes: 20 })
  })

  it('finds the same bad periods, day for day, as detectFlares does over the whole diary', () => {
    const days = makeExampleDays({ end: TODAY, days: 400, seed: 11 })
    const all = detectFlares(days)
    for (const period of ['3m', '12m', 'all'] as const) {
      const from = readFrom(period, TODAY)
      const insights = buildInsights({ days: (from ? days.filter((day) => day.date >= from) : days).map(figuresOf), period, today: TODAY, profile: {} })
      expect(insights.flares.length).toBeGreaterThan(0)
      expect(insights.flares).toEqual(all.filter((flare) => flare.end >= insights.from))
    }
  })

  it('gives the same insights when handed the bad periods worked out beforehand', () => {
    const days = makeExampleDays({ end: TODAY, days: 400, seed: 11 })
    for (const period of ['3m', 'all'] as const) {
      const input = { days: days.map(figuresOf), period, today: TODAY, profile: { heightCm: 170 } }
      expect(buildInsights({ ...input, flares: detectFlares(days) })).toEqual(buildInsights(input))
    }
  })

  it('gives the patterns of the period from the days it read', () => {
    const days = makeExampleDays({ end: TODAY, days: 200, seed: 5 })
    const insights = buildInsights({ days: days.map(figuresOf), period: 'all', today: TODAY, profile: {} })
    expect(patternsFor(days, insights)).toEqual(findPatterns({ days, flares: detectFlares(days), today: TODAY, from: insights.from }))
  })

  it('says nothing was logged for an empty diary, with every week empty', () => {
    const insights = insightsOf([], '4w')
    expect(insights.loggedDays).toBe(0)
    expect(insights.weeks.every((week) => week.days === 0 && week.activityMinutes === null)).toBe(true)
    expect(insights.flares).toEqual([])
    expect(insights.latestWeight).toBeNull()
  })

  it('ignores days after today', () => {
    const insights = insightsOf([makeDay('2026-11-26', { worstPain: 5 })])
    expect(insights.loggedDays).toBe(0)
  })
})

describe('weeklyGoals', () => {
  it('adds up the plan’s activity goals and keeps the guideline lines', () => {
    const plan = defaultPlan(TODAY, 'active')
    plan.activities.push({ type: 'walking', daysPerWeek: 2, minutesPerDay: 20 })
    expect(weeklyGoals(plan)).toEqual({ activityMinutes: 5 * 30 + 2 * 20, guidelineActivityMinutes: 150, exerciseDays: plan.programme.daysPerWeek, guidelineExerciseDays: 2 })
    expect(weeklyGoals(null)).toEqual({ activityMinutes: null, guidelineActivityMinutes: 150, exerciseDays: null, guidelineExerciseDays: 2 })
  })
})

describe('beforeFlareItems', () => {
  const profile = (heavy: number, walk: number, noExercise: number, minutes: number, walkingShare: number): BeforeFlares['before'] => ({
    windows: 5,
    heavyLoadShare: heavy,
    longWalkShare: walk,
    noExerciseDayShare: noExercise,
    medianMinutes: minutes,
    byType: {
      cycling: { share: 0, medianMinutes: 0 },
      swimming: { share: 0, medianMinutes: 0 },
      gardening: { share: 0, medianMinutes: 0 },
      walking: { share: walkingShare, medianMinutes: 30 },
      other: { share: 0, medianMinutes: 0 },
    },
  })

  it('phrases a share 15 points or more higher before bad periods as "more often", and lower as "less often"', () => {
    const items = beforeFlareItems({ flares: 4, before: profile(0.75, 0.2, 0.5, 120, 0.5), usual: profile(0.1, 0.1, 0.3, 60, 0.6) })
    expect(items.map((item) => [item.key, item.direction])).toEqual([
      ['heavyLoad', 'more'],
      ['longWalk', 'same'],
      ['noExercise', 'more'],
      ['minutes', 'more'],
      ['walking', 'same'],
    ])
    const fewer = beforeFlareItems({ flares: 4, before: profile(0, 0, 0, 40, 0.2), usual: profile(0.3, 0, 0, 60, 0.6) })
    expect(fewer.find((item) => item.key === 'heavyLoad')?.direction).toBe('less')
    expect(fewer.find((item) => item.key === 'minutes')?.direction).toBe('less')
    expect(fewer.find((item) => item.key === 'walking')).toMatchObject({ before: 0.2, usual: 0.6, direction: 'less' })
  })

  it('does not call a few minutes more a difference', () => {
    const [, , , minutes] = beforeFlareItems({ flares: 3, before: profile(0, 0, 0, 70, 0), usual: profile(0, 0, 0, 60, 0) })
    expect(minutes).toMatchObject({ key: 'minutes', direction: 'same' })
  })
})
