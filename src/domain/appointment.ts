/** The next appointment in the profile, as Today uses it: is it close enough to prepare the report? */
import { daysBetween, isLocalDate, type LocalDate } from './dates'
import type { AppointmentWith, Profile } from './plan'

/** From this many days before the appointment, Today offers the report. */
export const APPOINTMENT_SOON_DAYS = 14

/** Days from today to the appointment (0 on the day itself); null without one or when it has passed. */
export function daysUntilAppointment(profile: Profile | null | undefined, today: LocalDate): number | null {
  const date = profile?.nextAppointment?.date
  if (!isLocalDate(date) || date < today) return null
  return daysBetween(today, date)
}

/**
 * The last visit before today: the profile's next appointment once its date has passed, else the one
 * kept from before; null when neither lies before today.
 */
export function lastAppointment(profile: Profile | null | undefined, today: LocalDate): { date: LocalDate; with: AppointmentWith } | null {
  const past = [profile?.nextAppointment, profile?.lastAppointment].filter((appointment) => appointment !== undefined && isLocalDate(appointment.date) && appointment.date < today)
  return past.sort((a, b) => (a!.date < b!.date ? 1 : -1))[0] ?? null
}

export function appointmentSoon(profile: Profile | null | undefined, today: LocalDate): boolean {
  const days = daysUntilAppointment(profile, today)
  return days !== null && days <= APPOINTMENT_SOON_DAYS
}
