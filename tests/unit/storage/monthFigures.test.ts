import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { figuresOf, type DayFigures } from '../../../src/domain/dayFigures'
import { monthBounds, packMonth, unpackMonth } from '../../../src/storage/monthFigures'
import { makeDay, makeFullDay } from '../../fixtures/days'

const optionalNumber = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined })

/** Any figures a day of the month can have, with each optional value present or not. */
const dayFiguresIn = (month: string, length: number): fc.Arbitrary<DayFigures> =>
  fc
    .record({
      day: fc.integer({ min: 1, max: length }),
      worstPain: optionalNumber(10),
      painNow: optionalNumber(10),
      stiffnessMinutes: optionalNumber(240),
      nightPain: optionalNumber(10),
      startUpPain: fc.option(fc.boolean(), { nil: undefined }),
      weightKg: fc.option(fc.double({ min: 30, max: 250, noNaN: true }), { nil: undefined }),
      cigarettes: optionalNumber(60),
      badPeriod: fc.boolean(),
      activityMinutes: fc.integer({ min: 0, max: 600 }),
      exercised: fc.boolean(),
      walkingMinutes: fc.option(fc.double({ min: 0, max: 300, noNaN: true }), { nil: null }),
      painkiller: fc.boolean(),
      injection: fc.boolean(),
      example: fc.boolean(),
      updatedAtMs: fc.integer({ min: 0, max: 2_000_000_000_000 }),
    })
    .map(({ day, ...figures }) => {
      const date = `${month}-${String(day).padStart(2, '0')}`
      // Absent values are absent properties, as figuresOf makes them.
      return Object.fromEntries(Object.entries({ date, ...figures }).filter(([, value]) => value !== undefined)) as unknown as DayFigures
    })

describe('month figures', () => {
  it('give back exactly the figures they were packed from, oldest first', () => {
    fc.assert(
      fc.property(fc.uniqueArray(dayFiguresIn('2024-02', 29), { selector: (day) => day.date, maxLength: 29 }), (days) => {
        const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date))
        expect(unpackMonth(packMonth('2024-02', days))).toEqual(sorted)
      }),
    )
  })

  it('give every day the same properties in the same order, whatever was logged', () => {
    // One shape for all days: ten years of them are made and read faster (see unpackMonth).
    const days = [makeFullDay('2026-11-03'), makeDay('2026-11-30', { badPeriod: true })].map(figuresOf)
    const [full, empty] = unpackMonth(packMonth('2026-11', days)).map((day) => Object.keys(day))
    expect(empty).toEqual(full)
  })

  it('keep a full day and an empty one as figuresOf reads them', () => {
    const days = [makeFullDay('2026-11-03'), makeDay('2026-11-30', { badPeriod: true, example: true })].map(figuresOf)
    expect(unpackMonth(packMonth('2026-11', days))).toEqual(days)
    expect(days[1]).toEqual({
      date: '2026-11-30',
      badPeriod: true,
      activityMinutes: 0,
      exercised: false,
      walkingMinutes: null,
      painkiller: false,
      injection: false,
      example: true,
      updatedAtMs: days[1]!.updatedAtMs,
    })
  })

  it('know how long each month is, leap years included', () => {
    expect(monthBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29'])
    expect(monthBounds('2026-02')).toEqual(['2026-02-01', '2026-02-28'])
    expect(monthBounds('2026-12')).toEqual(['2026-12-01', '2026-12-31'])
  })

  it('refuse a day of another month', () => {
    expect(() => packMonth('2026-11', [figuresOf(makeDay('2026-12-01'))])).toThrow(RangeError)
  })
})
