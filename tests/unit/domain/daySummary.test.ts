import { describe, expect, it } from 'vitest'
import { summarizeDay } from '../../../src/domain/daySummary'
import { makeDay, makeFullDay } from '../../fixtures/days'

describe('summarizeDay', () => {
  it('sums the activity minutes and counts the exercises and the other entries', () => {
    const day = {
      ...makeFullDay('2026-11-20'),
      activities: [
        { id: 'a', type: 'cycling' as const, minutes: 30 },
        { id: 'b', type: 'walking' as const, minutes: 15 },
      ],
    }
    expect(summarizeDay(day)).toEqual({
      date: '2026-11-20',
      morningPain: 4,
      worstPain: 6,
      activityMinutes: 45,
      exercisesDone: 1,
      badPeriod: false,
      example: false,
      otherEntries: 5, // medication, heavy load, note, weight, cigarettes
    })
  })

  it('marks a bad period and example data, and leaves out what was not logged', () => {
    const summary = summarizeDay({ ...makeDay('2026-11-21', { badPeriod: true }), example: true })
    expect(summary).toMatchObject({ badPeriod: true, example: true, activityMinutes: 0, exercisesDone: 0, otherEntries: 0 })
    expect(summary.morningPain).toBeUndefined()
    expect(summary.worstPain).toBeUndefined()
  })
})
