import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays, toLocalDate } from '../../../src/domain/dates'
import { listDays, openHeupwijsDB, putSettings, saveDays } from '../../../src/storage'
import { exportBackup } from '../../../src/storage/backup'
import { useDatabaseStore } from '../../../src/stores/database'
import DataView from '../../../src/views/DataView.vue'
import { makeDay } from '../../fixtures/days'
import { plugins } from '../support'

const today = toLocalDate(new Date())
const days = [makeDay(addDays(today, -2), { worstPain: 4 }), makeDay(addDays(today, -1), { worstPain: 6, notes: [{ id: 'n1', text: 'Fijn gefietst' }] })]

async function seed(): Promise<string> {
  const db = await openHeupwijsDB()
  await saveDays(db, days)
  await putSettings(db, { setup: { state: 'done', at: new Date().toISOString() } })
  const backup = await exportBackup(db, { appVersion: '0.1.0', now: new Date() })
  db.close()
  return backup
}

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function mountData(language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language, '/settings/data')
  wrapper = mount(DataView, { global, attachTo: document.body })
  await flushPromises()
  return wrapper
}

async function choose(w: VueWrapper, name: string, text: string): Promise<void> {
  const input = w.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
}

const storedDates = async () => (await listDays(await useDatabaseStore().open())).map((day) => day.date)

describe('Your data: restoring a backup', () => {
  it('refuses a truncated backup and another app’s JSON with their own message, and changes nothing', async () => {
    const backup = await seed()
    const w = await mountData('nl')
    await choose(w, 'heupwijs-backup.json', backup.slice(0, backup.length / 2))
    await vi.waitFor(() => expect(w.get('[data-test="restore-refused"]').text()).toContain('Het bestand houdt halverwege op.'))
    expect(w.get('[data-test="restore-refused"]').text()).toContain('Er is niets veranderd')

    await choose(w, 'export.json', JSON.stringify({ app: 'another', entries: [{ date: today, pain: 3 }] }))
    await vi.waitFor(() => expect(w.get('[data-test="restore-refused"]').text()).toContain('Dit bestand komt niet van Heupwijs'))
    expect(w.find('[data-test="restore-preview"]').exists()).toBe(false)
    expect(await storedDates()).toEqual(days.map((day) => day.date))
  })

  it('previews a good backup, and restores it only after the patient confirms', async () => {
    const backup = await seed()
    const w = await mountData('en')
    const db = await useDatabaseStore().open()
    await saveDays(db, [makeDay(today, { worstPain: 1 })])

    await choose(w, 'heupwijs-backup.json', backup)
    await vi.waitFor(() => expect(w.find('[data-test="restore-preview"]').exists()).toBe(true))
    expect(w.get('[data-test="restore-contains"]').text()).toMatch(/^2 days, from .+ to .+, and 1 settings/)
    expect(w.get('[data-test="restore-before-after"]').text()).toBe('This device now holds 3 days. Afterwards it will hold 3.')
    await w.get('input[value="replace"]').setValue(true)
    expect(w.get('[data-test="restore-before-after"]').text()).toBe('This device now holds 3 days. Afterwards it will hold 2.')
    expect(await storedDates()).toHaveLength(3)

    await w.findAll('button').find((button) => button.text() === 'Yes, restore')!.trigger('click')
    await vi.waitFor(() => expect(w.get('[data-test="restore-status"]').text()).toBe('Done. The backup was restored. This device now holds 2 days.'))
    expect(await storedDates()).toEqual(days.map((day) => day.date))
    await vi.waitFor(() => expect(w.findAll('[data-test="snapshot"]')).toHaveLength(1))
  })
})
