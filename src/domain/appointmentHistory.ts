/**
 * The profile holds the next appointment only. When the patient enters a new one after a visit, the
 * old date would be lost, and with it the start of the report's default period ("since the last
 * visit"). So the appointment being replaced is kept as `lastAppointment` when its day has come.
 */
import { isLocalDate, type LocalDate } from './dates'
import type { Profile } from './plan'

/**
 * The edited profile, with the previous next appointment kept as the last one when it lay on or before
 * today and the edit replaces or removes it. An appointment moved while still in the future never took
 * place and is not kept; a later last appointment already in the edited profile stays.
 */
export function keepPastAppointment(previous: Profile, edited: Profile, today: LocalDate): Profile {
  const held = previous.nextAppointment
  if (!held || !isLocalDate(held.date) || held.date > today) return edited
  if (edited.nextAppointment?.date === held.date) return edited
  if (edited.lastAppointment && edited.lastAppointment.date >= held.date) return edited
  return { ...edited, lastAppointment: { date: held.date, with: held.with } }
}
