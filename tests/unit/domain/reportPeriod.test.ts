import { describe, expect, it } from 'vitest'
import { appointmentSoon, daysUntilAppointment } from '../../../src/domain/appointment'
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
