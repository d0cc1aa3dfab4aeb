import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../../../src/domain/dates'
import type { DayRecord } from '../../../src/domain/dayLog'
import { detectFlares, type FlareEpisode } from '../../../src/domain/flares'
import { makeDay } from '../../fixtures/days'

const RUNS = 300
const START = '2026-01-05'

/** One calendar day: nothing logged, or a worst-pain score that may carry a bad-period mark. */
type Slot = null | { pain: number | undefined; marked: boolean }

/**
 * Pain that mostly sits at a usual level with runs of higher days, so that flares, gaps, marks and
 * back-to-back episodes all turn up often.
 */
const slotArb: fc.Arbitrary<Slot> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }).map((pain) => ({ pain, marked: false })) },
  { weight: 4, arbitrary: fc.integer({ min: 5, max: 9 }).map((pain) => ({ pain, marked: false })) },
  { weight: 1, arbitrary: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }).map((pain) => ({ pain, marked: true })) },
)
const slotsArb = fc.array(slotArb, { minLength: 0, maxLength: 90, size: 'max' })

function toDays(slots: readonly Slot[], start = START): DayRecord[] {
  const days: DayRecord[] = []
  slots.forEach((slot, i) => {
    if (slot) days.push(makeDay(addDays(start, i), { worstPain: slot.pain, badPeriod: slot.marked || undefined }))
  })
  return days
}

const counts = (day: DayRecord): boolean => day.worstPain !== undefined || day.badPeriod === true

describe('detectFlares, for any diary', () => {
  it('finds episodes that never overlap and lie within the logged days', () => {
    fc.assert(
      fc.property(slotsArb, (slots) => {
        const days = toDays(slots)
        const logged = days.filter(counts).map((day) => day.date)
        const flares = detectFlares(days)
        flares.forEach((flare, i) => {
          expect(flare.start <= flare.end).toBe(true)
          expect(logged).toContain(flare.start)
          expect(logged).toContain(flare.end)
          expect(flare.durationDays).toBe(daysBetween(flare.start, flare.end) + 1)
          const next = flares[i + 1]
          if (next) expect(flare.end < next.start).toBe(true)
          if (flare.open) expect(i).toBe(flares.length - 1)
        })
      }),
      { numRuns: RUNS },
    )
  })

  it('never changes an episode that ended 3 or more days before a newly added day', () => {
    fc.assert(
      fc.property(slotsArb, fc.integer({ min: 1, max: 8 }), slotArb, (slots, daysLater, added) => {
        const days = toDays(slots)
        const last = days.at(-1)?.date ?? START
        const newDate = addDays(last, daysLater)
        const extended = [...days, makeDay(newDate, { worstPain: added?.pain ?? 4, badPeriod: added?.marked || undefined })]
        const before = detectFlares(days)
        const after = detectFlares(extended)

        // An episode has ended when the diary shows it (not `open`): two calm days or a long gap after it.
        const ended = before.filter((flare) => !flare.open && daysBetween(flare.end, newDate) >= 3)
        for (const flare of ended) expect(after).toContainEqual(flare)

        // An open episode is closed, not changed, once more than two days after the last record are missing.
        const open = before.find((flare) => flare.open && daysBetween(last, newDate) > 3)
        if (open) expect(after).toContainEqual({ ...open, open: false })
      }),
      { numRuns: RUNS },
    )
  })

  it('finds the same episodes when every pain score moves by the same amount', () => {
    const shiftedArb = slotsArb.chain((slots) => {
      const pains = slots.flatMap((slot) => (slot?.pain === undefined ? [] : [slot.pain]))
      const lowest = Math.min(10, ...pains)
      const highest = Math.max(0, ...pains)
      return fc.tuple(fc.constant(slots), fc.integer({ min: -lowest, max: 10 - highest }))
    })
    fc.assert(
      fc.property(shiftedArb, ([slots, shift]) => {
        const moved = slots.map((slot) => (slot && slot.pain !== undefined ? { ...slot, pain: slot.pain + shift } : slot))
        const expected = detectFlares(toDays(slots)).map(
          (flare): FlareEpisode => ({
            ...flare,
            peak: flare.peak === null ? null : flare.peak + shift,
            baseline: flare.baseline === null ? null : flare.baseline + shift,
          }),
        )
        expect(detectFlares(toDays(moved))).toEqual(expected)
      }),
      { numRuns: RUNS },
    )
  })

  it('finds episodes often enough in these diaries for the properties to mean something', () => {
    const sample = fc.sample(slotsArb, { numRuns: 200, seed: 42 })
    const withFlares = sample.filter((slots) => detectFlares(toDays(slots)).length > 0).length
    const withEnded = sample.filter((slots) => detectFlares(toDays(slots)).some((flare) => !flare.open)).length
    expect(withFlares).toBeGreaterThan(100)
    expect(withEnded).toBeGreaterThan(60)
  })
})
