import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RecentNumbersPanel from '../../../src/components/insights/RecentNumbersPanel.vue'
import type { RecentNumbers } from '../../../src/domain/recentNumbers'
import { plugins } from '../support'

const numbers: RecentNumbers = {
  usualWorstPain: 3.5,
  lastDays: { from: '2026-11-11', to: '2026-11-24', logged: 12, aboveUsual: 2 },
  lastBadPeriod: { start: '2026-10-22', end: '2026-10-25', endLogged: true, open: false, durationDays: 4, peak: 7, baseline: 3, selfMarked: false },
  painDuring: { from: '2026-10-28', activities: 20, tooMuch: 3, share: 0.15 },
}

async function mountPanel(value: RecentNumbers | null, language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language)
  return mount(RecentNumbersPanel, { props: { numbers: value }, global })
}

describe('RecentNumbersPanel', () => {
  it('shows the usual level, the days above it, the last bad period and the traffic-light share, in Dutch', async () => {
    const wrapper = await mountPanel(numbers)
    expect(wrapper.get('aside h2').text()).toBe('Jouw cijfers van de laatste tijd')
    expect(wrapper.get('[data-test="recent-usual"]').text()).toBe('Je gewone niveau van ergste pijn: 3,5.')
    expect(wrapper.get('[data-test="recent-last-days"]').text()).toBe('Je hebt je ergste pijn ingevuld op 12 van de laatste 14 dagen. Op 2 daarvan was die 2 punten of meer boven je gewone niveau.')
    expect(wrapper.get('[data-test="recent-bad-period"]').text()).toBe('Je laatste slechte periode: 22–25 oktober 2026.')
    expect(wrapper.get('[data-test="recent-pain-during"]').text()).toBe('In de laatste 4 weken was de pijn tijdens bewegen 3 van de 20 keer hoger dan 5 (15%).')
    expect(wrapper.get('a').attributes('href')).toBe('/insights')
  })

  it('reads right in English when a number is 1 (no "1 times", no "1 days")', async () => {
    const ones = { ...numbers, lastDays: { ...numbers.lastDays, logged: 1, aboveUsual: 1 }, painDuring: { ...numbers.painDuring!, activities: 1, tooMuch: 1, share: 1 } }
    const wrapper = await mountPanel(ones, 'en')
    expect(wrapper.get('[data-test="recent-last-days"]').text()).toBe('You noted your worst pain on 1 of the last 14 days. On 1 of them it was 2 points or more above your usual level.')
    expect(wrapper.get('[data-test="recent-pain-during"]').text()).toBe('Pain while moving in the last 4 weeks: above 5 in 1 out of 1 (100%).')
  })

  it('says plainly what is not known yet, in English', async () => {
    const wrapper = await mountPanel({ usualWorstPain: null, lastDays: { from: '2026-11-11', to: '2026-11-24', logged: 4, aboveUsual: null }, lastBadPeriod: null, painDuring: null }, 'en')
    expect(wrapper.get('[data-test="recent-usual"]').text()).toBe('Your usual level is not known yet. It needs at least 7 days with your worst pain.')
    expect(wrapper.find('[data-test="recent-last-days"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="recent-bad-period"]').text()).toBe('Heupwijs found no bad period in the past year.')
    expect(wrapper.get('[data-test="recent-pain-during"]').text()).toBe('You did not note pain while moving in the last 4 weeks.')
  })

  it('says a bad period may still be going on when the diary stops inside it', async () => {
    const open = { ...numbers, lastBadPeriod: { ...numbers.lastBadPeriod!, end: '2026-11-24', endLogged: false, open: true } }
    const wrapper = await mountPanel(open)
    expect(wrapper.get('[data-test="recent-bad-period"]').text()).toBe('Je laatste slechte periode begon op 22 oktober 2026 en loopt misschien nog.')
  })

  it('tells a new user what will appear here, and where to start, instead of empty figures', async () => {
    const wrapper = await mountPanel(null)
    expect(wrapper.get('aside h2').text()).toBe('Jouw cijfers van de laatste tijd')
    expect(wrapper.get('[data-test="recent-empty"]').text()).toBe('Hier komen je eigen cijfers te staan zodra je een paar dagen je ergste pijn hebt ingevuld.')
    expect(wrapper.find('ul').exists()).toBe(false)
    expect(wrapper.get('a').attributes('href')).toBe('/')
    expect(wrapper.get('a').text()).toBe('Pijn invullen bij Vandaag')
  })
})
