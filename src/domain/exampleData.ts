/**
 * A made-up but believable diary, so a new user (and the tests and the benchmark) can see what Heupwijs
 * shows once weeks of logs exist. Same options, same diary: everything comes from one seeded generator.
 *
 * The bad periods are planned, not left to chance: the usual worst pain is kept at exactly 3 (see
 * UsualPain), ordinary days never reach the "up" level twice in a row, bad-period days are 3–4 points
 * up, and two calm days are always logged after each one. So detectFlares finds exactly the planned
 * periods, with the planned dates.
 */
import type { LocalDate } from './dates'
import { isEmptyDay, type ActivityEntry, type ActivityType, type DayRecord, type ExerciseEntry, type HeavyLoadKind, type Intensity, type MorningCheckIn } from './dayLog'
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber } from './statistics'
import { FLARE } from './thresholds'

export interface ExampleOptions {
  /** The last day of the diary (the "today" of the example). */
  end: LocalDate
  /** How many calendar days the diary spans, ending on `end`. */
  days: number
  seed: number
}

/** Exercise ids from content/exercises/nl/*.md. */
const EXERCISE_IDS = ['bridging', 'sit-to-stand', 'standing-hip-abduction', 'clamshell', 'heel-raise', 'standing-hip-extension']

const USUAL_PAIN = 3
const NOTES_ORDINARY = [
  'Lekker gefietst met de buurvrouw.',
  'Slecht geslapen, veel gedraaid.',
  'Verjaardag van mijn kleindochter, veel gestaan.',
  'Rustige dag, wat gelezen.',
  'Met de hond naar het bos geweest.',
]
const NOTE_FLARE_START = 'Heup zeurt weer flink, ook bij het opstaan.'

/** One planned bad period, as day offsets from the first day of the diary. */
interface PlannedFlare {
  start: number
  length: number
  selfMarked: boolean
}

type Role = 'ordinary' | 'beforeFlare' | 'flare' | 'calmAfterFlare'

/**
 * Day records for `days` calendar days ending on `end`, oldest first, with no future day: every record
 * passes validateDay with the end date as "now". Bad periods (4–7 days, worst pain 6–7 against a usual
 * 3): none below 40 days, one from 40 to 69 days, exactly two from 70 to 150 days (so in the 90- and
 * 120-day examples; one of the two is marked by the patient on its first day), and beyond that one every
 * 6–10 weeks, of which about 40% marked. Heavy loads and long walks are likelier in the 3 days before.
 */
export function makeExampleDays({ end, days, seed }: ExampleOptions): DayRecord[] {
  const random = mulberry32(seed)
  const first = dayNumber(end) - (days - 1)
  const flares = planFlares(days, random)
  const roles = assignRoles(days, flares)
  const injectionDays = planInjections(days, flares)
  const usual = new UsualPain()
  const ids = new IdMaker(random)
  const records: DayRecord[] = []

  let weekday = weekdayOfDayNumber(first) // Monday = 0
  let exerciseWeekdays = pickExerciseWeekdays(random)
  let previousPain: number | undefined
  let gardenedYesterday = false

  for (let offset = 0; offset < days; offset++, weekday = (weekday + 1) % 7) {
    if (weekday === 0) exerciseWeekdays = pickExerciseWeekdays(random)
    const date = dateOfDayNumber(first + offset)
    const role = roles[offset]!
    const flare = role === 'flare' ? flares.find((f) => offset >= f.start && offset < f.start + f.length) : undefined
    const mustLogPain = role === 'flare' || role === 'calmAfterFlare'

    if (!mustLogPain && random() < 0.04) {
      previousPain = undefined // a day the patient did not open the app at all
      gardenedYesterday = false
      continue
    }

    const day: DayRecord = emptyRecord(date)
    const logsEvening = mustLogPain || random() >= 0.07
    if (logsEvening) {
      if (flare) {
        day.worstPain = USUAL_PAIN + 3 + (random() < 0.5 ? 1 : 0)
      } else {
        // A single "up" day is fine; two in a row would start a flare, so never right after one, and
        // never on the days around a planned bad period (which would move its start or end).
        const allowUp = role === 'ordinary' && (previousPain ?? 0) < USUAL_PAIN + FLARE.startRise
        day.worstPain = usual.pick(random, allowUp, gardenedYesterday)
      }
    }
    previousPain = day.worstPain
    if (flare && offset === flare.start && flare.selfMarked) day.badPeriod = true

    const inFlare = role === 'flare'
    if (random() >= 0.12) day.morning = morningCheckIn(random, day.worstPain, inFlare)
    day.activities = activities(random, ids, weekday, role, day.worstPain)
    if (exerciseWeekdays.has(weekday) && random() >= (inFlare ? 0.7 : role === 'beforeFlare' ? 0.5 : 0.05)) {
      day.exercises = exercises(random, ids)
    }
    if (weekday === 0 && random() < 0.85) day.weightKg = weightOn(offset, random)
    if (random() < (inFlare ? 0.6 : 0.05)) {
      day.medication.push({ id: ids.next(), kind: 'paracetamol', doses: inFlare ? 2 + Math.floor(random() * 3) : 1 + Math.floor(random() * 2) })
    }
    if (injectionDays.has(offset)) day.medication.push({ id: ids.next(), kind: 'injection', description: 'Injectie bij de huisarts' })
    if (!inFlare && random() < (role === 'beforeFlare' ? 0.45 : 0.07)) day.heavyLoads.push({ id: ids.next(), kind: heavyLoadKind(random) })
    if (flare && offset === flare.start) day.notes.push({ id: ids.next(), text: NOTE_FLARE_START })
    else if (random() < 0.03) day.notes.push({ id: ids.next(), text: pickFrom(random, NOTES_ORDINARY) })

    gardenedYesterday = day.activities.some((activity) => activity.type === 'gardening')
    if (!isEmptyDay(day)) records.push(day)
  }
  return records
}

/** mulberry32: a tiny, fast 32-bit generator; plenty for made-up diaries, never for anything secret. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Whole number from `min` to `max`, both included. */
function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

function pickFrom<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

/**
 * Short diaries (the example for a new user, the end-to-end set) get exactly two bad periods; longer
 * ones one every 6–10 weeks, about the rhythm of the Keele cohort. Each lasts 4–7 days and leaves room
 * for the usual level before it (a month) and two calm days after it.
 */
function planFlares(days: number, random: () => number): PlannedFlare[] {
  const length = (): number => between(random, 4, 7)
  if (days < 40) return []
  if (days < 70) return [{ start: Math.round(days * 0.55), length: length(), selfMarked: random() < 0.5 }]
  if (days <= 150) {
    const markedFirst = random() < 0.5
    return [
      { start: Math.round(days * 0.35) + between(random, 0, 4), length: length(), selfMarked: markedFirst },
      { start: Math.round(days * 0.7) + between(random, 0, 4), length: length(), selfMarked: !markedFirst },
    ]
  }
  const flares: PlannedFlare[] = []
  for (let start = between(random, 30, 50); start + 7 + FLARE.endConsecutiveDays < days; start += between(random, 42, 70)) {
    flares.push({ start, length: length(), selfMarked: random() < 0.4 })
  }
  return flares
}

function assignRoles(days: number, flares: readonly PlannedFlare[]): Role[] {
  const roles: Role[] = Array.from({ length: days }, () => 'ordinary')
  for (const flare of flares) {
    for (let i = 1; i <= 3; i++) if (flare.start - i >= 0) roles[flare.start - i] = 'beforeFlare'
    for (let i = 0; i < flare.length; i++) roles[flare.start + i] = 'flare'
    for (let i = 0; i < FLARE.endConsecutiveDays; i++) roles[flare.start + flare.length + i] = 'calmAfterFlare'
  }
  return roles
}

/** An injection about ten days after every third bad period (and after the second in short diaries). */
function planInjections(days: number, flares: readonly PlannedFlare[]): Set<number> {
  const offsets = new Set<number>()
  flares.forEach((flare, index) => {
    const due = days <= 150 ? index === 1 : index % 3 === 2
    const offset = flare.start + flare.length + 10
    if (due && offset < days) offsets.add(offset)
  })
  return offsets
}

/**
 * Picks ordinary worst-pain scores (2–5, mostly 3–4) while keeping fewer than half of the scores the
 * flare rule looks back on below 3 and fewer than half above 3. Then their median, the usual level, is
 * exactly 3, so "up" is 5 or more and "calm" is 4 or less on every day of every example diary.
 */
class UsualPain {
  private readonly recent: number[] = []

  /** `leanHigher` makes 4 likelier (the day after gardening), still within the rule above. */
  pick(random: () => number, allowUp: boolean, leanHigher: boolean): number {
    const roll = leanHigher ? 0.4 + 0.6 * random() : random()
    let pain = roll < 0.18 ? 2 : roll < 0.63 ? 3 : roll < 0.93 || !allowUp ? 4 : 5
    const window = [...this.recent.slice(-(FLARE.baselineWindowDays - 1)), pain]
    const below = window.filter((p) => p < USUAL_PAIN).length
    const above = window.filter((p) => p > USUAL_PAIN).length
    if ((pain < USUAL_PAIN && below * 2 >= window.length) || (pain > USUAL_PAIN && above * 2 >= window.length)) pain = USUAL_PAIN
    this.recent.push(pain)
    if (this.recent.length > FLARE.baselineWindowDays) this.recent.shift()
    return pain
  }
}

class IdMaker {
  private count = 0
  constructor(private readonly random: () => number) {}

  next(): string {
    this.count++
    return `ex-${this.count.toString(36)}-${Math.floor(this.random() * 0x100000000).toString(36)}`
  }
}

function emptyRecord(date: LocalDate): DayRecord {
  // A fixed evening time on the day itself: the example never reads the real clock.
  return { date, activities: [], exercises: [], medication: [], heavyLoads: [], notes: [], updatedAt: `${date}T19:30:00.000Z` }
}

function morningCheckIn(random: () => number, worstPain: number | undefined, inFlare: boolean): MorningCheckIn {
  const painNow = worstPain === undefined ? between(random, 1, 3) : Math.max(0, worstPain - between(random, 1, 2))
  return {
    painNow,
    stiffnessMinutes: inFlare ? 5 * between(random, 4, 10) : 5 * between(random, 1, 5),
    nightPain: inFlare ? between(random, 2, 5) : random() < 0.7 ? 0 : between(random, 1, 3),
    startUpPain: random() < (inFlare ? 0.85 : 0.45),
  }
}

function activities(random: () => number, ids: IdMaker, weekday: number, role: Role, worstPain: number | undefined): ActivityEntry[] {
  const inFlare = role === 'flare'
  const beforeFlare = role === 'beforeFlare'
  const entries: ActivityEntry[] = []
  const add = (type: ActivityType, minutes: number, intensity: Intensity, extraPain: number): void => {
    const entry: ActivityEntry = { id: ids.next(), type, minutes: Math.min(600, minutes), intensity }
    if (random() < 0.85) {
      const usual = worstPain ?? USUAL_PAIN
      const during = usual - 1 + between(random, -1, 2) + extraPain
      entry.painDuring = Math.max(0, Math.min(10, worstPain === undefined ? during : Math.min(worstPain, during)))
    }
    if (type === 'walking' && random() < 0.2) entry.walkingMinutesBeforePain = 5 * between(random, 4, 12)
    entries.push(entry)
  }
  const chance = inFlare ? 0.4 : 1

  if (random() < (beforeFlare ? 0.75 : 0.55) * chance) {
    const minutes = beforeFlare && random() < 0.6 ? 5 * between(random, 12, 22) : 5 * between(random, 3, 15)
    add('walking', minutes, random() < 0.7 ? 'light' : 'moderate', 0)
  }
  if (random() < 0.3 * chance) add('cycling', 5 * between(random, 4, 12), 'moderate', 0)
  if (random() < 0.12 * chance) add('swimming', 5 * between(random, 6, 9), random() < 0.5 ? 'light' : 'moderate', -1)
  if (random() < (weekday === 5 ? 0.4 : 0.12) * chance) add('gardening', 10 * between(random, 3, 12), random() < 0.6 ? 'moderate' : 'hard', 1)
  if (random() < 0.03 * chance) {
    add('other', 5 * between(random, 6, 12), 'light', 0)
    entries.at(-1)!.otherName = pickFrom(random, ['Tai chi', 'Dansen', 'Aquajoggen'])
  }
  return entries
}

function pickExerciseWeekdays(random: () => number): Set<number> {
  const count = random() < 0.4 ? 2 : 3
  const weekdays = new Set<number>()
  while (weekdays.size < count) weekdays.add(between(random, 0, 6))
  return weekdays
}

function exercises(random: () => number, ids: IdMaker): ExerciseEntry[] {
  const chosen = EXERCISE_IDS.filter(() => random() < 0.65)
  if (chosen.length === 0) chosen.push(pickFrom(random, EXERCISE_IDS))
  return chosen.map((exerciseId) => {
    const entry: ExerciseEntry = { id: ids.next(), exerciseId, sets: between(random, 2, 3), reps: between(random, 8, 15) }
    if (random() < 0.5) entry.painDuring = between(random, 0, 3)
    return entry
  })
}

/** About 84 kg at the start, slowly losing close to 3 kg that stays off, with day-to-day wobble. */
function weightOn(offset: number, random: () => number): number {
  const weeks = offset / 7
  const trend = 84 - 3 * (1 - Math.exp(-weeks / 52))
  return Math.round((trend + (random() - 0.5) * 0.8) * 10) / 10
}

function heavyLoadKind(random: () => number): HeavyLoadKind {
  const roll = random()
  return roll < 0.4 ? 'heavyWork' : roll < 0.85 ? 'longStandingOrWalking' : 'intensiveSport'
}
