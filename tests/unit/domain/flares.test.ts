import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/domain/dates'
import type { DayRecord } from '../../../src/domain/dayLog'
import { detectFlares, type FlareEpisode } from '../../../src/domain/flares'
import { makeDay } from '../../fixtures/days'

/**
 * A diary written as one token per calendar day from `start`:
 * a number is that day's worst pain, `M` marks the day as a bad period (`7M`: pain 7 and marked),
 * `.` is a day without any record, `a` a day with only an activity (no pain score).
 */
function diary(start: string, tokens: string): DayRecord[] {
  const days: DayRecord[] = []
  tokens
    .trim()
    .split(/\s+/)
    .forEach((token, i) => {
      const date = addDays(start, i)
      if (token === '.') return
      if (token === 'a') {
        days.push(makeDay(date, { activities: [{ id: date, type: 'walking', minutes: 20 }] }))
        return
      }
      const pain = token.replace('M', '')
      days.push(makeDay(date, { ...(pain === '' ? {} : { worstPain: Number(pain) }), ...(token.endsWith('M') ? { badPeriod: true } : {}) }))
    })
  return days
}

const START = '2026-03-01'
const day = (i: number): string => addDays(START, i)
const calm10 = '3 3 3 3 3 3 3 3 3 3'

function episode(first: number, last: number, changes: Partial<FlareEpisode> = {}): FlareEpisode {
  return {
    start: day(first),
    end: day(last),
    endLogged: true,
    open: false,
    durationDays: last - first + 1,
    peak: 6,
    baseline: 3,
    selfMarked: false,
    ...changes,
  }
}

describe('detectFlares', () => {
  const cases: [string, string, FlareEpisode[]][] = [
    ['finds nothing in flat pain', `${calm10} ${calm10}`, []],
    ['finds nothing in a single bad day', `${calm10} 8 ${calm10}`, []],
    ['starts a flare on the first of two adjacent days up and ends it before two calm days', `${calm10} 6 6 3 3`, [episode(10, 11)]],
    ['counts exactly usual + 2 as up and usual + 1 as calm', `${calm10} 5 5 4 4`, [episode(10, 11, { peak: 5 })]],
    ['finds nothing in two up days with a missing day between them', `${calm10} 6 . 6 3 3`, []],
    ['reports the highest worst pain of the flare as its peak', `${calm10} 6 9 7 3 3`, [episode(10, 12, { peak: 9 })]],
    ['does not end a flare on one calm day', `${calm10} 6 6 3 6 3 3`, [episode(10, 13)]],
    ['does not end a flare on two calm days with a missing day between them', `${calm10} 6 6 3 . 3 6 3 3`, [episode(10, 15)]],
    ['ends a flare on the last day that was not calm, leaving calm days before the end out', `${calm10} 6 6 3 . 3 3`, [episode(10, 11)]],
    ['ends a flare as "end not logged" after more than two missing days', `${calm10} 6 6 7 . . . 3 3`, [episode(10, 12, { endLogged: false, peak: 7 })]],
    ['keeps a flare going across exactly two missing days', `${calm10} 6 6 . . 6 3 3`, [episode(10, 14)]],
    ['counts days with only an activity as missing for pain', `${calm10} 6 6 a a a 3 3`, [episode(10, 11, { endLogged: false })]],
    ['leaves a flare open when the diary stops during it', `${calm10} 6 6 7`, [episode(10, 12, { endLogged: false, open: true, peak: 7 })]],
    ['starts a flare on a marked day, even without pain above usual', `${calm10} 3M 3 3`, [episode(10, 10, { peak: 3, selfMarked: true })]],
    ['starts a flare on a marked day without any pain score', `${calm10} M 3 3`, [episode(10, 10, { peak: null, selfMarked: true })]],
    ['keeps a flare going on a marked day with low pain', `${calm10} 6 6 3M 3 3`, [episode(10, 12)]],
    ['calls a flare self-marked only when its first day was marked', `${calm10} 6 6M 3 3`, [episode(10, 11)]],
    ['finds back-to-back flares, each with its own end', `${calm10} 6 6 3 3 7 7 3 3`, [episode(10, 11), episode(14, 15, { peak: 7 })]],
    ['starts a new flare on a marked day right after two calm days', `${calm10} 6 6 3 3 M 3 3`, [episode(10, 11), episode(14, 14, { peak: null, selfMarked: true })]],
    ['needs 7 earlier days for a usual level: 6 are not enough', '3 3 3 3 3 3 8 8 3 3', []],
    ['needs 7 earlier days for a usual level: 7 are', '3 3 3 3 3 3 3 8 8 3 3', [episode(7, 8, { peak: 8 })]],
    ['finds a marked flare in the first week, without a usual level', 'M M 8M 8 8', [episode(0, 2, { baseline: null, peak: 8, selfMarked: true })]],
    ['treats pain that is high from the first day as the usual level, not a flare', '7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7', []],
    ['leaves flare days out of the later usual level', `${calm10} 8 8 8 8 8 8 8 8 3 3 5 5 3 3`, [episode(10, 17, { peak: 8 }), episode(20, 21, { peak: 5 })]],
    // Seven single 6s among the last 14 days lift the usual level to 4.5, so 6 is no longer up.
    ['counts single up days that started nothing in the usual level', `3 3 3 3 3 3 3 ${'6 3 '.repeat(7)} 6 6 3 3`, []],
    // Pain creeping up by a point a fortnight is no flare; against all 42 days (median 2) the last two would be.
    ['uses only the 14 most recent days for the usual level', `${'1 '.repeat(14)} ${'2 '.repeat(14)} ${'3 '.repeat(14)} 4 4`, []],
    ['starts nothing on an up day followed by a marked day without a score, but starts on the mark', `${calm10} 6 M 3 3`, [episode(11, 11, { peak: null, selfMarked: true })]],
  ]

  it.each(cases)('%s', (_name, tokens, expected) => {
    expect(detectFlares(diary(START, tokens))).toEqual(expected)
  })

  it('finds the same flares whatever order the days arrive in', () => {
    const days = diary(START, `${calm10} 6 7 3 3 ${calm10} M 8 8 3 3`)
    const reversed = [...days].reverse()
    expect(detectFlares(reversed)).toEqual(detectFlares(days))
    expect(detectFlares(days)).toHaveLength(2)
  })

  it('finds nothing in an empty diary', () => {
    expect(detectFlares([])).toEqual([])
  })

  it.each([
    ['spring', '2026-03-20', '2026-03-29'], // clocks go forward on Sunday 29 March 2026
    ['autumn', '2026-10-16', '2026-10-25'], // clocks go back on Sunday 25 October 2026
  ])('counts calendar days across the %s daylight-saving change', (_season, start, changeDay) => {
    // The three up days are the day before the change, the day of the change and the day after it.
    const flares = detectFlares(diary(start, `3 3 3 3 3 3 3 3 6 6 6 3 3`))
    expect(flares).toEqual([
      { start: addDays(changeDay, -1), end: addDays(changeDay, 1), endLogged: true, open: false, durationDays: 3, peak: 6, baseline: 3, selfMarked: false },
    ])
  })
})
