/**
 * Local calendar days. A diary entry belongs to the day the patient lived, so every date here is a
 * local 'YYYY-MM-DD' string, never a UTC instant. The clock always comes in as a parameter.
 */
export type LocalDate = string

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** The local calendar day of an instant, in the device's time zone. */
export function toLocalDate(instant: Date): LocalDate {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`
}

/** True for a real calendar day written as 'YYYY-MM-DD' (rejects 2025-02-30). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false
  const match = LOCAL_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

/** Calendar arithmetic on the date itself (UTC noon), so daylight-saving changes never shift a day. */
function toUtcNoon(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d, 12))
}

function fromUtcNoon(instant: Date): LocalDate {
  return `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}`
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const instant = toUtcNoon(date)
  instant.setUTCDate(instant.getUTCDate() + days)
  return fromUtcNoon(instant)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcNoon(to).getTime() - toUtcNoon(from).getTime()) / 86_400_000)
}

/** The Monday that starts the week holding `date` (weeks start on Monday). */
export function startOfWeek(date: LocalDate): LocalDate {
  const weekday = (toUtcNoon(date).getUTCDay() + 6) % 7 // Monday = 0
  return addDays(date, -weekday)
}

export function isFuture(date: LocalDate, now: Date): boolean {
  return date > toLocalDate(now)
}
