/**
 * The periods the report offers: since the last appointment (when the profile holds one that has
 * passed), the last 6 or 12 weeks, the last half year, or two dates the patient picks. Weeks end
 * today and start on a Monday, like the default period of buildReport.
 */
import { addDays, isLocalDate, startOfWeek, type LocalDate } from './dates'
import { DEFAULT_REPORT_WEEKS, defaultReportPeriod } from './report'
import type { Profile } from './plan'

export const REPORT_PERIOD_KINDS = ['sinceAppointment', 'weeks6', 'weeks12', 'weeks26', 'custom'] as const
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number]

const WEEKS: Partial<Record<ReportPeriodKind, number>> = { weeks6: 6, weeks12: DEFAULT_REPORT_WEEKS, weeks26: 26 }

export interface ReportPeriodRange {
  from: LocalDate
  to: LocalDate
}

/** The choices that make sense today: "since the appointment" only when one has passed. */
export function reportPeriodKinds(profile: Profile | null, today: LocalDate): ReportPeriodKind[] {
  const hasAppointment = defaultReportPeriod(profile, today).basis === 'lastAppointment'
  return REPORT_PERIOD_KINDS.filter((kind) => kind !== 'sinceAppointment' || hasAppointment)
}

/** The choice the report opens with, matching defaultReportPeriod. */
export function defaultReportPeriodKind(profile: Profile | null, today: LocalDate): ReportPeriodKind {
  return defaultReportPeriod(profile, today).basis === 'lastAppointment' ? 'sinceAppointment' : 'weeks12'
}

/**
 * The first and last day of a choice, or null when it cannot be used: "since the appointment" without
 * a past appointment, or picked dates that are missing, reversed or later than today.
 */
export function resolveReportPeriod(kind: ReportPeriodKind, profile: Profile | null, today: LocalDate, custom?: Partial<ReportPeriodRange>): ReportPeriodRange | null {
  if (kind === 'sinceAppointment') {
    const period = defaultReportPeriod(profile, today)
    return period.basis === 'lastAppointment' ? { from: period.from, to: period.to } : null
  }
  if (kind === 'custom') {
    const { from, to } = custom ?? {}
    if (!isLocalDate(from) || !isLocalDate(to) || from > to || to > today) return null
    return { from, to }
  }
  const weeks = WEEKS[kind]!
  return { from: addDays(startOfWeek(today), -7 * (weeks - 1)), to: today }
}
