/**
 * Finding bad periods (flare-ups) in the patient's own worst-pain scores. The rule describes what was
 * logged; it never diagnoses. All numbers come from FLARE in ./thresholds.ts, which names the sources.
 */
import type { LocalDate } from './dates'
import type { DayRecord } from './dayLog'
import { dayNumber, RecentMedian } from './statistics'
import { FLARE } from './thresholds'

export interface FlareEpisode {
  /** The first day of the bad period. */
  start: LocalDate
  /**
   * The last day that still belonged to the bad period. When the end was not logged (a long gap, or the
   * diary stops during the episode), this is the last logged day that was not yet calm again.
   */
  end: LocalDate
  /** True when two calm days in a row were logged after `end`, so the end is known. */
  endLogged: boolean
  /** True when the diary stops during this episode: nothing after it shows whether it has ended. */
  open: boolean
  /** Calendar days from start to end, both included (unlogged days inside the episode count too). */
  durationDays: number
  /** The highest worst-pain score logged from start to end; null if only marks were logged. */
  peak: number | null
  /** The usual level the episode was measured against; null when it began before one existed. */
  baseline: number | null
  /** True when the patient marked the first day as a bad period (rather than the pain rule finding it). */
  selfMarked: boolean
}

/**
 * Finds the bad periods in a diary. Plain-words version of the rule (issue 5, item 2):
 *
 * - **Which days count.** Only days with a worst-pain score or a "bad period" mark take part. A day with
 *   only a morning check-in or an activity counts as not logged here. Missing days are never filled in.
 * - **Usual level (baseline).** The median worst pain of the 14 most recent logged days before the day
 *   being judged that were not part of a bad period. With fewer than 7 such days there is no usual level
 *   yet, and only the patient's own marks can start a bad period (the first weeks of use).
 * - **Up and calm.** A day is "up" when its worst pain is at least usual + 2. A day is "calm" when its
 *   worst pain is at most usual + 1 and it is not marked as a bad period. Values in between are neither.
 * - **Start.** A bad period starts on the first of two calendar-adjacent logged days (today and
 *   tomorrow, so at least 24 hours) that are both up against the usual level of the day before the
 *   first of them. A single up day, or two up days with a missing day between them, start nothing.
 *   A day the patient marked as a bad period starts one straight away, even without a usual level.
 * - **During.** The usual level stays the one measured at the start. Every day that is not calm keeps
 *   the period going; a marked day always does.
 * - **End.** The period ends once two calendar-adjacent logged days are calm. The end date is the last
 *   day before them that was not calm, so calm days at the tail never belong to the period (a calm day
 *   between two days that were not calm does). One calm day, a missing day and another calm day do not
 *   end it yet. Without a usual level (a marked period in the first weeks), any unmarked day with a
 *   pain score counts as calm.
 * - **Gaps.** More than two calendar days in a row without a logged day end a running period as "end not
 *   logged" (`endLogged: false`); its end is the last day that was not calm. A diary that stops during
 *   a period leaves it `open`.
 * - **Usual level afterwards.** Days inside a bad period never count towards a later usual level; calm
 *   days after it, and single up days that started nothing, do.
 *
 * Dates are compared as calendar days, so daylight-saving changes cannot shift anything. Expects at
 * most one record per date (as stored); the input order does not matter.
 */
export function detectFlares(days: readonly PainMarks[]): FlareEpisode[] {
  const logged = toPainDays(days)
  const episodes: FlareEpisode[] = []
  const usual = new UsualLevel()
  let running: RunningEpisode | null = null

  for (let i = 0; i < logged.length; i++) {
    const day = logged[i]!
    if (running) {
      if (day.dayNumber - running.lastLogged.dayNumber - 1 > FLARE.maxGapDays) {
        episodes.push(finish(running, { endLogged: false, open: false }))
        usual.addAll(running.calmSinceLastFlareDay)
        running = null
      } else {
        running.lastLogged = day
        if (isCalm(day, running.baseline)) {
          const previousCalm = running.calmSinceLastFlareDay.at(-1)
          running.calmRun = previousCalm && previousCalm.dayNumber === day.dayNumber - 1 ? running.calmRun + 1 : 1
          running.calmSinceLastFlareDay.push(day)
          if (running.calmRun >= FLARE.endConsecutiveDays) {
            episodes.push(finish(running, { endLogged: true, open: false }))
            usual.addAll(running.calmSinceLastFlareDay)
            running = null
          }
        } else {
          extend(running, day)
        }
        continue
      }
    }

    const baseline = usual.level()
    if (day.marked) {
      running = begin(day, baseline, true)
    } else if (baseline !== null && startsUpRun(logged, i, baseline)) {
      running = begin(day, baseline, false)
    } else if (day.pain !== undefined) {
      usual.add(day.pain)
    }
  }

  if (running) episodes.push(finish(running, { endLogged: false, open: true }))
  return episodes
}

/** What the rule reads of a day: a DayRecord fits, and so do the lighter DayFigures. */
export type PainMarks = Pick<DayRecord, 'date' | 'worstPain' | 'badPeriod'>

/** A logged day reduced to what the rule reads. */
interface PainDay {
  date: LocalDate
  /** Calendar day count (see statistics.dayNumber), so adjacency is a subtraction. */
  dayNumber: number
  pain: number | undefined
  marked: boolean
}

interface RunningEpisode {
  start: PainDay
  baseline: number | null
  selfMarked: boolean
  lastFlareDay: PainDay
  lastLogged: PainDay
  peak: number | null
  /** Calm days logged after the last flare day: they join the episode only if it flares up again. */
  calmSinceLastFlareDay: PainDay[]
  /** How many of those calm days are calendar-adjacent at the end. */
  calmRun: number
}

function toPainDays(days: readonly PainMarks[]): PainDay[] {
  const relevant = days.filter((day) => day.worstPain !== undefined || day.badPeriod === true)
  relevant.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return relevant.map((day) => ({
    date: day.date,
    dayNumber: dayNumber(day.date),
    pain: day.worstPain,
    marked: day.badPeriod === true,
  }))
}

function isUp(day: PainDay, baseline: number): boolean {
  return day.pain !== undefined && day.pain >= baseline + FLARE.startRise
}

function isCalm(day: PainDay, baseline: number | null): boolean {
  if (day.marked || day.pain === undefined) return false
  return baseline === null || day.pain <= baseline + FLARE.endWithin
}

/** True when day `i` and the next calendar days after it are all logged and up. */
function startsUpRun(logged: readonly PainDay[], i: number, baseline: number): boolean {
  const first = logged[i]!
  for (let k = 0; k < FLARE.startConsecutiveDays; k++) {
    const day = logged[i + k]
    if (!day || day.dayNumber !== first.dayNumber + k || !isUp(day, baseline)) return false
  }
  return true
}

function begin(day: PainDay, baseline: number | null, selfMarked: boolean): RunningEpisode {
  return {
    start: day,
    baseline,
    selfMarked,
    lastFlareDay: day,
    lastLogged: day,
    peak: day.pain ?? null,
    calmSinceLastFlareDay: [],
    calmRun: 0,
  }
}

/** A day that is not calm: the episode reaches it, taking in the calm days since the last flare day. */
function extend(running: RunningEpisode, day: PainDay): void {
  for (const inside of [...running.calmSinceLastFlareDay, day]) {
    if (inside.pain !== undefined && (running.peak === null || inside.pain > running.peak)) running.peak = inside.pain
  }
  running.lastFlareDay = day
  running.calmSinceLastFlareDay = []
  running.calmRun = 0
}

function finish(running: RunningEpisode, how: { endLogged: boolean; open: boolean }): FlareEpisode {
  return {
    start: running.start.date,
    end: running.lastFlareDay.date,
    endLogged: how.endLogged,
    open: how.open,
    durationDays: running.lastFlareDay.dayNumber - running.start.dayNumber + 1,
    peak: running.peak,
    baseline: running.baseline,
    selfMarked: running.selfMarked,
  }
}

/** The worst-pain scores of the most recent logged days outside a bad period. */
class UsualLevel {
  private readonly recent = new RecentMedian(FLARE.baselineWindowDays)

  add(pain: number): void {
    this.recent.add(pain)
  }

  addAll(days: readonly PainDay[]): void {
    for (const day of days) if (day.pain !== undefined) this.recent.add(day.pain)
  }

  /** The median, or null while fewer days than the minimum are known. */
  level(): number | null {
    return this.recent.count < FLARE.minBaselineDays ? null : this.recent.median()
  }
}
