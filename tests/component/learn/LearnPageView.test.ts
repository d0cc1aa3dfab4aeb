import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyLanguage } from '../../../src/i18n'
import { settle } from '../support'
import { mountLearn } from './mountLearn'

afterEach(async () => {
  document.body.innerHTML = ''
  await applyLanguage('nl')
})

async function mountPage(path: string, language: 'nl' | 'en' = 'nl') {
  const mounted = await mountLearn(path, language)
  await vi.waitFor(() => expect(mounted.wrapper.find('.content').exists()).toBe(true))
  return mounted
}

describe('a Learn page', () => {
  it('shows the title as the only h1, the text with its anchored sections, related pages, sources and the closing note', async () => {
    const { wrapper } = await mountPage('/learn/moving-with-pain')
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Bewegen met pijn'])
    expect(wrapper.get('#traffic-light').text()).toBe('Het verkeerslicht')
    expect(wrapper.get('.table-scroll').attributes()).toMatchObject({ role: 'region', tabindex: '0', 'aria-labelledby': 'traffic-light' })

    const related = wrapper.get('section[aria-labelledby="related-heading"]')
    expect(related.findAll('a').map((a) => a.attributes('href'))).toEqual(['/learn/treatment-without-surgery', '/learn/flare-ups', '/learn/symptoms'])

    const sources = wrapper.get('.sources')
    expect(sources.get('a').attributes('href')).toBe('https://gla-d.nl')
    expect(sources.text()).toContain('Gelezen op 24 november 2026')
    expect(sources.text()).toContain('Deze tekst is nagekeken op 24 november 2026.')
    expect(wrapper.get('.doctor-note').text()).toContain('vervangt niet het advies van je eigen huisarts')
  })

  it('follows a link inside the text with the router, without loading the page again', async () => {
    const { wrapper, router } = await mountPage('/learn/moving-with-pain')
    const link = wrapper.get('.content a[href="/learn/when-to-see-gp#red-flags"]')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/learn/when-to-see-gp#red-flags'))
    await vi.waitFor(() => expect(wrapper.get('h1').text()).toBe('Wanneer naar de huisarts?'))
  })

  it('leaves a link with a modifier key to the browser', async () => {
    const { wrapper, router } = await mountPage('/learn/moving-with-pain')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true })
    wrapper.get('.content a[href="/learn/flare-ups"]').element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(false)
    await settle()
    expect(router.currentRoute.value.fullPath).toBe('/learn/moving-with-pain')
  })

  it('switches the open page to the other language when the language changes', async () => {
    const { wrapper } = await mountPage('/learn/moving-with-pain')
    await applyLanguage('en')
    await vi.waitFor(() => expect(wrapper.get('h1').text()).toBe('Moving with pain'))
    await vi.waitFor(() => expect(wrapper.get('#traffic-light').text()).toBe('The traffic light'))
    expect(wrapper.get('.doctor-note').text()).toContain('does not replace the advice of your own GP')
  })

  it('says clearly that a page does not exist', async () => {
    const { wrapper } = await mountLearn('/learn/no-such-page')
    expect(wrapper.get('h1').text()).toBe('Deze uitleg bestaat niet')
    expect(wrapper.get('a.button').attributes('href')).toBe('/learn')
  })
})
