import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isFuture, isLocalDate, startOfWeek, toLocalDate } from '../../../src/domain/dates'

describe('local calendar days', () => {
  it('puts a log made at 00:30 on the day the patient lived', () => {
    expect(toLocalDate(new Date(2026, 10, 24, 0, 30))).toBe('2026-11-24')
    expect(toLocalDate(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23')
  })

  it('accepts only real calendar days', () => {
    expect(isLocalDate('2024-02-29')).toBe(true)
    expect(isLocalDate('2025-02-29')).toBe(false)
    expect(isLocalDate('2025-13-01')).toBe(false)
    expect(isLocalDate('25-01-01')).toBe(false)
    expect(isLocalDate(20250101)).toBe(false)
  })

  it('counts days across the daylight-saving changes without shifting a day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30')
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26')
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31)
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
  })

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23') // Monday
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23') // Sunday
    expect(startOfWeek('2026-11-24')).toBe('2026-11-23')
  })

  it('knows a future day from the clock it is given', () => {
    const now = new Date(2026, 10, 24, 23, 59)
    expect(isFuture('2026-11-25', now)).toBe(true)
    expect(isFuture('2026-11-24', now)).toBe(false)
  })
})
