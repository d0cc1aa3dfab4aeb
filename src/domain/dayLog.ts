/**
 * One record per local calendar day holds everything logged that day, so trends, reports and exports
 * read a few thousand day records instead of walking tens of thousands of single entries.
 */
import type { LocalDate } from './dates'

export const ACTIVITY_TYPES = ['cycling', 'swimming', 'gardening', 'walking', 'other'] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]

export const INTENSITIES = ['light', 'moderate', 'hard'] as const
export type Intensity = (typeof INTENSITIES)[number]

export const HEAVY_LOAD_KINDS = ['heavyWork', 'intensiveSport', 'longStandingOrWalking', 'fall'] as const
export type HeavyLoadKind = (typeof HEAVY_LOAD_KINDS)[number]

export const MEDICATION_KINDS = ['paracetamol', 'otherPainkiller', 'injection'] as const
export type MedicationKind = (typeof MEDICATION_KINDS)[number]

/** Pain on the usual 0–10 numeric rating scale. */
export type PainScore = number

export interface MorningCheckIn {
  painNow?: PainScore
  stiffnessMinutes?: number
  nightPain?: PainScore
  startUpPain?: boolean
}

export interface ActivityEntry {
  id: string
  type: ActivityType
  /** The patient's own name for an 'other' activity. */
  otherName?: string
  minutes: number
  intensity?: Intensity
  painDuring?: PainScore
  /** Minutes of walking before the pain started, when the patient noticed it. */
  walkingMinutesBeforePain?: number
}

export interface ExerciseEntry {
  id: string
  exerciseId: string
  sets: number
  /** Repetitions per set, or for holds and stretches the seconds per set. */
  reps?: number
  seconds?: number
  painDuring?: PainScore
}

export interface MedicationEntry {
  id: string
  kind: MedicationKind
  /** Number of paracetamol doses taken that day. */
  doses?: number
  /** The painkiller's name or the kind of injection, in the patient's words. */
  description?: string
}

export interface HeavyLoadEntry {
  id: string
  kind: HeavyLoadKind
}

export interface NoteEntry {
  id: string
  text: string
}

export interface DayRecord {
  date: LocalDate
  morning?: MorningCheckIn
  /** Evening check-in: the worst pain of the day. */
  worstPain?: PainScore
  /** The patient marked this day as part of a bad period (self-marked flare-up). */
  badPeriod?: boolean
  weightKg?: number
  cigarettes?: number
  activities: ActivityEntry[]
  exercises: ExerciseEntry[]
  medication: MedicationEntry[]
  heavyLoads: HeavyLoadEntry[]
  notes: NoteEntry[]
  /** Generated example data (Settings), kept apart so it never mixes with what the patient logged. */
  example?: boolean
  /** ISO instant of the last change, for backups and merges. */
  updatedAt: string
}

export function emptyDay(date: LocalDate, now: Date): DayRecord {
  return {
    date,
    activities: [],
    exercises: [],
    medication: [],
    heavyLoads: [],
    notes: [],
    updatedAt: now.toISOString(),
  }
}

/** True when nothing at all is logged for the day, so the record can be removed. */
export function isEmptyDay(day: DayRecord): boolean {
  const morning = day.morning ?? {}
  return (
    Object.values(morning).every((value) => value === undefined) &&
    day.worstPain === undefined &&
    !day.badPeriod &&
    day.weightKg === undefined &&
    day.cigarettes === undefined &&
    day.activities.length === 0 &&
    day.exercises.length === 0 &&
    day.medication.length === 0 &&
    day.heavyLoads.length === 0 &&
    day.notes.length === 0
  )
}

/** The lists of single entries a day holds; each entry has its own id. */
export type EntryList = 'activities' | 'exercises' | 'medication' | 'heavyLoads' | 'notes'
export type EntryOf<L extends EntryList> = DayRecord[L][number]

/** Adds the entry, or replaces the one with the same id; the other entries stay as they were. */
export function upsertEntry<L extends EntryList>(day: DayRecord, list: L, entry: EntryOf<L>): DayRecord {
  const entries = day[list] as EntryOf<L>[]
  const index = entries.findIndex((existing) => existing.id === entry.id)
  const next = index === -1 ? [...entries, entry] : entries.map((existing, i) => (i === index ? entry : existing))
  return { ...day, [list]: next }
}

export function removeEntry(day: DayRecord, list: EntryList, id: string): DayRecord {
  return { ...day, [list]: (day[list] as { id: string }[]).filter((entry) => entry.id !== id) }
}
