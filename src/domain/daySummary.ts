/**
 * What one line of the diary says about a day: the few numbers a patient scans for (pain in the
 * morning, the worst pain, how much they moved, the exercises) and the marks that set a day apart.
 */
import type { LocalDate } from './dates'
import type { DayRecord } from './dayLog'

export interface DaySummary {
  date: LocalDate
  morningPain?: number
  worstPain?: number
  /** Minutes of all activities together; 0 when none was logged. */
  activityMinutes: number
  /** Exercise entries logged that day. */
  exercisesDone: number
  badPeriod: boolean
  example: boolean
  /** Entries the line does not spell out: medication, heavy loads, notes, weight, cigarettes. */
  otherEntries: number
}

export function summarizeDay(day: DayRecord): DaySummary {
  return {
    date: day.date,
    morningPain: day.morning?.painNow,
    worstPain: day.worstPain,
    activityMinutes: day.activities.reduce((total, activity) => total + (Number.isFinite(activity.minutes) ? activity.minutes : 0), 0),
    exercisesDone: day.exercises.length,
    badPeriod: day.badPeriod === true,
    example: day.example === true,
    otherEntries:
      day.medication.length +
      day.heavyLoads.length +
      day.notes.length +
      (day.weightKg === undefined ? 0 : 1) +
      (day.cigarettes === undefined ? 0 : 1),
  }
}
