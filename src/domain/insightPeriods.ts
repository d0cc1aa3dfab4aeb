/**
 * The periods Insights offers (4 weeks, 3 months, 12 months, everything): where each starts, what is
 * read before it, and whether it is drawn per day or per week. The address keeps the choice
 * (?period=12m), so a period must be checked before use (isInsightPeriod).
 */
import { addDays, startOfWeek, type LocalDate } from './dates'

export const INSIGHT_PERIODS = ['4w', '3m', '12m', 'all'] as const
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number]
export const DEFAULT_PERIOD: InsightPeriod = '3m'

export function isInsightPeriod(value: unknown): value is InsightPeriod {
  return (INSIGHT_PERIODS as readonly unknown[]).includes(value)
}

/** Whole weeks shown (this week and the ones before it); 13 weeks are three months. */
const PERIOD_WEEKS: Record<Exclude<InsightPeriod, 'all'>, number> = { '4w': 4, '3m': 13, '12m': 52 }

/**
 * Days read before the period. The usual level behind the bad-period rule looks back over the 14
 * last logged days outside a bad period, and "change over time" compares the last 4 weeks with the 4
 * before: 8 weeks cover both, so the bad periods shown in a period are the ones the whole diary gives
 * (only a bad period lasting longer than 8 weeks could start later than in the whole diary).
 */
export const LEAD_DAYS = 56

/** Short periods are drawn per day; a year or more per week (a point per day would be a smear). */
export type Resolution = 'day' | 'week'

export function resolutionOf(period: InsightPeriod): Resolution {
  return period === '4w' || period === '3m' ? 'day' : 'week'
}

/** The Monday the period starts on; null for "everything" (the diary's first week). */
export function periodStart(period: InsightPeriod, today: LocalDate): LocalDate | null {
  if (period === 'all') return null
  return addDays(startOfWeek(today), -7 * (PERIOD_WEEKS[period] - 1))
}

/** The first day to read for a period; undefined reads the whole diary. */
export function readFrom(period: InsightPeriod, today: LocalDate): LocalDate | undefined {
  const start = periodStart(period, today)
  return start === null ? undefined : addDays(start, -LEAD_DAYS)
}
