import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/domain/dates'
import type { ActivityEntry, DayRecord } from '../../../src/domain/dayLog'
import { makeExampleDays } from '../../../src/domain/exampleData'
import { detectFlares, type FlareEpisode } from '../../../src/domain/flares'
import {
  classifyChange,
  compareBeforeFlares,
  compareNextDayPain,
  compareRecentWeeks,
  compareWeekdays,
  countNextMorningsBackToUsual,
  countNightPain,
  countPainDuringActivities,
  countStartUpPain,
  findPatterns,
  findPatternsInSteps,
  summariseMorningStiffness,
  type PatternInput,
} from '../../../src/domain/patterns'
import { makeDay } from '../../fixtures/days'

const START = '2026-06-01' // a Monday

/** `count` calendar days from START; `fill` returns a day's content, or null for a day not logged. */
function build(count: number, fill: (i: number) => Partial<DayRecord> | null): DayRecord[] {
  const days: DayRecord[] = []
  for (let i = 0; i < count; i++) {
    const content = fill(i)
    if (content) days.push(makeDay(addDays(START, i), content))
  }
  return days
}

/** The input every pattern takes, with flares found over the whole diary and today = the last day. */
function input(days: DayRecord[], today: string = days.at(-1)?.date ?? START, from?: string): PatternInput {
  return { days, flares: detectFlares(days), today, ...(from ? { from } : {}) }
}

const activity = (type: ActivityEntry['type'], minutes: number, painDuring?: number): ActivityEntry => ({
  id: `${type}-${minutes}-${painDuring}`,
  type,
  minutes,
  ...(painDuring === undefined ? {} : { painDuring }),
})
const exercise = { id: 'e', exerciseId: 'bridging', sets: 2, reps: 10 }

describe('compareBeforeFlares', () => {
  /** Flares (pain 7) start on days 30, 60 and 90; the 3 days before each hold a heavy load and a long walk. */
  function diaryWithThreeFlares(): DayRecord[] {
    const flareStarts = [30, 60, 90]
    return build(100, (i) => {
      if (flareStarts.some((start) => i === start || i === start + 1)) return { worstPain: 7 }
      const beforeFlare = flareStarts.some((start) => i >= start - 3 && i < start)
      return {
        worstPain: 3,
        activities: [activity('walking', beforeFlare && i % 3 === 2 ? 70 : 30)],
        heavyLoads: beforeFlare && i % 3 === 2 ? [{ id: 'h', kind: 'heavyWork' }] : [],
        exercises: !beforeFlare && i % 2 === 0 ? [exercise] : [],
      }
    })
  }

  it('compares the 3 days before each bad period with the usual 3 days', () => {
    const days = diaryWithThreeFlares()
    expect(detectFlares(days).map((flare) => flare.start)).toEqual([addDays(START, 30), addDays(START, 60), addDays(START, 90)])
    const result = compareBeforeFlares(input(days))
    if (result.status !== 'ok') throw new Error('expected enough data')
    expect(result.flares).toBe(3)
    expect(result.before).toMatchObject({ windows: 3, heavyLoadShare: 1, longWalkShare: 1, noExerciseDayShare: 1, medianMinutes: 130 })
    expect(result.before.byType.walking).toEqual({ share: 1, medianMinutes: 130 })
    expect(result.before.byType.cycling).toEqual({ share: 0, medianMinutes: 0 })
    expect(result.usual.windows).toBeGreaterThan(60)
    expect(result.usual).toMatchObject({ heavyLoadShare: 0, longWalkShare: 0, medianMinutes: 90 })
    expect(result.usual.noExerciseDayShare).toBeGreaterThan(0.4)
    expect(result.usual.noExerciseDayShare).toBeLessThan(0.6)
  })

  it('counts "long standing or walking" as a long walk', () => {
    const days = diaryWithThreeFlares().map((day) =>
      day.heavyLoads.length > 0 ? { ...day, activities: [], heavyLoads: [{ id: 'h', kind: 'longStandingOrWalking' as const }] } : day,
    )
    const result = compareBeforeFlares(input(days))
    expect(result.status === 'ok' && result.before.longWalkShare).toBe(1)
  })

  // When the next bad period comes is a forecast about the illness: the wait is told in counts, never weeks.
  it('waits for a third bad period, saying how many were found and how many are needed', () => {
    const days = build(56, (i) => ({ worstPain: [20, 21, 40, 41].includes(i) ? 7 : 3 }))
    expect(detectFlares(days)).toHaveLength(2)
    const result = compareBeforeFlares(input(days))
    expect(result).toEqual({ status: 'tooFewFlares', needed: 3, found: 2, counted: 2 })
    expect(result).not.toHaveProperty('weeksMissing')
  })

  it('says none was found yet, with no time estimate, before any bad period is seen', () => {
    const days = build(14, () => ({ worstPain: 3 }))
    expect(compareBeforeFlares(input(days))).toEqual({ status: 'tooFewFlares', needed: 3, found: 0, counted: 0 })
  })

  it('looks only at bad periods that start in the chosen period, and counts the one reaching into it apart', () => {
    const days = diaryWithThreeFlares()
    // From day 31 the first bad period (days 30–31) still reaches into the period but began before it.
    expect(compareBeforeFlares(input(days, undefined, addDays(START, 31)))).toEqual({ status: 'tooFewFlares', needed: 3, found: 3, counted: 2 })
    expect(compareBeforeFlares(input(days, undefined, addDays(START, 45)))).toEqual({ status: 'tooFewFlares', needed: 3, found: 2, counted: 2 })
  })

  it('does not count a bad period with nothing logged in the 3 days before it', () => {
    // The patient marks day 0 as a bad period (no days before it); two more start on days 30 and 60.
    const days = build(70, (i) => (i === 0 ? { worstPain: 7, badPeriod: true } : { worstPain: [30, 31, 60, 61].includes(i) ? 7 : 3 }))
    expect(detectFlares(days).map((flare) => flare.start)).toEqual([START, addDays(START, 30), addDays(START, 60)])
    expect(compareBeforeFlares(input(days))).toEqual({ status: 'tooFewFlares', needed: 3, found: 3, counted: 2 })
  })

  it('still waits in weeks of daily logging for ordinary days to compare with once there are bad periods enough', () => {
    // Three bad periods close together (given as episodes): only day 1 is an ordinary day with ordinary days before it.
    const days = build(13, () => ({ worstPain: 3 }))
    const episode = (first: number): FlareEpisode => ({
      start: addDays(START, first),
      end: addDays(START, first + 1),
      endLogged: true,
      open: false,
      durationDays: 2,
      peak: 7,
      baseline: 3,
      selfMarked: true,
    })
    const flares = [episode(2), episode(6), episode(10)]
    expect(compareBeforeFlares({ days, flares, today: addDays(START, 12) })).toEqual({ status: 'notEnoughData', weeksMissing: 1 })
  })
})

describe('compareNextDayPain', () => {
  // Cycling every third day; the day after cycling has worst pain 4, all other days 3.
  const days = build(42, (i) => ({
    worstPain: i % 3 === 1 ? 4 : 3,
    activities: i % 3 === 0 ? [activity('cycling', 40)] : i === 5 || i === 11 ? [activity('swimming', 30)] : [],
  }))

  it('gives the median next-day pain after an activity type and without it, with the days behind each', () => {
    const result = compareNextDayPain(input(days))
    if (result.status !== 'ok') throw new Error('expected enough data')
    expect(result.byType[0]).toEqual({
      type: 'cycling',
      status: 'ok',
      after: { days: 14, medianNextDayWorstPain: 4 },
      without: { days: 27, medianNextDayWorstPain: 3 },
    })
  })

  it('lists a type done too rarely as not enough data, and leaves out types never done', () => {
    const result = compareNextDayPain(input(days))
    if (result.status !== 'ok') throw new Error('expected enough data')
    expect(result.byType.map((entry) => entry.type)).toEqual(['cycling', 'swimming'])
    expect(result.byType[1]).toMatchObject({ type: 'swimming', status: 'notEnoughData', daysAfter: 2 })
    // Twice in 6 weeks: three more swims take about 9 weeks.
    expect(result.byType[1]).toMatchObject({ weeksMissing: 9 })
  })

  it('says not enough data when no activity has been logged', () => {
    const quiet = build(10, () => ({ worstPain: 3 }))
    expect(compareNextDayPain(input(quiet)).status).toBe('notEnoughData')
  })

  it('never uses a day after today as the next day', () => {
    // Cycling on day 39: its next day is day 40.
    const result = compareNextDayPain(input(days, addDays(START, 40)))
    expect(result.status === 'ok' && result.byType[0]!.status === 'ok' && result.byType[0]!.after.days).toBe(14)
    const earlier = compareNextDayPain(input(days, addDays(START, 39)))
    expect(earlier.status === 'ok' && earlier.byType[0]!.status === 'ok' && earlier.byType[0]!.after.days).toBe(13)
  })
})

describe('countPainDuringActivities', () => {
  it('sorts pain during activities into the traffic light: 0–2, 3–5 and above 5', () => {
    const days = build(3, (i) => ({
      activities: [
        [activity('walking', 20, 0), activity('cycling', 20, 2)],
        [activity('walking', 20, 3), activity('gardening', 60, 5), activity('walking', 30)],
        [activity('gardening', 90, 6), activity('walking', 20, 8)],
      ][i]!,
    }))
    expect(countPainDuringActivities(input(days))).toEqual({ status: 'ok', activities: 6, safe: 2, acceptable: 2, tooMuch: 2, tooMuchShare: 1 / 3 })
  })

  it('waits for at least 5 activities with pain during logged', () => {
    const days = build(14, (i) => (i % 7 === 0 ? { activities: [activity('walking', 20, 2)] } : { worstPain: 3 }))
    // Two in two weeks: the three still missing take about 3 weeks.
    expect(countPainDuringActivities(input(days))).toEqual({ status: 'notEnoughData', weeksMissing: 3 })
  })

  it('counts only activities from the start of the chosen period', () => {
    const days = build(20, (i) => ({ activities: [activity('walking', 20, i < 10 ? 8 : 1)] }))
    const result = countPainDuringActivities(input(days, undefined, addDays(START, 10)))
    expect(result).toMatchObject({ status: 'ok', activities: 10, safe: 10, tooMuch: 0 })
  })
})

describe('countNextMorningsBackToUsual', () => {
  it('compares the morning after each activity day with the usual morning pain', () => {
    // Mornings at 2 for ten days; then activity on even days, followed by mornings 2, 4, 2, 4, 2.
    const nextMornings: Record<number, number> = { 11: 2, 13: 4, 15: 2, 17: 4, 19: 2 }
    const days = build(20, (i) => ({
      morning: { painNow: nextMornings[i] ?? 2 },
      activities: i >= 10 && i % 2 === 0 ? [activity('walking', 30)] : [],
    }))
    expect(countNextMorningsBackToUsual(input(days))).toEqual({ status: 'ok', days: 5, backToUsual: 3, backToUsualShare: 0.6 })
  })

  it('needs a usual morning level before judging a morning', () => {
    const days = build(8, (i) => ({ morning: { painNow: 2 }, activities: i % 2 === 0 ? [activity('walking', 30)] : [] }))
    expect(countNextMorningsBackToUsual(input(days)).status).toBe('notEnoughData')
  })
})

describe('compareRecentWeeks', () => {
  it.each([
    [-3, 'muchBetter'],
    [-2, 'muchBetter'],
    [-1.5, 'noticeablyBetter'],
    [-1, 'noticeablyBetter'],
    [-0.5, 'aboutTheSame'],
    [0, 'aboutTheSame'],
    [0.5, 'aboutTheSame'],
    [1, 'noticeablyWorse'],
    [2, 'muchWorse'],
  ])('puts a change of %s points in the band %s', (difference, band) => {
    expect(classifyChange(difference)).toBe(band)
  })

  it('compares the median worst pain of the last 4 weeks with the 4 before', () => {
    const days = build(56, (i) => ({ worstPain: i < 28 ? 5 : 3 }))
    expect(compareRecentWeeks(input(days))).toEqual({
      status: 'ok',
      recent: { from: addDays(START, 28), to: addDays(START, 55), days: 28, medianWorstPain: 3 },
      previous: { from: START, to: addDays(START, 27), days: 28, medianWorstPain: 5 },
      difference: -2,
      band: 'muchBetter',
    })
  })

  it('estimates the weeks until both 4-week windows hold 10 logged days', () => {
    const twoWeeks = build(14, () => ({ worstPain: 3 }))
    expect(compareRecentWeeks(input(twoWeeks))).toEqual({ status: 'notEnoughData', weeksMissing: 4 })
    expect(compareRecentWeeks({ days: [], flares: [], today: START })).toEqual({ status: 'notEnoughData', weeksMissing: 6 })
  })

  it('counts only logged days, so a sparse window is not enough', () => {
    const days = build(56, (i) => (i < 28 && i % 4 !== 0 ? null : { worstPain: 3 })) // 7 days in the first window
    expect(compareRecentWeeks(input(days)).status).toBe('notEnoughData')
  })
})

describe('compareWeekdays', () => {
  it('gives the median worst pain for each weekday, Monday first', () => {
    const days = build(28, (i) => ({ worstPain: i % 7 === 0 ? 5 : 3 }))
    const result = compareWeekdays(input(days))
    if (result.status !== 'ok') throw new Error('expected enough data')
    expect(result.weekdays[0]).toEqual({ weekday: 0, days: 4, medianWorstPain: 5 })
    expect(result.weekdays.slice(1).every((entry) => entry.medianWorstPain === 3 && entry.days === 4)).toBe(true)
    expect(result.overallMedianWorstPain).toBe(3)
  })

  it('waits until every weekday has been logged 4 times', () => {
    const days = build(21, () => ({ worstPain: 3 }))
    expect(compareWeekdays(input(days))).toEqual({ status: 'notEnoughData', weeksMissing: 1 })
  })
})

describe('night pain, start-up pain and morning stiffness', () => {
  const nightPain = [0, 0, 2, 3, 0, 5, 0, 0, 1, 0]
  const stiffness = [10, 30, 45, 20, 5, 15, 29, 60, 10, 10]
  const days = build(10, (i) => ({
    morning: { nightPain: nightPain[i], stiffnessMinutes: stiffness[i], startUpPain: i < 4 ? true : i < 8 ? false : undefined },
  }))

  it('counts the nights with night pain and their median pain', () => {
    expect(countNightPain(input(days))).toEqual({ status: 'ok', mornings: 10, nightsWithPain: 4, share: 0.4, medianOnPainNights: 2.5 })
  })

  it('counts the mornings with start-up pain among those answered', () => {
    expect(countStartUpPain(input(days))).toEqual({ status: 'ok', mornings: 8, daysWithStartUpPain: 4, share: 0.5 })
  })

  it('counts mornings with stiffness of 30 minutes or more as longer than typical', () => {
    expect(summariseMorningStiffness(input(days))).toEqual({
      status: 'ok',
      mornings: 10,
      medianMinutes: 17.5,
      longerThanTypical: 3,
      longerThanTypicalShare: 0.3,
    })
  })

  it('waits for a week of mornings', () => {
    const few = days.slice(0, 5)
    expect(countNightPain(input(few))).toEqual({ status: 'notEnoughData', weeksMissing: 1 })
  })
})

describe('findPatterns', () => {
  const tenYears = makeExampleDays({ end: '2026-11-24', days: 3650, seed: 10 })
  const tenYearInput = (): PatternInput => ({ days: tenYears, flares: detectFlares(tenYears), today: '2026-11-24' })

  it('gives the same answers as the single patterns', () => {
    const all = findPatterns(tenYearInput())
    expect(all.beforeFlares).toEqual(compareBeforeFlares(tenYearInput()))
    expect(all.nextDayPain).toEqual(compareNextDayPain(tenYearInput()))
    expect(all.changeOverTime).toEqual(compareRecentWeeks(tenYearInput()))
    expect(all.morningStiffness).toEqual(summariseMorningStiffness(tenYearInput()))
  })

  it('gives the same answers worked out in steps, pausing after indexing and after each group of patterns', () => {
    const steps = findPatternsInSteps(tenYearInput())
    let pauses = 0
    let step = steps.next()
    for (; !step.done; step = steps.next()) pauses++
    expect(pauses).toBeGreaterThan(3)
    expect(step.value).toEqual(findPatterns(tenYearInput()))
  })

  it('finds heavy loads more often before the example diary’s bad periods than usual', () => {
    const { beforeFlares } = findPatterns(tenYearInput())
    if (beforeFlares.status !== 'ok') throw new Error('expected enough data')
    expect(beforeFlares.flares).toBeGreaterThan(40)
    expect(beforeFlares.before.heavyLoadShare).toBeGreaterThan(beforeFlares.usual.heavyLoadShare)
  })

  it('runs flare detection and every pattern over ten years of days within the time budget', () => {
    let fastest = Infinity
    for (let run = 0; run < 3; run++) {
      const started = performance.now()
      findPatterns(tenYearInput())
      fastest = Math.min(fastest, performance.now() - started)
    }
    // The budget is 50 ms on a phone-class CPU; this generous bound only catches accidental quadratic work.
    expect(fastest).toBeLessThan(100)
  })

  it('says "not enough data" for every pattern in a new diary, in counts for the one that waits for bad periods', () => {
    const { beforeFlares, ...others } = findPatterns({ days: build(2, () => ({ worstPain: 3 })), flares: [], today: addDays(START, 1) })
    expect(beforeFlares).toEqual({ status: 'tooFewFlares', needed: 3, found: 0, counted: 0 })
    for (const result of Object.values(others)) expect(result.status).toBe('notEnoughData')
  })
})
