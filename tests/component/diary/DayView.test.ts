import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { addDays, toLocalDate } from '../../../src/domain/dates'
import { loadMessages } from '../../../src/i18n'
import { getDay, openHeupwijsDB, saveDay } from '../../../src/storage'
import { useDatabaseStore } from '../../../src/stores/database'
import DayView from '../../../src/views/DayView.vue'
import { makeFullDay } from '../../fixtures/days'
import { plugins } from '../support'

const today = toLocalDate(new Date())
const yesterday = addDays(today, -1)

async function seed(date: string) {
  const day = makeFullDay(date)
  const db = await openHeupwijsDB()
  await saveDay(db, day)
  db.close()
  return day
}

async function stored(date: string) {
  return getDay(await useDatabaseStore().open(), date)
}

// The view loads its form components on first use; loading them here first keeps the tests' own
// waiting short and independent of how busy the machine is.
beforeAll(async () => {
  await Promise.all([import('../../../src/components/log/EntryPanel.vue'), import('../../../src/components/today/TodayForms.vue')])
}, 60_000)

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.restoreAllMocks()
})

async function mountDay(date: string, language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language, `/diary/${date}`)
  await loadMessages(['log']) // as the app's router does for this route (meta.messages)
  wrapper = mount(DayView, { global, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const entry = (w: VueWrapper, key: string) => w.get(`[data-entry="${key}"]`)
const button = (w: { findAll: VueWrapper['findAll'] }, text: string) => w.findAll('button').find((b) => b.text().startsWith(text))!

describe('a day in the diary', () => {
  it('deletes an entry after the confirmation and says so only once it was stored', async () => {
    const day = await seed(yesterday)
    const w = await mountDay(yesterday)
    await vi.waitFor(() => expect(w.findAll('[data-entry]').length).toBeGreaterThan(5))
    const key = `notes:${day.notes[0]!.id}`

    await button(entry(w, key), 'Verwijderen').trigger('click')
    expect((await stored(yesterday))!.notes).toHaveLength(1)
    expect(w.get('[role="status"]').text()).toBe('')

    await button(entry(w, key), 'Ja, verwijderen').trigger('click')
    await vi.waitFor(() => expect(w.get('[role="status"]').text()).toBe('Verwijderd.'))
    const after = (await stored(yesterday))!
    expect(after.notes).toEqual([])
    expect({ ...after, notes: day.notes, updatedAt: day.updatedAt }).toEqual(day)
    expect(w.find(`[data-entry="${key}"]`).exists()).toBe(false)
  })

  it('keeps the entry and shows an error when the delete could not be stored', async () => {
    const day = await seed(yesterday)
    const w = await mountDay(yesterday)
    await vi.waitFor(() => expect(w.findAll('[data-entry]').length).toBeGreaterThan(5))
    const db = await useDatabaseStore().open()
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const key = `activities:${day.activities[0]!.id}`
    await button(entry(w, key), 'Verwijderen').trigger('click')
    await button(entry(w, key), 'Ja, verwijderen').trigger('click')
    await vi.waitFor(() => expect(w.find('[role="alert"]').exists()).toBe(true))
    expect(w.get('[role="alert"]').text()).toContain('Niet opgeslagen')
    expect(w.get('[role="status"]').text()).not.toContain('Verwijderd')
    vi.restoreAllMocks()
    expect((await stored(yesterday))!.activities).toEqual(day.activities)
    expect(w.find(`[data-entry="${key}"]`).exists()).toBe(true)
  })

  it('changes an activity with the Today form, filled with what was logged', async () => {
    const day = await seed(yesterday)
    const w = await mountDay(yesterday, 'en')
    await vi.waitFor(() => expect(w.findAll('[data-entry]').length).toBeGreaterThan(5))
    await button(entry(w, `activities:${day.activities[0]!.id}`), 'Change').trigger('click')
    await vi.waitFor(() => expect(w.find('form.entry-panel input[inputmode="numeric"]').exists()).toBe(true), { timeout: 4000 })
    const minutes = w.findAll('form.entry-panel .number-field').find((f) => f.text().includes('How long?'))!.get('input')
    expect((minutes.element as HTMLInputElement).value).toBe('30')
    await minutes.setValue('45')
    await w.get('form.entry-panel').trigger('submit')
    await vi.waitFor(() => expect(w.get('[role="status"]').text()).toBe('Saved.'))
    expect((await stored(yesterday))!.activities).toEqual([{ ...day.activities[0], minutes: 45 }])
  })

  it.each([
    ['an earlier day', yesterday, 'Hoeveel pijn had je die ochtend?', 'Hoeveel pijn had je die nacht?'],
    ['today', today, 'Hoeveel pijn heb je nu?', 'Hoeveel pijn had je vannacht?'],
  ])('asks the morning questions about %s in words that fit it', async (_label, date, painNow, nightPain) => {
    const w = await mountDay(date)
    await vi.waitFor(() => expect(button(w, 'Ochtend')).toBeDefined())
    await button(w, 'Ochtend').trigger('click')
    await vi.waitFor(() => expect(w.get('form.entry-panel').text()).toContain(painNow), { timeout: 10_000 })
    expect(w.get('form.entry-panel').text()).toContain(nightPain)
  })

  it('refuses a day still to come with a clear message and no form', async () => {
    const w = await mountDay(addDays(today, 1))
    expect(w.get('h1').text()).toBe('Deze dag is nog niet geweest')
    expect(w.get('[data-test="day-refused"]').text()).toContain('alleen vandaag of een eerdere dag')
    expect(w.findAll('button')).toHaveLength(0)
    expect(w.find('form').exists()).toBe(false)
  })

  it('refuses an address that is not a real day', async () => {
    const w = await mountDay('2026-02-30', 'en')
    expect(w.get('h1').text()).toBe('This date does not exist')
    expect(w.findAll('button')).toHaveLength(0)
  })
})
