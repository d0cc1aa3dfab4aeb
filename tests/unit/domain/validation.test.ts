import { describe, expect, it } from 'vitest'
import { validateDay } from '../../../src/domain/validation'
import { makeDay, makeFullDay, NOW } from '../../fixtures/days'

const codes = (day: Parameters<typeof validateDay>[0]) => validateDay(day, NOW).map((p) => `${p.field}:${p.code}`)

describe('validating a day', () => {
  it('accepts a complete, sensible day and an empty one', () => {
    expect(codes(makeFullDay('2026-11-24'))).toEqual([])
    expect(codes(makeDay('2026-11-20'))).toEqual([])
  })

  it('refuses future dates and impossible dates', () => {
    expect(codes(makeDay('2026-11-25'))).toEqual(['date:futureDate'])
    expect(codes(makeDay('2026-02-30'))).toEqual(['date:invalidDate'])
  })

  it.each([
    [{ worstPain: 11 }, 'worstPain:pain'],
    [{ worstPain: -1 }, 'worstPain:pain'],
    [{ worstPain: 4.5 }, 'worstPain:pain'],
    [{ morning: { stiffnessMinutes: 601 } }, 'morning.stiffnessMinutes:stiffnessMinutes'],
    [{ weightKg: 29.9 }, 'weightKg:weightKg'],
    [{ weightKg: 300.1 }, 'weightKg:weightKg'],
    [{ cigarettes: 101 }, 'cigarettes:cigarettes'],
  ])('refuses %o', (changes, expected) => {
    expect(codes(makeDay('2026-11-24', changes))).toEqual([expected])
  })

  it('accepts the edges of every range', () => {
    const day = makeDay('2026-11-24', { worstPain: 10, weightKg: 30, cigarettes: 0, morning: { painNow: 0, stiffnessMinutes: 600 } })
    day.activities.push({ id: 'a', type: 'walking', minutes: 600 }, { id: 'b', type: 'swimming', minutes: 1 })
    expect(codes(day)).toEqual([])
  })

  it('names the entry whose value is out of range', () => {
    const day = makeDay('2026-11-24')
    day.activities.push({ id: 'a', type: 'walking', minutes: 30 }, { id: 'b', type: 'cycling', minutes: 0, painDuring: 12 })
    expect(codes(day)).toEqual(['activities.1.minutes:minutes', 'activities.1.painDuring:pain'])
  })
})
