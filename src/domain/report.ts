/**
 * The doctor-visit report (issue 6, item 1) as plain numbers: per week and for the whole period, the
 * bad periods, weight, smoking, medication and a timeline of the conservative care tried so far. Only
 * counts, medians and the patient's own words; the view phrases them and never interprets.
 *
 * The report shows the diary as given, like the insights do: with example data loaded (Settings) it
 * shows the example, so a new user can see what a report looks like. A day without a record is "not
 * logged", never "zero": every figure says how many days it is built on.
 */
import { lastAppointment } from './appointment'
import { addDays, isLocalDate, startOfWeek, type LocalDate } from './dates'
import { ACTIVITY_TYPES, type ActivityType, type DayRecord } from './dayLog'
import type { FlareEpisode } from './flares'
import { sameActivity, type ActivityGoal, type AppointmentWith, type Plan, type Profile } from './plan'
import { dayNumber, median } from './statistics'

/** What the report reads of a bad period; detectFlares' episodes fit. */
export type ReportFlareInput = Pick<FlareEpisode, 'start' | 'end' | 'durationDays' | 'peak'>

export interface ReportInput {
  /** The whole diary, any order: the timeline looks back before `from`. */
  days: readonly DayRecord[]
  plan: Plan | null
  profile: Profile | null
  /** First and last day of the report, both included. */
  from: LocalDate
  to: LocalDate
  /** detectFlares over the whole diary; the report keeps those that overlap the period. */
  flares: readonly ReportFlareInput[]
}

/** Without a past appointment, the report covers this many calendar weeks up to today. */
export const DEFAULT_REPORT_WEEKS = 12

/**
 * Notes that mention physiotherapy appear on the timeline, until the diary has a field for sessions.
 * Dutch and English word stems, so "fysiotherapeut", "fysio" and "physiotherapy" all match.
 */
const PHYSIOTHERAPY_WORDS = /fysio|physio|oefentherap/i

export interface ReportPeriodChoice {
  from: LocalDate
  to: LocalDate
  /** Why this period: since the appointment in the profile (when it has passed), or the last 12 weeks. */
  basis: 'lastAppointment' | 'recentWeeks'
}

/**
 * The default period: from the day of the last appointment before today (the profile's next one once
 * it has passed, else the one kept before it) up to today; otherwise the last 12 calendar weeks,
 * Monday to today.
 */
export function defaultReportPeriod(profile: Profile | null, today: LocalDate): ReportPeriodChoice {
  const appointment = lastAppointment(profile, today)
  if (appointment) return { from: appointment.date, to: today, basis: 'lastAppointment' }
  return { from: addDays(startOfWeek(today), -7 * (DEFAULT_REPORT_WEEKS - 1)), to: today, basis: 'recentWeeks' }
}

/** The figures of a week or of the whole period. "Days" are logged days holding that value. */
export interface ReportFigures {
  /** Days with a record. */
  loggedDays: number
  /** Worst pain of the day (evening check-in): the median over the days and the highest. */
  worstPain: { median: number | null; highest: number | null; days: number }
  morningPain: { median: number | null; days: number }
  stiffness: { medianMinutes: number | null; days: number }
  /** Nights with night pain above 0, of `logged` nights with a night-pain score. */
  nightPain: { nights: number; logged: number }
  /** Mornings with start-up pain, of `logged` mornings that answered the question. */
  startUpPain: { days: number; logged: number }
  /** Days the patient marked as part of a bad period. */
  markedBadDays: number
  activityMinutes: { total: number; byType: Record<ActivityType, number> }
  /** Days with at least one exercise logged. */
  exerciseDays: number
  /** Minutes of walking before the pain started, over the activities where the patient noted it. */
  walkingTolerance: { medianMinutes: number | null; entries: number }
  /** Days with paracetamol or another painkiller. */
  painkillerDays: number
  paracetamolDays: number
  otherPainkillerDays: number
  injections: number
  cigarettes: { total: number; loggedDays: number; smokeFreeDays: number; medianPerLoggedDay: number | null }
}

export interface ReportWeek extends ReportFigures {
  /** Monday of the week. */
  weekStart: LocalDate
  /** Days of this week inside the period (the first and last week may be partial). */
  daysInPeriod: number
  /** The plan's activity goal for the week in minutes; null before the plan started or without a plan. */
  activityGoalMinutes: number | null
  /** The plan's exercise days for the week; null before the plan started or without a plan. */
  exerciseGoalDays: number | null
}

export interface ReportFlare {
  start: LocalDate
  end: LocalDate
  durationDays: number
  /** Days of the bad period inside the report's period. */
  daysInPeriod: number
  peak: number | null
}

export interface ReportWeight {
  first: { date: LocalDate; kg: number } | null
  last: { date: LocalDate; kg: number } | null
  /** last − first, in kg with one decimal. */
  changeKg: number | null
  /** BMI only when the profile holds a height. */
  heightCm: number | null
  bmiFirst: number | null
  bmiLast: number | null
  bmiChange: number | null
}

export type TimelineEventKind = 'planStarted' | 'firstParacetamol' | 'firstOtherPainkiller' | 'injection' | 'physiotherapyNote' | 'appointment'

export interface TimelineEvent {
  date: LocalDate
  kind: TimelineEventKind
  /** The patient's own words: the injection's or painkiller's description, or the note. */
  text?: string
  /** For an appointment: with whom. */
  with?: AppointmentWith
}

export interface Report {
  period: { from: LocalDate; to: LocalDate; calendarDays: number; loggedDays: number }
  total: ReportFigures
  weeks: ReportWeek[]
  flares: { count: number; totalDaysInPeriod: number; episodes: ReportFlare[] }
  weight: ReportWeight
  /** The profile's smoking details, when given. */
  smokingProfile: { cigarettesPerDay: number; quitDate?: LocalDate } | null
  /** Injections in the period. */
  injections: { date: LocalDate; description?: string }[]
  /** What has been tried so far, over the whole diary, oldest first. */
  timeline: TimelineEvent[]
  /** Notes of the period, for the patient to choose which go on the report. */
  notes: { date: LocalDate; id: string; text: string }[]
  /** The usual pain medication as the patient wrote it in the profile. */
  usualMedication: string | null
}

export function buildReport({ days, plan, profile, from, to, flares }: ReportInput): Report {
  const diary = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const inPeriod = diary.filter((day) => day.date >= from && day.date <= to)

  const byWeek = new Map<LocalDate, DayRecord[]>()
  for (let monday = startOfWeek(from); monday <= to; monday = addDays(monday, 7)) byWeek.set(monday, [])
  for (const day of inPeriod) byWeek.get(startOfWeek(day.date))!.push(day)
  const weeks = [...byWeek].map(([weekStart, weekDays]): ReportWeek => {
    const first = weekStart < from ? from : weekStart
    const sunday = addDays(weekStart, 6)
    const last = sunday > to ? to : sunday
    return {
      weekStart,
      daysInPeriod: dayNumber(last) - dayNumber(first) + 1,
      activityGoalMinutes: activityGoalForWeek(plan, weekStart),
      exerciseGoalDays: plan && plan.startedOn <= sunday ? plan.programme.daysPerWeek : null,
      ...figures(weekDays),
    }
  })

  return {
    period: { from, to, calendarDays: dayNumber(to) - dayNumber(from) + 1, loggedDays: inPeriod.length },
    total: figures(inPeriod),
    weeks,
    flares: flaresInPeriod(flares, from, to),
    weight: weightChange(inPeriod, profile?.heightCm),
    smokingProfile: profile?.smoking ? { ...profile.smoking } : null,
    injections: inPeriod.flatMap((day) =>
      day.medication
        .filter((entry) => entry.kind === 'injection')
        .map((entry) => {
          const description = entry.description?.trim()
          return description ? { date: day.date, description } : { date: day.date }
        }),
    ),
    timeline: timeline(diary, plan, profile, to),
    notes: inPeriod.flatMap((day) => day.notes.filter((note) => note.text.trim() !== '').map((note) => ({ date: day.date, id: note.id, text: note.text }))),
    usualMedication: profile?.usualMedication?.trim() || null,
  }
}

function figures(days: readonly DayRecord[]): ReportFigures {
  const worst: number[] = []
  const morning: number[] = []
  const stiffness: number[] = []
  const walking: number[] = []
  const cigarettes: number[] = []
  const byType = Object.fromEntries(ACTIVITY_TYPES.map((type) => [type, 0])) as Record<ActivityType, number>
  const result = {
    nightPain: { nights: 0, logged: 0 },
    startUpPain: { days: 0, logged: 0 },
    markedBadDays: 0,
    exerciseDays: 0,
    painkillerDays: 0,
    paracetamolDays: 0,
    otherPainkillerDays: 0,
    injections: 0,
  }
  for (const day of days) {
    if (day.worstPain !== undefined) worst.push(day.worstPain)
    if (day.morning?.painNow !== undefined) morning.push(day.morning.painNow)
    if (day.morning?.stiffnessMinutes !== undefined) stiffness.push(day.morning.stiffnessMinutes)
    if (day.morning?.nightPain !== undefined) {
      result.nightPain.logged++
      if (day.morning.nightPain > 0) result.nightPain.nights++
    }
    if (day.morning?.startUpPain !== undefined) {
      result.startUpPain.logged++
      if (day.morning.startUpPain) result.startUpPain.days++
    }
    if (day.badPeriod === true) result.markedBadDays++
    for (const activity of day.activities) {
      byType[activity.type] += activity.minutes
      if (activity.walkingMinutesBeforePain !== undefined) walking.push(activity.walkingMinutesBeforePain)
    }
    if (day.exercises.length > 0) result.exerciseDays++
    const took = (kind: string) => day.medication.some((entry) => entry.kind === kind)
    if (took('paracetamol')) result.paracetamolDays++
    if (took('otherPainkiller')) result.otherPainkillerDays++
    if (took('paracetamol') || took('otherPainkiller')) result.painkillerDays++
    result.injections += day.medication.filter((entry) => entry.kind === 'injection').length
    if (day.cigarettes !== undefined) cigarettes.push(day.cigarettes)
  }
  return {
    loggedDays: days.length,
    worstPain: { median: median(worst), highest: worst.length ? Math.max(...worst) : null, days: worst.length },
    morningPain: { median: median(morning), days: morning.length },
    stiffness: { medianMinutes: median(stiffness), days: stiffness.length },
    activityMinutes: { total: ACTIVITY_TYPES.reduce((sum, type) => sum + byType[type], 0), byType },
    walkingTolerance: { medianMinutes: median(walking), entries: walking.length },
    cigarettes: {
      total: cigarettes.reduce((sum, n) => sum + n, 0),
      loggedDays: cigarettes.length,
      smokeFreeDays: cigarettes.filter((n) => n === 0).length,
      medianPerLoggedDay: median(cigarettes),
    },
    ...result,
  }
}

/**
 * The plan's weekly activity minutes as they stood in that week. Build-up decisions record each
 * accepted step (from → to minutes in the week it was taken), so a goal's minutes in an earlier week
 * are the "from" of the first step taken after it. Edits made by hand in Settings leave no history and
 * count as if they had always been so.
 */
export function activityGoalForWeek(plan: Plan | null, weekStart: LocalDate): number | null {
  if (!plan || plan.startedOn > addDays(weekStart, 6)) return null
  const minutesThen = (goal: ActivityGoal): number => {
    const later = plan.buildUpDecisions
      .filter((decision) => decision.decision === 'accepted' && decision.weekStart > weekStart && sameActivity(decision.activity, goal))
      .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0))
    return later[0]?.fromMinutes ?? goal.minutesPerDay
  }
  return plan.activities.reduce((sum, goal) => sum + goal.daysPerWeek * minutesThen(goal), 0)
}

function flaresInPeriod(flares: readonly ReportFlareInput[], from: LocalDate, to: LocalDate): Report['flares'] {
  const episodes = flares
    .filter((flare) => flare.start <= to && flare.end >= from)
    .map((flare): ReportFlare => {
      const first = flare.start < from ? from : flare.start
      const last = flare.end > to ? to : flare.end
      return { start: flare.start, end: flare.end, durationDays: flare.durationDays, daysInPeriod: dayNumber(last) - dayNumber(first) + 1, peak: flare.peak }
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  return { count: episodes.length, totalDaysInPeriod: episodes.reduce((sum, e) => sum + e.daysInPeriod, 0), episodes }
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10

function weightChange(days: readonly DayRecord[], heightCm: number | undefined): ReportWeight {
  const weighed = days.filter((day) => day.weightKg !== undefined)
  const first = weighed[0] ? { date: weighed[0].date, kg: weighed[0].weightKg! } : null
  const lastDay = weighed.at(-1)
  const last = lastDay ? { date: lastDay.date, kg: lastDay.weightKg! } : null
  const height = heightCm !== undefined && heightCm > 0 ? heightCm : null
  const bmi = (kg: number | undefined): number | null => (height === null || kg === undefined ? null : oneDecimal(kg / (height / 100) ** 2))
  const bmiFirst = bmi(first?.kg)
  const bmiLast = bmi(last?.kg)
  return {
    first,
    last,
    changeKg: first && last ? oneDecimal(last.kg - first.kg) : null,
    heightCm: height,
    bmiFirst,
    bmiLast,
    bmiChange: bmiFirst !== null && bmiLast !== null ? oneDecimal(bmiLast - bmiFirst) : null,
  }
}

function timeline(diary: readonly DayRecord[], plan: Plan | null, profile: Profile | null, to: LocalDate): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const event = (date: LocalDate, kind: TimelineEventKind, text?: string): TimelineEvent => {
    const trimmed = text?.trim()
    return trimmed ? { date, kind, text: trimmed } : { date, kind }
  }
  if (plan && plan.startedOn <= to) events.push(event(plan.startedOn, 'planStarted'))
  let paracetamol: TimelineEvent | null = null
  let otherPainkiller: TimelineEvent | null = null
  for (const day of diary) {
    if (day.date > to) break
    for (const entry of day.medication) {
      if (entry.kind === 'paracetamol') paracetamol ??= event(day.date, 'firstParacetamol')
      if (entry.kind === 'otherPainkiller') otherPainkiller ??= event(day.date, 'firstOtherPainkiller', entry.description)
      if (entry.kind === 'injection') events.push(event(day.date, 'injection', entry.description))
    }
    for (const note of day.notes) if (PHYSIOTHERAPY_WORDS.test(note.text)) events.push(event(day.date, 'physiotherapyNote', note.text))
  }
  if (paracetamol) events.push(paracetamol)
  if (otherPainkiller) events.push(otherPainkiller)
  for (const appointment of [profile?.lastAppointment, profile?.nextAppointment]) {
    if (appointment && isLocalDate(appointment.date) && appointment.date <= to) events.push({ date: appointment.date, kind: 'appointment', with: appointment.with })
  }
  const order: TimelineEventKind[] = ['planStarted', 'appointment', 'firstParacetamol', 'firstOtherPainkiller', 'injection', 'physiotherapyNote']
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order.indexOf(a.kind) - order.indexOf(b.kind)))
}
