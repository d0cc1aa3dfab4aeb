import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { toLocalDate } from '../../../src/domain/dates'
import { makeExampleDays } from '../../../src/domain/exampleData'
import { detectFlares } from '../../../src/domain/flares'
import { defaultPlan } from '../../../src/domain/plan'
import { buildReport } from '../../../src/domain/report'
import { resolveReportPeriod } from '../../../src/domain/reportPeriod'
import { getSetting, openHeupwijsDB, putSettings, saveDays } from '../../../src/storage'
import { useDatabaseStore } from '../../../src/stores/database'
import ReportView from '../../../src/views/ReportView.vue'
import { plugins } from '../support'

const today = toLocalDate(new Date())
const plan = defaultPlan('2026-01-05', 'active')
const profile = { heightCm: 170 }
const days = makeExampleDays({ end: today, days: 120, seed: 11 })

async function seed(): Promise<void> {
  const db = await openHeupwijsDB()
  await saveDays(db, days)
  await putSettings(db, { plan, profile, setup: { state: 'done', at: '2026-01-05T09:00:00.000Z' } })
  db.close()
}

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function mountReport(language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language, '/report')
  wrapper = mount(ReportView, { global, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper!.find('[data-test="coverage"]').exists()).toBe(true), { timeout: 5000 })
  await flushPromises()
  return wrapper
}

describe('the report view', () => {
  it('shows the numbers the domain computes for the last 12 weeks', async () => {
    await seed()
    const w = await mountReport('nl')
    const { from, to } = resolveReportPeriod('weeks12', profile, today)!
    const expected = buildReport({ days, plan, profile, from, to, flares: detectFlares(days) })
    const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

    expect(w.get('[data-test="coverage"]').text()).toContain(`Op ${expected.period.loggedDays} van de ${expected.period.calendarDays} dagen`)
    const worst = expected.total.worstPain
    expect(w.get('[data-test="total-worst"]').text()).toContain(`${nl.format(worst.median!)} (${nl.format(worst.highest!)})`)
    expect(w.get('[data-test="total-night"]').text()).toContain(`${expected.total.nightPain.nights} van ${expected.total.nightPain.logged}`)
    expect(w.get('[data-test="movement-summary"]').text()).toContain(`${nl.format(expected.total.activityMinutes.total)} minuten`)

    const painRows = w.findAll('[data-week]').slice(0, expected.weeks.length)
    expect(painRows).toHaveLength(expected.weeks.length)
    expected.weeks.forEach((week, i) => {
      const cells = painRows[i]!.findAll('td').map((cell) => cell.text())
      expect(cells[0]).toBe(`${week.loggedDays} van ${week.daysInPeriod}`)
      expect(cells[1]).toBe(week.worstPain.median === null ? '–' : nl.format(week.worstPain.median))
      expect(cells[2]).toBe(week.worstPain.highest === null ? '–' : nl.format(week.worstPain.highest))
    })
    if (expected.flares.count) expect(w.get('[data-test="flare-summary"]').text()).toContain(`${expected.flares.totalDaysInPeriod} dagen`)
  })

  it('follows another period choice', async () => {
    await seed()
    const w = await mountReport('en')
    await w.get('input[value="weeks6"]').setValue(true)
    const { from, to } = resolveReportPeriod('weeks6', profile, today)!
    const expected = buildReport({ days, plan, profile, from, to, flares: detectFlares(days) })
    await vi.waitFor(() => expect(w.get('[data-test="coverage"]').text()).toContain(`on ${expected.period.loggedDays} of the ${expected.period.calendarDays} days`))
    expect(w.findAll('[data-week]')).toHaveLength(expected.weeks.length * 2)
  })

  it('stores a question the patient adds and shows it once stored', async () => {
    await seed()
    const w = await mountReport('nl')
    await w.get('textarea').setValue('Mag ik blijven fietsen?')
    await w.get('form.add').trigger('submit')
    await vi.waitFor(() => expect(w.find('[data-test="question-text"]').exists()).toBe(true))
    expect(w.get('[data-test="question-text"]').text()).toBe('Mag ik blijven fietsen?')
    const stored = await getSetting<{ text: string; done: boolean }[]>(await useDatabaseStore().open(), 'questions')
    expect(stored).toEqual([expect.objectContaining({ text: 'Mag ik blijven fietsen?', done: false })])
  })
})
