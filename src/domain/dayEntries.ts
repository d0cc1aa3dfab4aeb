/**
 * A logged day as the list of separate things the patient can see, change or delete one by one: the
 * morning check-in, the worst pain, each activity, each exercise and so on. Changing uses the same
 * forms as the Today screen; deleting takes away that one thing and leaves the rest of the day as it was.
 */
import { isLocalDate, type LocalDate } from './dates'
import {
  removeEntry,
  type ActivityEntry,
  type DayRecord,
  type ExerciseEntry,
  type HeavyLoadEntry,
  type MedicationEntry,
  type MorningCheckIn,
  type NoteEntry,
} from './dayLog'
import type { Plan } from './plan'
import { applyForm, type ExerciseRow, type OpenForm } from './todayForms'

export type DayEntry =
  | { key: 'morning'; kind: 'morning'; morning: MorningCheckIn }
  | { key: 'worstPain'; kind: 'worstPain'; pain: number }
  | { key: 'badPeriod'; kind: 'badPeriod' }
  | { key: string; kind: 'activity'; entry: ActivityEntry }
  | { key: string; kind: 'exercise'; entry: ExerciseEntry }
  | { key: string; kind: 'medication'; entry: MedicationEntry }
  | { key: string; kind: 'heavyLoad'; entry: HeavyLoadEntry }
  | { key: 'weight'; kind: 'weight'; weightKg: number }
  | { key: 'cigarettes'; kind: 'cigarettes'; cigarettes: number }
  | { key: string; kind: 'note'; entry: NoteEntry }

export type DayEntryKind = DayEntry['kind']

/** Everything logged on the day, in the order of the day: morning first, notes last. */
export function dayEntries(day: DayRecord): DayEntry[] {
  const entries: DayEntry[] = []
  const morning = day.morning ?? {}
  if (Object.values(morning).some((value) => value !== undefined)) entries.push({ key: 'morning', kind: 'morning', morning })
  if (day.badPeriod) entries.push({ key: 'badPeriod', kind: 'badPeriod' })
  for (const entry of day.activities) entries.push({ key: `activities:${entry.id}`, kind: 'activity', entry })
  for (const entry of day.exercises) entries.push({ key: `exercises:${entry.id}`, kind: 'exercise', entry })
  for (const entry of day.medication) entries.push({ key: `medication:${entry.id}`, kind: 'medication', entry })
  for (const entry of day.heavyLoads) entries.push({ key: `heavyLoads:${entry.id}`, kind: 'heavyLoad', entry })
  if (day.weightKg !== undefined) entries.push({ key: 'weight', kind: 'weight', weightKg: day.weightKg })
  if (day.cigarettes !== undefined) entries.push({ key: 'cigarettes', kind: 'cigarettes', cigarettes: day.cigarettes })
  if (day.worstPain !== undefined) entries.push({ key: 'worstPain', kind: 'worstPain', pain: day.worstPain })
  for (const entry of day.notes) entries.push({ key: `notes:${entry.id}`, kind: 'note', entry })
  return entries
}

/** The form that changes this entry, filled with what it holds; null for the bad-period mark (a switch). */
export function formForEntry(entry: DayEntry, day: DayRecord, exerciseTitle: (id: string) => string): OpenForm | null {
  switch (entry.kind) {
    case 'morning':
      return { name: 'morning', data: { ...entry.morning } }
    case 'worstPain':
      return { name: 'evening', data: { worstPain: entry.pain } }
    case 'weight':
      return { name: 'weight', data: { weightKg: entry.weightKg } }
    case 'cigarettes':
      return { name: 'cigarettes', data: { cigarettes: entry.cigarettes } }
    case 'heavyLoad':
      // Heavy loads are ticked together, as on Today: the form shows every kind of the day.
      return { name: 'heavyLoad', data: day.heavyLoads.map((load) => load.kind) }
    case 'note':
      return { name: 'note', data: { entryId: entry.entry.id, text: entry.entry.text } }
    case 'medication': {
      const { id, kind, doses, description } = entry.entry
      return { name: 'medication', data: { entryId: id, kind, doses, description } }
    }
    case 'activity': {
      const { id, type, otherName, minutes, intensity, painDuring, walkingMinutesBeforePain } = entry.entry
      return { name: 'activity', data: { entryId: id, type, otherName, minutes, intensity, painDuring, walkingMinutesBeforePain } }
    }
    case 'exercise': {
      const { exerciseId, sets, reps, seconds, painDuring } = entry.entry
      return { name: 'exercises', data: [{ exerciseId, title: exerciseTitle(exerciseId), done: true, sets, reps, seconds, painDuring }] }
    }
    case 'badPeriod':
      return null
  }
}

/**
 * The day with the form applied. A changed exercise replaces only the entry it came from (the same
 * exercise may be logged twice in a day); every other form works as on Today.
 */
export function applyEntryForm(day: DayRecord, form: OpenForm, entryKey: string | undefined, newId: () => string): DayRecord {
  const exerciseId = entryKey?.startsWith('exercises:') ? entryKey.slice('exercises:'.length) : undefined
  if (form.name !== 'exercises' || exerciseId === undefined) return applyForm(day, form, newId)
  const original = day.exercises.find((entry) => entry.id === exerciseId)
  const alone = applyForm({ ...day, exercises: original ? [original] : [] }, form, newId)
  if (!original) return { ...day, exercises: [...day.exercises, ...alone.exercises] }
  return { ...day, exercises: day.exercises.flatMap((entry) => (entry.id === exerciseId ? alone.exercises : [entry])) }
}

/** The day without this one entry; a check-in or a single value is cleared. */
export function withoutEntry(day: DayRecord, entryKey: string): DayRecord {
  const next: DayRecord = { ...day }
  switch (entryKey) {
    case 'morning':
      delete next.morning
      return next
    case 'worstPain':
      delete next.worstPain
      return next
    case 'badPeriod':
      delete next.badPeriod
      return next
    case 'weight':
      delete next.weightKg
      return next
    case 'cigarettes':
      delete next.cigarettes
      return next
  }
  const [list, id] = entryKey.split(':') as [string, string]
  if (list === 'activities' || list === 'exercises' || list === 'medication' || list === 'heavyLoads' || list === 'notes') {
    return removeEntry(day, list, id)
  }
  return day
}

/**
 * The exercises of the programme for adding to a past day: those already logged ticked with what was
 * logged, the others unticked at the planned dose.
 */
export function exerciseRowsForDay(plan: Plan, day: DayRecord | undefined, exerciseTitle: (id: string) => string): ExerciseRow[] {
  return plan.programme.exercises.map((goal) => {
    const logged = day?.exercises.find((entry) => entry.exerciseId === goal.exerciseId)
    const dose = logged ? { sets: logged.sets, reps: logged.reps, seconds: logged.seconds, painDuring: logged.painDuring } : { sets: goal.sets, reps: goal.reps, seconds: goal.seconds }
    return { exerciseId: goal.exerciseId, title: exerciseTitle(goal.exerciseId), done: Boolean(logged), ...dose }
  })
}

/** The date of a diary address: a real calendar day, or why it cannot be opened. */
export function checkDiaryDate(value: unknown, today: LocalDate): 'invalid' | 'future' | 'ok' {
  if (!isLocalDate(value)) return 'invalid'
  return value > today ? 'future' : 'ok'
}
