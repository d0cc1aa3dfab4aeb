/**
 * The forms of the Today screen as plain data: what each form starts with, how it changes the day
 * record, and which of its fields hold invalid values. A new entry gets its id when the form opens, so
 * applying a form is repeatable and a kept draft saves to the same entry.
 */
import type { LocalDate } from './dates'
import {
  emptyDay,

  upsertEntry,
  type ActivityType,
  type DayRecord,
  type HeavyLoadKind,
  type Intensity,
  type MedicationKind,
  type MorningCheckIn,
} from './dayLog'
import type { Plan } from './plan'
import type { TodayItem } from './todayPlan'
import { validateDay, type Problem } from './validation'

export interface ActivityForm {
  entryId: string
  type: ActivityType
  otherName?: string
  minutes?: number
  intensity?: Intensity
  painDuring?: number
  walkingMinutesBeforePain?: number
}

export interface ExerciseRow {
  exerciseId: string
  title: string
  done: boolean
  sets?: number
  reps?: number
  seconds?: number
  painDuring?: number
}

export interface MedicationForm {
  entryId: string
  kind?: MedicationKind
  doses?: number
  description?: string
}

export type OpenForm =
  | { name: 'morning'; data: MorningCheckIn }
  | { name: 'evening'; data: { worstPain?: number } }
  | { name: 'activity'; data: ActivityForm }
  | { name: 'exercises'; data: ExerciseRow[] }
  | { name: 'weight'; data: { weightKg?: number } }
  | { name: 'cigarettes'; data: { cigarettes?: number } }
  | { name: 'medication'; data: MedicationForm }
  | { name: 'heavyLoad'; data: HeavyLoadKind[] }
  | { name: 'note'; data: { entryId: string; text: string } }

export type AnytimeForm = 'morning' | 'evening' | 'activity' | 'weight' | 'cigarettes' | 'medication' | 'heavyLoad' | 'note'

/** A form for something logged at any moment, filled with what the day already holds. */
export function formFromDay(name: AnytimeForm, day: DayRecord | undefined, newId: () => string): OpenForm {
  switch (name) {
    case 'morning':
      return { name, data: { ...day?.morning } }
    case 'evening':
      return { name, data: { worstPain: day?.worstPain } }
    case 'activity':
      return { name, data: { entryId: newId(), type: 'walking' } }
    case 'weight':
      return { name, data: { weightKg: day?.weightKg } }
    case 'cigarettes':
      return { name, data: { cigarettes: day?.cigarettes } }
    case 'medication':
      return { name, data: { entryId: newId() } }
    case 'heavyLoad':
      return { name, data: (day?.heavyLoads ?? []).map((entry) => entry.kind) }
    case 'note':
      return { name, data: { entryId: newId(), text: '' } }
  }
}

/** The exercise rows of the programme, marked with what today already holds. */
function exerciseRows(plan: Plan, day: DayRecord | undefined, title: (id: string) => string): ExerciseRow[] {
  return plan.programme.exercises.map((goal) => {
    const logged = day?.exercises.find((entry) => entry.exerciseId === goal.exerciseId)
    const dose = logged ? { sets: logged.sets, reps: logged.reps, seconds: logged.seconds, painDuring: logged.painDuring } : {}
    return { ...goal, ...dose, title: title(goal.exerciseId), done: Boolean(logged) }
  })
}

/** The form that adjusts (or fills in) a checklist item. */
export function formForItem(item: TodayItem, day: DayRecord | undefined, plan: Plan, title: (id: string) => string, newId: () => string): OpenForm {
  switch (item.kind) {
    case 'morningCheckIn':
      return formFromDay('morning', day, newId)
    case 'eveningCheckIn':
      return formFromDay('evening', day, newId)
    case 'weighIn':
      return formFromDay('weight', day, newId)
    case 'smokeFree':
      return formFromDay('cigarettes', day, newId)
    case 'exercises':
      return { name: 'exercises', data: exerciseRows(plan, day, title).map((row) => ({ ...row, done: true })) }
    case 'activity': {
      const logged = day?.activities.find((entry) => entry.type === item.type && (item.type !== 'other' || entry.otherName === item.otherName))
      if (logged) return { name: 'activity', data: { entryId: logged.id, ...logged } }
      return { name: 'activity', data: { entryId: newId(), type: item.type, otherName: item.otherName, minutes: item.minutesPerDay } }
    }
  }
}

/** The one-tap "done" of an activity or the exercise programme, at the planned dose. */
export function quickForm(item: TodayItem, plan: Plan, newId: () => string): OpenForm | null {
  if (item.kind === 'activity') {
    return { name: 'activity', data: { entryId: newId(), type: item.type, otherName: item.otherName, minutes: item.minutesPerDay } }
  }
  if (item.kind === 'exercises') {
    return { name: 'exercises', data: exerciseRows(plan, undefined, (id) => id).map((row) => ({ ...row, done: true })) }
  }
  return null
}

/** The day with the form's input applied; every other entry stays as it was. */
export function applyForm(day: DayRecord, form: OpenForm, newId: () => string): DayRecord {
  switch (form.name) {
    case 'morning':
      return { ...day, morning: { ...form.data } }
    case 'evening':
      return { ...day, worstPain: form.data.worstPain }
    case 'weight':
      return { ...day, weightKg: form.data.weightKg }
    case 'cigarettes':
      return { ...day, cigarettes: form.data.cigarettes }
    case 'heavyLoad':
      return { ...day, heavyLoads: form.data.map((kind) => day.heavyLoads.find((entry) => entry.kind === kind) ?? { id: newId(), kind }) }
    case 'note':
      return form.data.text.trim() ? upsertEntry(day, 'notes', { id: form.data.entryId, text: form.data.text.trim() }) : day
    case 'medication': {
      const { entryId, kind, doses, description } = form.data
      if (!kind) return day
      return upsertEntry(day, 'medication', { id: entryId, kind, doses: kind === 'paracetamol' ? doses : undefined, description: kind === 'paracetamol' ? undefined : description?.trim() || undefined })
    }
    case 'activity': {
      const { entryId, minutes, ...rest } = form.data
      return upsertEntry(day, 'activities', { ...rest, id: entryId, minutes: minutes ?? Number.NaN, otherName: rest.type === 'other' ? rest.otherName?.trim() : undefined })
    }
    case 'exercises': {
      const ids = new Set(form.data.map((row) => row.exerciseId))
      const kept = day.exercises.filter((entry) => !ids.has(entry.exerciseId))
      const done = form.data.filter((row) => row.done)
      const entries = done.map((row) => {
        const existing = day.exercises.find((entry) => entry.exerciseId === row.exerciseId)
        return { id: existing?.id ?? newId(), exerciseId: row.exerciseId, sets: row.sets ?? Number.NaN, reps: row.reps, seconds: row.seconds, painDuring: row.painDuring }
      })
      return { ...day, exercises: [...kept, ...entries] }
    }
  }
}

/** Problems of the form's own fields, named as the form names them (e.g. 'minutes', '2.sets'). */
export function checkForm(form: OpenForm, date: LocalDate, now: Date): Problem[] {
  const alone = applyForm(emptyDay(date, now), form, () => 'new')
  const problems = validateDay(alone, now)
  const doneRows = form.name === 'exercises' ? form.data.flatMap((row, index) => (row.done ? [index] : [])) : []
  return problems.flatMap((problem) => {
    const [head, index, field] = problem.field.split('.')
    if (head === 'date') return [problem]
    if (head === 'morning') return [{ ...problem, field: index! }]
    if (head === 'exercises') return [{ ...problem, field: `${doneRows[Number(index)]}.${field}` }]
    if (field !== undefined) return [{ ...problem, field }]
    return [problem]
  })
}

/** True when applying the form changes nothing (e.g. an empty note): nothing needs saving. */
export function formIsEmpty(form: OpenForm): boolean {
  if (form.name === 'note') return !form.data.text.trim()
  if (form.name === 'medication') return !form.data.kind
  return false
}

