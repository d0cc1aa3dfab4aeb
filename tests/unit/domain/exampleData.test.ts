import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../../../src/domain/dates'
import { isEmptyDay, type DayRecord } from '../../../src/domain/dayLog'
import { makeExampleDays } from '../../../src/domain/exampleData'
import { detectFlares } from '../../../src/domain/flares'
import { validateDay } from '../../../src/domain/validation'

const END = '2026-11-24'
/** Noon on the end date, local time: the example's "now". */
const endOfExample = (end: string): Date => {
  const [y, m, d] = end.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, 12)
}

const exerciseIds = readdirSync(new URL('../../../content/exercises/nl/', import.meta.url)).map((file) => file.replace(/\.md$/, ''))

describe('makeExampleDays', () => {
  it('gives the same diary for the same seed and another for another seed', () => {
    const first = makeExampleDays({ end: END, days: 120, seed: 3 })
    expect(makeExampleDays({ end: END, days: 120, seed: 3 })).toEqual(first)
    expect(makeExampleDays({ end: END, days: 120, seed: 4 })).not.toEqual(first)
  })

  it.each([90, 120, 3650])('writes %i days that all pass validation, in date order, ending on the end date at the latest', (span) => {
    const days = makeExampleDays({ end: END, days: span, seed: 11 })
    const now = endOfExample(END)
    for (const day of days) expect(validateDay(day, now), day.date).toEqual([])
    const dates = days.map((day) => day.date)
    expect([...dates].sort()).toEqual(dates)
    expect(new Set(dates).size).toBe(dates.length)
    expect(dates[0]! >= addDays(END, -(span - 1))).toBe(true)
    expect(dates.at(-1)! <= END).toBe(true)
    expect(days.length).toBeGreaterThan(span * 0.9)
    expect(days.some(isEmptyDay)).toBe(false)
  })

  it('gives every entry its own id', () => {
    const days = makeExampleDays({ end: END, days: 365, seed: 5 })
    const ids = days.flatMap((day) => [...day.activities, ...day.exercises, ...day.medication, ...day.heavyLoads, ...day.notes].map((entry) => entry.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('never reads the clock: every change time lies on its own day', () => {
    const days = makeExampleDays({ end: END, days: 60, seed: 2 })
    for (const day of days) expect(day.updatedAt.startsWith(day.date)).toBe(true)
  })

  it.each([
    [90, 1],
    [90, 8],
    [120, 1],
    [120, 2],
    [120, 77],
  ])('puts exactly two bad periods in a %i-day diary (seed %i), one of them marked on its first day', (span, seed) => {
    const days = makeExampleDays({ end: END, days: span, seed })
    const byDate = new Map(days.map((day) => [day.date, day]))
    const flares = detectFlares(days)

    expect(flares).toHaveLength(2)
    expect(flares.filter((flare) => flare.selfMarked)).toHaveLength(1)
    for (const flare of flares) {
      expect(flare).toMatchObject({ endLogged: true, open: false, baseline: 3 })
      expect(flare.durationDays).toBeGreaterThanOrEqual(4)
      expect(flare.durationDays).toBeLessThanOrEqual(7)
      expect(byDate.get(flare.start)!.badPeriod === true).toBe(flare.selfMarked)
      // Every day of the period is logged and 3–4 points above the usual 3.
      for (let i = 0; i < flare.durationDays; i++) expect(byDate.get(addDays(flare.start, i))!.worstPain).toBeGreaterThanOrEqual(6)
      // The usual level had at least four weeks to form.
      expect(daysBetween(days[0]!.date, flare.start)).toBeGreaterThanOrEqual(28)
    }
    expect(days.filter((day) => day.badPeriod)).toHaveLength(1)
  })

  it('keeps ordinary worst pain mostly between 2 and 4', () => {
    const days = makeExampleDays({ end: END, days: 365, seed: 9 })
    const flareDates = new Set(detectFlares(days).flatMap((flare) => Array.from({ length: flare.durationDays }, (_, i) => addDays(flare.start, i))))
    const ordinary = days.filter((day) => day.worstPain !== undefined && !flareDates.has(day.date)).map((day) => day.worstPain!)
    const inRange = ordinary.filter((pain) => pain >= 2 && pain <= 4).length
    expect(inRange / ordinary.length).toBeGreaterThan(0.9)
  })

  it('logs more heavy loads in the 3 days before a bad period than on other days', () => {
    const days = makeExampleDays({ end: END, days: 3650, seed: 4 })
    const beforeFlare = new Set(detectFlares(days).flatMap((flare) => [1, 2, 3].map((i) => addDays(flare.start, -i))))
    const rate = (group: DayRecord[]): number => group.filter((day) => day.heavyLoads.length > 0).length / group.length
    const before = days.filter((day) => beforeFlare.has(day.date))
    const other = days.filter((day) => !beforeFlare.has(day.date))
    expect(rate(before)).toBeGreaterThan(2 * rate(other))
  })

  it('keeps bad periods to one every 6 to 10 weeks over ten years', () => {
    const flares = detectFlares(makeExampleDays({ end: END, days: 3650, seed: 6 }))
    expect(flares.length).toBeGreaterThanOrEqual(Math.floor(3650 / 70))
    expect(flares.length).toBeLessThanOrEqual(Math.ceil(3650 / 42))
    expect(flares.every((flare) => flare.endLogged && flare.durationDays >= 4 && flare.durationDays <= 7)).toBe(true)
  })

  it('uses only exercises that exist in the content, on 2–3 days a week on average', () => {
    const days = makeExampleDays({ end: END, days: 364, seed: 12 })
    const used = new Set(days.flatMap((day) => day.exercises.map((entry) => entry.exerciseId)))
    for (const id of used) expect(exerciseIds).toContain(id)
    expect(used.size).toBeGreaterThanOrEqual(5)
    const exerciseDaysPerWeek = days.filter((day) => day.exercises.length > 0).length / 52
    expect(exerciseDaysPerWeek).toBeGreaterThanOrEqual(1.8)
    expect(exerciseDaysPerWeek).toBeLessThanOrEqual(3)
  })

  it('logs several kinds of activity with minutes, intensity and often pain during', () => {
    const activities = makeExampleDays({ end: END, days: 120, seed: 1 }).flatMap((day) => day.activities)
    for (const type of ['walking', 'cycling', 'swimming', 'gardening']) expect(activities.some((a) => a.type === type)).toBe(true)
    expect(activities.every((a) => a.minutes > 0 && a.intensity !== undefined)).toBe(true)
    expect(activities.filter((a) => a.painDuring !== undefined).length / activities.length).toBeGreaterThan(0.7)
  })

  it('weighs in about weekly, starting near 84 kg and slowly losing a little', () => {
    const days = makeExampleDays({ end: END, days: 3650, seed: 8 })
    const weights = days.filter((day) => day.weightKg !== undefined).map((day) => day.weightKg!)
    expect(weights.length).toBeGreaterThan(400)
    expect(weights[0]).toBeGreaterThan(83)
    expect(weights[0]).toBeLessThan(85)
    const lastYear = weights.slice(-50)
    expect(Math.max(...lastYear)).toBeLessThan(82)
    expect(Math.min(...lastYear)).toBeGreaterThan(80)
  })

  it('logs paracetamol now and then, and more on bad days', () => {
    const days = makeExampleDays({ end: END, days: 365, seed: 13 })
    const paracetamolDays = days.filter((day) => day.medication.some((m) => m.kind === 'paracetamol'))
    expect(paracetamolDays.length).toBeGreaterThan(10)
    expect(paracetamolDays.length).toBeLessThan(100)
  })

  it('generates ten years quickly', () => {
    let fastest = Infinity
    for (let run = 0; run < 3; run++) {
      const started = performance.now()
      makeExampleDays({ end: END, days: 3650, seed: run })
      fastest = Math.min(fastest, performance.now() - started)
    }
    expect(fastest).toBeLessThan(300)
  })
})
