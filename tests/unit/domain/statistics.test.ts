import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, startOfWeek } from '../../../src/domain/dates'
import {
  dailyValues,
  dateOfDayNumber,
  dayNumber,
  median,
  RecentMedian,
  rollingMedian,
  totalsByWeek,
  weekdayOfDayNumber,
} from '../../../src/domain/statistics'
import { makeDay } from '../../fixtures/days'

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 2, 2, 9, 2], 2],
  ])('gives the middle of %j as %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('sorts numbers as numbers, not as text', () => {
    expect(median([10, 9, 2])).toBe(9)
  })

  it('leaves the input untouched', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('RecentMedian', () => {
  it('keeps the median of only the most recent values', () => {
    const recent = new RecentMedian(3)
    expect(recent.median()).toBeNull()
    for (const value of [9, 9, 9, 1, 2]) recent.add(value)
    expect(recent.count).toBe(3)
    expect(recent.median()).toBe(2) // 9, 1, 2
  })

  it('agrees with a plain median over a long random series', () => {
    const recent = new RecentMedian(14)
    const all: number[] = []
    let state = 7
    for (let i = 0; i < 500; i++) {
      state = (state * 1103515245 + 12345) % 2147483648
      const value = state % 11
      recent.add(value)
      all.push(value)
      expect(recent.median()).toBe(median(all.slice(-14)))
    }
  })
})

describe('day numbers', () => {
  it('count calendar days exactly like dates.ts, across years and leap days', () => {
    for (const date of ['1969-12-31', '2024-02-28', '2024-02-29', '2024-03-01', '2026-03-29', '2026-10-25', '2099-12-31']) {
      expect(dayNumber(date)).toBe(daysBetween('1970-01-01', date))
      expect(dateOfDayNumber(dayNumber(date))).toBe(date)
      expect(dateOfDayNumber(dayNumber(date) + 1)).toBe(addDays(date, 1))
    }
  })

  it('give the weekday with Monday as 0, as startOfWeek does', () => {
    for (let i = 0; i < 14; i++) {
      const date = addDays('2026-11-20', i)
      expect(weekdayOfDayNumber(dayNumber(date))).toBe(daysBetween(startOfWeek(date), date))
    }
    expect(weekdayOfDayNumber(dayNumber('2026-11-23'))).toBe(0) // a Monday
    expect(weekdayOfDayNumber(dayNumber('1969-12-28'))).toBe(6) // a Sunday before 1970
  })
})

describe('dailyValues', () => {
  it('keeps only the days with a value, oldest first', () => {
    const days = [makeDay('2026-11-03', { worstPain: 5 }), makeDay('2026-11-01', { worstPain: 2 }), makeDay('2026-11-02')]
    expect(dailyValues(days, (day) => day.worstPain)).toEqual([
      { date: '2026-11-01', value: 2 },
      { date: '2026-11-03', value: 5 },
    ])
  })
})

describe('rollingMedian', () => {
  it('takes the median of the values logged in the last 7 calendar days', () => {
    const values = [
      { date: '2026-11-01', value: 2 },
      { date: '2026-11-02', value: 8 },
      { date: '2026-11-04', value: 4 },
      { date: '2026-11-07', value: 6 },
      { date: '2026-11-08', value: 3 }, // 11-01 has left the window: 8, 4, 6, 3
    ]
    expect(rollingMedian(values)).toEqual([
      { date: '2026-11-01', median: 2, count: 1 },
      { date: '2026-11-02', median: 5, count: 2 },
      { date: '2026-11-04', median: 4, count: 3 },
      { date: '2026-11-07', median: 5, count: 4 },
      { date: '2026-11-08', median: 5, count: 4 },
    ])
  })

  it('gives no point for a day without a value, even inside the window', () => {
    const points = rollingMedian([
      { date: '2026-11-01', value: 3 },
      { date: '2026-11-05', value: 5 },
    ])
    expect(points.map((point) => point.date)).toEqual(['2026-11-01', '2026-11-05'])
  })

  it('starts afresh after a gap longer than the window', () => {
    const points = rollingMedian([
      { date: '2026-11-01', value: 9 },
      { date: '2026-11-08', value: 1 },
    ])
    expect(points[1]).toEqual({ date: '2026-11-08', median: 1, count: 1 })
  })

  it('accepts values in any order', () => {
    const points = rollingMedian([
      { date: '2026-11-02', value: 4 },
      { date: '2026-11-01', value: 2 },
    ])
    expect(points).toEqual([
      { date: '2026-11-01', median: 2, count: 1 },
      { date: '2026-11-02', median: 3, count: 2 },
    ])
  })
})

describe('totalsByWeek', () => {
  const minutes = (day: ReturnType<typeof makeDay>): number => day.activities.reduce((sum, a) => sum + a.minutes, 0)
  const walk = (date: string, minutes: number) => makeDay(date, { activities: [{ id: date, type: 'walking', minutes }] })

  it('sums per week from Monday to Sunday, keyed by the Monday', () => {
    const days = [walk('2026-11-22', 30), walk('2026-11-23', 20), walk('2026-11-29', 40), walk('2026-11-16', 10)]
    expect(totalsByWeek(days, minutes)).toEqual([
      { weekStart: '2026-11-16', sum: 40, count: 2 }, // Mon 16 and Sun 22
      { weekStart: '2026-11-23', sum: 60, count: 2 }, // Mon 23 and Sun 29
    ])
  })

  it('counts a logged zero but not a missing value', () => {
    const days = [makeDay('2026-11-23', { worstPain: 0 }), makeDay('2026-11-24'), makeDay('2026-11-25', { worstPain: 4 })]
    expect(totalsByWeek(days, (day) => day.worstPain)).toEqual([{ weekStart: '2026-11-23', sum: 4, count: 2 }])
  })

  it('keys a week across the autumn daylight-saving change by its Monday', () => {
    // Clocks go back on Sunday 25 October 2026 in the Netherlands; the week still runs Mon 19 – Sun 25.
    const days = [walk('2026-10-19', 10), walk('2026-10-25', 15), walk('2026-10-26', 5)]
    expect(totalsByWeek(days, minutes).map((week) => [week.weekStart, week.sum])).toEqual([
      ['2026-10-19', 25],
      ['2026-10-26', 5],
    ])
  })
})
