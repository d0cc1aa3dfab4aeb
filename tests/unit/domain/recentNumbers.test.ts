import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/domain/dates'
import type { DayRecord } from '../../../src/domain/dayLog'
import { detectFlares } from '../../../src/domain/flares'
import { recentNumbers, recentReadFrom } from '../../../src/domain/recentNumbers'
import { makeDay } from '../../fixtures/days'

const TODAY = '2026-11-24'

/** Worst pain for the days ending today, oldest first; null leaves a day out. */
function diary(pains: (number | null)[], extra: (i: number) => Partial<DayRecord> = () => ({})): DayRecord[] {
  const first = addDays(TODAY, -(pains.length - 1))
  return pains.flatMap((pain, i) => (pain === null ? [] : [makeDay(addDays(first, i), { worstPain: pain, ...extra(i) })]))
}

describe('recentNumbers', () => {
  it('gives the usual level as the median worst pain of the last 14 logged days outside a bad period', () => {
    const numbers = recentNumbers(diary([2, 3, 3, 4, 3, 2, 3, 3, 4, 3, 3, 2, 3, 4, 3]), TODAY)
    expect(numbers.usualWorstPain).toBe(3)
    expect(numbers.lastBadPeriod).toBeNull()
  })

  it('has no usual level before 7 such days, and then counts no day as above it', () => {
    const numbers = recentNumbers(diary([3, 6, 3, 3, 3, 3]), TODAY)
    expect(numbers.usualWorstPain).toBeNull()
    expect(numbers.lastDays).toEqual({ from: addDays(TODAY, -13), to: TODAY, logged: 6, aboveUsual: null })
  })

  it('counts the days of the last 14 at least 2 points above the usual level, leaving the bad period out of the usual level', () => {
    // 20 calm days at 3, then a bad period (7, 7, 6), two calm days, one single high day and one calm day.
    const pains = [...Array(20).fill(3), 7, 7, 6, 3, 3, 5, 3]
    const days = diary(pains)
    const numbers = recentNumbers(days, TODAY)
    expect(numbers.usualWorstPain).toBe(3)
    expect(numbers.lastDays.logged).toBe(14)
    expect(numbers.lastDays.aboveUsual).toBe(4) // 7, 7, 6 and the single 5
    expect(numbers.lastBadPeriod).toEqual(detectFlares(days).at(-1))
    expect(numbers.lastBadPeriod).toMatchObject({ start: addDays(TODAY, -6), end: addDays(TODAY, -4), endLogged: true })
  })

  it('shares the activities of the last 4 weeks with pain above 5, ignoring older ones and those without a score', () => {
    const days = diary(Array(40).fill(3), (i) => ({
      activities: [
        { id: `a${i}`, type: 'walking', minutes: 30, painDuring: i % 4 === 0 ? 7 : 2 },
        { id: `b${i}`, type: 'cycling', minutes: 20 },
      ],
    }))
    const numbers = recentNumbers(days, TODAY)
    // The last 28 days are i = 12…39; a 7 on i = 12, 16, …, 36: 7 of 28.
    expect(numbers.painDuring).toEqual({ from: addDays(TODAY, -27), activities: 28, tooMuch: 7, share: 0.25 })
  })

  it('says nothing about activities when none had a pain score', () => {
    expect(recentNumbers(diary([3, 3, 3]), TODAY).painDuring).toBeNull()
  })

  it('reads a year back', () => {
    expect(recentReadFrom(TODAY)).toBe('2025-11-25')
  })
})
