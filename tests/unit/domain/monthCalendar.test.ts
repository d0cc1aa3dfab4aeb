import { describe, expect, it } from 'vitest'
import { addMonths, isYearMonth, monthOf, monthWeeks } from '../../../src/domain/monthCalendar'

describe('the month calendar', () => {
  it('lays out a month in weeks from Monday to Sunday with empty cells around it', () => {
    const weeks = monthWeeks('2026-11') // 1 November 2026 is a Sunday
    expect(weeks).toHaveLength(6)
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01'])
    expect(weeks[1]![0]).toBe('2026-11-02')
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null])
    expect(weeks.flat().filter(Boolean)).toHaveLength(30)
  })

  it('needs only four weeks for a February that starts on a Monday', () => {
    const weeks = monthWeeks('2027-02')
    expect(weeks).toHaveLength(4)
    expect(weeks[0]![0]).toBe('2027-02-01')
    expect(weeks[3]![6]).toBe('2027-02-28')
  })

  it('counts the 29th of February in a leap year', () => {
    expect(monthWeeks('2028-02').flat().filter(Boolean).at(-1)).toBe('2028-02-29')
  })

  it('steps across year boundaries', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(addMonths('2026-03', -14)).toBe('2025-01')
  })

  it('reads the month of a date and recognises a month written in the address', () => {
    expect(monthOf('2026-11-24')).toBe('2026-11')
    expect(isYearMonth('2026-11')).toBe(true)
    expect(isYearMonth('2026-13')).toBe(false)
    expect(isYearMonth('november')).toBe(false)
  })
})
