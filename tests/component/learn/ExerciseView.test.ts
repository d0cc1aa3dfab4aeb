import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyLanguage } from '../../../src/i18n'
import { mountLearn } from './mountLearn'

afterEach(async () => {
  document.body.innerHTML = ''
  await applyLanguage('nl')
})

describe('an exercise page', () => {
  it('shows the illustration with its text alternative, the purpose, three levels, the steps, sources and the closing note', async () => {
    const { wrapper } = await mountLearn('/learn/exercises/bridging')
    await vi.waitFor(() => expect(wrapper.find('.content').exists()).toBe(true))
    expect(wrapper.get('h1').text()).toBe('Bruggetje')

    const image = wrapper.get('figure [role="img"]')
    expect(image.attributes('aria-label')).toMatch(/^Links ligt een persoon op de rug/)
    expect(image.get('svg').attributes()).toMatchObject({ 'aria-hidden': 'true', focusable: 'false' })

    expect(wrapper.text()).toContain('Traint je bil- en rugspieren.')
    const rows = wrapper.findAll('.dose-table tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(rows).toEqual([
      ['Makkelijk', '2 reeksen van 8 herhalingen'],
      ['Gemiddeld', '3 reeksen van 10 herhalingen'],
      ['Zwaar', '3 reeksen van 15 herhalingen'],
    ])
    expect(wrapper.get('#steps').text()).toBe('Zo doe je het')
    expect(wrapper.get('.sources a').attributes('href')).toMatch(/^https:\/\//)
    expect(wrapper.find('.doctor-note').exists()).toBe(true)
  })

  it('shows a hold in seconds for an exercise measured in time', async () => {
    const { wrapper } = await mountLearn('/learn/exercises/single-leg-stance', 'en')
    await vi.waitFor(() => expect(wrapper.find('.dose-table').exists()).toBe(true))
    expect(wrapper.get('.dose-table tbody tr td').text()).toMatch(/^Hold for \d+ seconds, \d+ times$/)
  })

  it('says clearly that an exercise does not exist', async () => {
    const { wrapper } = await mountLearn('/learn/exercises/juggling')
    expect(wrapper.get('h1').text()).toBe('Deze uitleg bestaat niet')
  })
})
