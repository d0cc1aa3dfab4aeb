import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyLanguage } from '../../../src/i18n'
import { mountLearn } from './mountLearn'

afterEach(async () => {
  document.body.innerHTML = ''
  await applyLanguage('nl')
})

describe('the Info view', () => {
  it('shows the pages grouped by topic, each with its summary, and the exercise library', async () => {
    const { wrapper } = await mountLearn('/learn')
    expect(wrapper.get('h1').text()).toBe('Info')
    const headings = wrapper.findAll('h2').map((h) => h.text())
    expect(headings).toEqual(['Over artrose in de heup', 'Leven met artrose', 'Behandeling', 'Huisarts en ziekenhuis', 'Vragen', 'Oefeningen voor je heup'])
    const pageLink = wrapper.findAll('a').find((a) => a.text() === 'Bewegen met pijn')
    expect(pageLink?.attributes('href')).toBe('/learn/moving-with-pain')
    expect(pageLink?.element.nextElementSibling?.textContent).toContain('Het verkeerslicht')
    expect(wrapper.findAll('a[href^="/learn/exercises/"]')).toHaveLength(10)
  })

  it('has a search field with a visible label', async () => {
    const { wrapper } = await mountLearn('/learn')
    const input = wrapper.get('input[type="search"]')
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Zoeken in Info')
  })

  it('finds a page by a word that occurs only in its body', async () => {
    const { wrapper } = await mountLearn('/learn')
    await wrapper.get('input[type="search"]').setValue('zaterdag')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('1 pagina gevonden.'))
    const results = wrapper.get('.search-results').findAll('a')
    expect(results.map((a) => a.attributes('href'))).toEqual(['/learn/flare-ups'])
  })

  it('ignores accents and case, and puts title hits first', async () => {
    const { wrapper } = await mountLearn('/learn')
    await wrapper.get('input[type="search"]').setValue('PIJNSTÏLLERS')
    await vi.waitFor(() => expect(wrapper.find('.search-results a').exists()).toBe(true))
    const results = wrapper.get('.search-results').findAll('a').map((a) => a.attributes('href'))
    expect(results[0]).toBe('/learn/pain-medication')
    expect(results.length).toBeGreaterThan(1)
  })

  it('says so when nothing is found', async () => {
    const { wrapper } = await mountLearn('/learn')
    await wrapper.get('input[type="search"]').setValue('xylofoon')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('Niets gevonden. Probeer een ander woord.'))
  })

  it('searches the English texts when English is chosen', async () => {
    const { wrapper } = await mountLearn('/learn', 'en')
    expect(wrapper.get('h1').text()).toBe('Learn')
    await wrapper.get('input[type="search"]').setValue('dietitian')
    await vi.waitFor(() => expect(wrapper.find('.search-results a').exists()).toBe(true))
    expect(wrapper.get('.search-results').findAll('a').map((a) => a.text())).toEqual(['Weight'])
  })
})
