import { describe, expect, it } from 'vitest'
import { applyEntryForm, checkDiaryDate, dayEntries, exerciseRowsForDay, formForEntry, withoutEntry } from '../../../src/domain/dayEntries'
import { defaultPlan } from '../../../src/domain/plan'
import { makeDay, makeFullDay } from '../../fixtures/days'

const title = (id: string): string => `title of ${id}`
const newId = (): string => 'new-id'

describe('the entries of a day', () => {
  it('lists every logged thing once, morning first and notes last', () => {
    const day = { ...makeFullDay('2026-11-20'), badPeriod: true }
    expect(dayEntries(day).map((entry) => entry.kind)).toEqual([
      'morning',
      'badPeriod',
      'activity',
      'exercise',
      'medication',
      'heavyLoad',
      'weight',
      'cigarettes',
      'worstPain',
      'note',
    ])
    expect(dayEntries(makeDay('2026-11-20', { morning: { painNow: undefined } }))).toEqual([])
  })

  it('opens the Today form of an activity filled with what was logged, and changing it keeps the other entries', () => {
    const day = makeFullDay('2026-11-20')
    const entry = dayEntries(day).find((e) => e.kind === 'activity')!
    const form = formForEntry(entry, day, title)!
    expect(form).toEqual({ name: 'activity', data: { entryId: day.activities[0]!.id, type: 'cycling', otherName: undefined, minutes: 30, intensity: 'moderate', painDuring: 2, walkingMinutesBeforePain: undefined } })
    if (form.name !== 'activity') throw new Error('activity form expected')
    form.data.minutes = 45
    const changed = applyEntryForm(day, form, entry.key, newId)
    expect(changed.activities).toEqual([{ ...day.activities[0], minutes: 45 }])
    expect({ ...changed, activities: day.activities }).toEqual(day)
  })

  it('changes one exercise entry without touching another entry of the same exercise', () => {
    const day = makeDay('2026-11-20', {
      exercises: [
        { id: 'morning-set', exerciseId: 'bridging', sets: 2, reps: 10 },
        { id: 'evening-set', exerciseId: 'bridging', sets: 1, reps: 8 },
      ],
    })
    const entry = dayEntries(day).find((e) => e.key === 'exercises:evening-set')!
    const form = formForEntry(entry, day, title)!
    expect(form).toEqual({ name: 'exercises', data: [{ exerciseId: 'bridging', title: 'title of bridging', done: true, sets: 1, reps: 8, seconds: undefined, painDuring: undefined }] })
    if (form.name !== 'exercises') throw new Error('exercises form expected')
    form.data[0]!.sets = 3
    expect(applyEntryForm(day, form, entry.key, newId).exercises).toEqual([
      { id: 'morning-set', exerciseId: 'bridging', sets: 2, reps: 10 },
      { id: 'evening-set', exerciseId: 'bridging', sets: 3, reps: 8, seconds: undefined, painDuring: undefined },
    ])
  })

  it('deletes one entry and clears a check-in, leaving everything else as it was', () => {
    const day = makeFullDay('2026-11-20')
    const withoutNote = withoutEntry(day, `notes:${day.notes[0]!.id}`)
    expect(withoutNote.notes).toEqual([])
    expect({ ...withoutNote, notes: day.notes }).toEqual(day)

    const withoutMorning = withoutEntry(day, 'morning')
    expect('morning' in withoutMorning).toBe(false)
    expect({ ...withoutMorning, morning: day.morning }).toEqual(day)
    expect(withoutEntry(day, 'weight').weightKg).toBeUndefined()
    expect(withoutEntry(day, 'worstPain').worstPain).toBeUndefined()
  })

  it('offers the programme for a past day, with what was already logged ticked', () => {
    const plan = defaultPlan('2026-11-01', 'untrained')
    const first = plan.programme.exercises[0]!
    const day = makeDay('2026-11-20', { exercises: [{ id: 'x', exerciseId: first.exerciseId, sets: 1, reps: 5, painDuring: 2 }] })
    const rows = exerciseRowsForDay(plan, day, title)
    expect(rows).toHaveLength(plan.programme.exercises.length)
    expect(rows[0]).toMatchObject({ exerciseId: first.exerciseId, done: true, sets: 1, reps: 5, painDuring: 2 })
    expect(rows.slice(1).every((row) => !row.done)).toBe(true)
  })

  it('refuses a future date and a date that does not exist', () => {
    expect(checkDiaryDate('2026-11-24', '2026-11-24')).toBe('ok')
    expect(checkDiaryDate('2026-11-25', '2026-11-24')).toBe('future')
    expect(checkDiaryDate('2026-02-30', '2026-11-24')).toBe('invalid')
    expect(checkDiaryDate('yesterday', '2026-11-24')).toBe('invalid')
  })
})
