import { describe, expect, it } from 'vitest'
import { appointmentSoon, daysUntilAppointment, lastAppointment } from '../../../src/domain/appointment'
import { keepPastAppointment } from '../../../src/domain/appointmentHistory'
import { exportFileName } from '../../../src/domain/exportFiles'
import { defaultReportPeriodKind, reportPeriodKinds, resolveReportPeriod } from '../../../src/domain/reportPeriod'

// 2026-11-24 is a Tuesday.
const TODAY = '2026-11-24'
const past = { nextAppointment: { date: '2026-09-15', with: 'gp' as const } }
const coming = (date: string) => ({ nextAppointment: { date, with: 'surgeon' as const } })

describe('the report periods', () => {
  it('offers "since the appointment" only when one has passed, and opens with it then', () => {
    expect(reportPeriodKinds(past, TODAY)).toEqual(['sinceAppointment', 'weeks6', 'weeks12', 'weeks26', 'custom'])
    expect(defaultReportPeriodKind(past, TODAY)).toBe('sinceAppointment')
    expect(reportPeriodKinds(coming('2026-12-01'), TODAY)).toEqual(['weeks6', 'weeks12', 'weeks26', 'custom'])
    expect(defaultReportPeriodKind(null, TODAY)).toBe('weeks12')
  })

  it('gives whole weeks from a Monday up to today', () => {
    expect(resolveReportPeriod('weeks6', null, TODAY)).toEqual({ from: '2026-10-19', to: TODAY })
    expect(resolveReportPeriod('weeks12', null, TODAY)).toEqual({ from: '2026-09-07', to: TODAY })
    expect(resolveReportPeriod('weeks26', null, TODAY)).toEqual({ from: '2026-06-01', to: TODAY })
    expect(resolveReportPeriod('sinceAppointment', past, TODAY)).toEqual({ from: '2026-09-15', to: TODAY })
    expect(resolveReportPeriod('sinceAppointment', null, TODAY)).toBeNull()
  })

  it('takes two picked dates, and refuses missing, reversed or future ones', () => {
    expect(resolveReportPeriod('custom', null, TODAY, { from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    expect(resolveReportPeriod('custom', null, TODAY, { from: '2026-03-31', to: '2026-01-01' })).toBeNull()
    expect(resolveReportPeriod('custom', null, TODAY, { from: '2026-11-01', to: '2026-11-25' })).toBeNull()
    expect(resolveReportPeriod('custom', null, TODAY, { from: '', to: TODAY })).toBeNull()
    expect(resolveReportPeriod('custom', null, TODAY, { from: '2026-02-30', to: TODAY })).toBeNull()
  })
})

describe('the appointment on Today', () => {
  it('is "soon" from 14 days before up to the day itself, and not after it passed', () => {
    expect(daysUntilAppointment(coming('2026-12-08'), TODAY)).toBe(14)
    expect(appointmentSoon(coming('2026-12-08'), TODAY)).toBe(true)
    expect(appointmentSoon(coming('2026-12-09'), TODAY)).toBe(false)
    expect(appointmentSoon(coming(TODAY), TODAY)).toBe(true)
    expect(appointmentSoon(coming('2026-11-23'), TODAY)).toBe(false)
    expect(appointmentSoon({}, TODAY)).toBe(false)
    expect(appointmentSoon(null, TODAY)).toBe(false)
  })
})

describe('export file names', () => {
  it('carry the kind and the local date', () => {
    expect(exportFileName('backup', TODAY)).toBe('heupwijs-backup-2026-11-24.json')
    expect(exportFileName('csv', TODAY)).toBe('heupwijs-logboek-2026-11-24.csv')
    expect(exportFileName('fhir', TODAY)).toBe('heupwijs-fhir-2026-11-24.json')
  })
})

describe('the last appointment', () => {
  const held = { date: '2026-09-15', with: 'gp' as const }
  const next = { date: '2026-12-01', with: 'surgeon' as const }

  it('is the next appointment once its day has passed, else the one kept before it', () => {
    expect(lastAppointment({ nextAppointment: held }, TODAY)).toEqual(held)
    expect(lastAppointment({ nextAppointment: next, lastAppointment: held }, TODAY)).toEqual(held)
    expect(lastAppointment({ nextAppointment: { date: '2026-11-01', with: 'gp' }, lastAppointment: held }, TODAY)).toEqual({ date: '2026-11-01', with: 'gp' })
    // On the day itself the appointment is still to come: the report is being made for it.
    expect(lastAppointment({ nextAppointment: { date: TODAY, with: 'gp' } }, TODAY)).toBeNull()
    expect(lastAppointment({ nextAppointment: next }, TODAY)).toBeNull()
    expect(lastAppointment(null, TODAY)).toBeNull()
  })

  it('opens the report from the kept visit when a new appointment was entered after it', () => {
    const profile = { nextAppointment: next, lastAppointment: held }
    expect(defaultReportPeriodKind(profile, TODAY)).toBe('sinceAppointment')
    expect(resolveReportPeriod('sinceAppointment', profile, TODAY)).toEqual({ from: '2026-09-15', to: TODAY })
  })

  it('is kept when a passed appointment is replaced or removed, not when a future one is moved', () => {
    expect(keepPastAppointment({ nextAppointment: held }, { nextAppointment: next }, TODAY)).toEqual({ nextAppointment: next, lastAppointment: held })
    expect(keepPastAppointment({ nextAppointment: held }, {}, TODAY)).toEqual({ lastAppointment: held })
    // Replaced on the day of the visit itself, after it.
    expect(keepPastAppointment({ nextAppointment: { date: TODAY, with: 'gp' } }, { nextAppointment: next }, TODAY)).toEqual({ nextAppointment: next, lastAppointment: { date: TODAY, with: 'gp' } })
    expect(keepPastAppointment({ nextAppointment: { date: '2026-11-30', with: 'gp' } }, { nextAppointment: next }, TODAY)).toEqual({ nextAppointment: next })
    expect(keepPastAppointment({ nextAppointment: held }, { nextAppointment: held, heightCm: 170 }, TODAY)).toEqual({ nextAppointment: held, heightCm: 170 })
    const later = { date: '2026-10-01', with: 'surgeon' as const }
    expect(keepPastAppointment({ nextAppointment: held }, { nextAppointment: next, lastAppointment: later }, TODAY)).toEqual({ nextAppointment: next, lastAppointment: later })
  })
})
