import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EntryList from '../../../src/components/diary/EntryList.vue'
import { dayEntries } from '../../../src/domain/dayEntries'
import { loadMessages } from '../../../src/i18n'
import { makeFullDay } from '../../fixtures/days'
import { plugins } from '../support'

const day = makeFullDay('2026-11-20')
const entries = dayEntries(day)
const title = (id: string) => (id === 'bridging' ? 'Brug' : id)

async function mountList(editable = true, language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language)
  await loadMessages(['log']) // the day screen's words (intensity, medication …) come with its route
  return mount(EntryList, { props: { entries, editable, exerciseTitle: title }, global, attachTo: document.body })
}

const item = (wrapper: Awaited<ReturnType<typeof mountList>>, key: string) => wrapper.get(`[data-entry="${key}"]`)

describe('EntryList', () => {
  it('describes every entry in words', async () => {
    const wrapper = await mountList()
    const text = (key: string) => item(wrapper, key).text()
    expect(text('morning')).toContain('Pijn nu: 4 · Nachtpijn: 3 · Startpijn: ja · Stijf: 20 minuten')
    expect(text(`activities:${day.activities[0]!.id}`)).toContain('Fietsen30 minuten · Matig · Pijn tijdens: 2')
    expect(text(`exercises:${day.exercises[0]!.id}`)).toContain('Brug2 × 10 · Pijn tijdens: 1')
    expect(text('weight')).toContain('82,5 kg')
    expect(text(`notes:${day.notes[0]!.id}`)).toContain('<b>geen html</b>')
    wrapper.unmount()
  })

  it('asks before deleting and deletes nothing when the patient says no', async () => {
    const wrapper = await mountList()
    const note = item(wrapper, `notes:${day.notes[0]!.id}`)
    await note.findAll('button')[1]!.trigger('click')
    expect(wrapper.emitted('delete')).toBeUndefined()
    const question = note.get('.question')
    expect(question.text()).toContain('Wil je dit echt verwijderen?')
    expect(document.activeElement).toBe(question.element)
    expect(note.get('[role="group"]').attributes('aria-labelledby')).toBe(question.attributes('id'))

    await note.findAll('button').find((b) => b.text() === 'Nee, laten staan')!.trigger('click')
    expect(note.find('.question').exists()).toBe(false)
    expect(wrapper.emitted('delete')).toBeUndefined()
    wrapper.unmount()
  })

  it('reports the delete only after the patient confirmed it', async () => {
    const wrapper = await mountList(true, 'en')
    const activity = item(wrapper, `activities:${day.activities[0]!.id}`)
    const remove = activity.findAll('button').find((b) => b.text().startsWith('Delete'))!
    expect(remove.text().replace(/\s+/g, ' ')).toBe('Delete Cycling')
    await remove.trigger('click')
    await activity.findAll('button').find((b) => b.text() === 'Yes, delete')!.trigger('click')
    expect(wrapper.emitted('delete')).toEqual([[`activities:${day.activities[0]!.id}`]])
    wrapper.unmount()
  })

  it('offers a change for every entry but the bad-period mark, and none for example data', async () => {
    const wrapper = await mountList()
    await item(wrapper, `activities:${day.activities[0]!.id}`).findAll('button')[0]!.trigger('click')
    expect(wrapper.emitted('change')![0]![0]).toMatchObject({ kind: 'activity' })
    wrapper.unmount()

    const example = await mountList(false)
    expect(example.findAll('button')).toHaveLength(0)
    example.unmount()
  })
})
