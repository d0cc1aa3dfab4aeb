import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MovementPatternCards from '../../../src/components/insights/MovementPatternCards.vue'
import PainPatternCards from '../../../src/components/insights/PainPatternCards.vue'
import type { Patterns, TooFewFlares } from '../../../src/domain/patterns'
import { plugins } from '../support'

const waiting = (weeksMissing: number) => ({ status: 'notEnoughData', weeksMissing }) as const

/** Every pattern still waiting for weeks of logging, with `more` on top. */
function patterns(more: Partial<Patterns> = {}): Patterns {
  return {
    beforeFlares: waiting(1),
    nextDayPain: waiting(2),
    painDuringActivities: waiting(1),
    nextMorningAfterActivity: waiting(2),
    changeOverTime: waiting(3),
    weekdays: waiting(4),
    nightPain: waiting(1),
    startUpPain: waiting(1),
    morningStiffness: waiting(1),
    ...more,
  }
}

const tooFew = (found: number, counted = found): TooFewFlares => ({ status: 'tooFewFlares', needed: 3, found, counted })

async function mountCards(component: typeof MovementPatternCards | typeof PainPatternCards, value: Patterns, language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language, '/insights')
  return mount(component, { props: { patterns: value }, global })
}

/** The card whose heading is `title`. */
function card(wrapper: Awaited<ReturnType<typeof mountCards>>, title: string) {
  const found = wrapper.findAll('section.insight-card').find((section) => section.get('h3').text() === title)
  if (!found) throw new Error(`no card "${title}"`)
  return found
}

describe('the "before your bad periods" card without enough bad periods', () => {
  it('states the counts in Dutch, with no time estimate', async () => {
    const cases: [number, string][] = [
      [0, 'Nog niet genoeg gegevens: hiervoor zijn minstens 3 slechte periodes nodig. Er is er nog geen gevonden.'],
      [1, 'Nog niet genoeg gegevens: hiervoor zijn minstens 3 slechte periodes nodig, er is er nu 1 gevonden.'],
      [2, 'Nog niet genoeg gegevens: hiervoor zijn minstens 3 slechte periodes nodig, er zijn er nu 2 gevonden.'],
    ]
    for (const [found, text] of cases) {
      const before = card(await mountCards(MovementPatternCards, patterns({ beforeFlares: tooFew(found) })), 'Voor je slechte periodes')
      expect(before.get('[data-test="not-enough"]').text()).toBe(text)
      expect(before.text()).not.toMatch(/week|ongeveer|over /i)
      expect(before.get('a').attributes('href')).toBe('/learn/flare-ups#what-is-a-flare-up')
    }
  })

  it('states the counts in English, with no time estimate', async () => {
    const cases: [number, string][] = [
      [0, 'Not enough data yet: this needs at least 3 bad periods. None has been found yet.'],
      [1, 'Not enough data yet: this needs at least 3 bad periods, and 1 has been found so far.'],
      [2, 'Not enough data yet: this needs at least 3 bad periods, and 2 have been found so far.'],
    ]
    for (const [found, text] of cases) {
      const before = card(await mountCards(MovementPatternCards, patterns({ beforeFlares: tooFew(found) }), 'en'), 'Before your bad periods')
      expect(before.get('[data-test="not-enough"]').text()).toBe(text)
      expect(before.text()).not.toMatch(/week|about|possible in/i)
    }
  })

  it('says how many of the bad periods found count, and which count, when not all of them do', async () => {
    const nl = card(await mountCards(MovementPatternCards, patterns({ beforeFlares: tooFew(3, 2) })), 'Voor je slechte periodes')
    expect(nl.get('[data-test="not-enough"]').text()).toBe(
      'Nog niet genoeg gegevens: hiervoor zijn minstens 3 slechte periodes nodig, er zijn er nu 3 gevonden. Daarvan tellen er 2 mee. ' +
        'Een slechte periode telt mee als hij in deze periode begon en je in de 3 dagen ervoor minstens 1 dag buiten een slechte periode hebt ingevuld.',
    )
    const en = card(await mountCards(MovementPatternCards, patterns({ beforeFlares: tooFew(1, 0) }), 'en'), 'Before your bad periods')
    expect(en.get('[data-test="not-enough"]').text()).toBe(
      'Not enough data yet: this needs at least 3 bad periods, and 1 has been found so far. None of them count. ' +
        'A bad period counts when it began in this period and you noted at least 1 day outside a bad period in the 3 days before it.',
    )
  })

  it('still says how many more weeks of logging the other cards need', async () => {
    const wrapper = await mountCards(MovementPatternCards, patterns({ beforeFlares: tooFew(1) }))
    expect(card(wrapper, 'De ochtend na bewegen').get('[data-test="not-enough"]').text()).toBe('Nog niet genoeg gegevens. Als je blijft loggen, kan dit over ongeveer 2 weken.')
    expect(card(wrapper, 'Pijn tijdens bewegen').get('[data-test="not-enough"]').text()).toBe('Nog niet genoeg gegevens. Als je blijft loggen, kan dit over ongeveer 1 week.')
  })

  it('waits in weeks of logging when the bad periods are there but too few ordinary days are', async () => {
    const before = card(await mountCards(MovementPatternCards, patterns({ beforeFlares: waiting(1) })), 'Voor je slechte periodes')
    expect(before.get('[data-test="not-enough"]').text()).toBe('Nog niet genoeg gegevens. Als je blijft loggen, kan dit over ongeveer 1 week.')
  })
})

describe('the "last 4 weeks" card', () => {
  const change: Patterns['changeOverTime'] = {
    status: 'ok',
    recent: { from: '2026-10-28', to: '2026-11-24', days: 26, medianWorstPain: 3 },
    previous: { from: '2026-09-30', to: '2026-10-27', days: 25, medianWorstPain: 5 },
    difference: -2,
    band: 'muchBetter',
  }

  it('links the section that explains the meaningful-change bands, in Dutch and English', async () => {
    const nl = card(await mountCards(PainPatternCards, patterns({ changeOverTime: change })), 'De laatste 4 weken')
    expect(nl.get('[data-test="change-band"]').text()).toBe("Dat is 2 punten of meer lager. Zo'n verschil noemen veel mensen veel beter.")
    expect(nl.get('a').attributes('href')).toBe('/learn/symptoms#meaningful-change')
    expect(nl.get('a').text()).toBe('Lees meer: hoeveel verschil merk je?')

    const en = card(await mountCards(PainPatternCards, patterns(), 'en'), 'The last 4 weeks')
    expect(en.get('[data-test="not-enough"]').text()).toBe('Not enough data yet. If you keep logging, this may be possible in about 3 weeks.')
    expect(en.get('a').attributes('href')).toBe('/learn/symptoms#meaningful-change')
    expect(en.get('a').text()).toBe('Read more: how much difference do you notice?')
  })
})

describe('the cards when a count is 1', () => {
  it('read right in English (no "1 times")', async () => {
    const ones = patterns({
      painDuringActivities: { status: 'ok', activities: 12, safe: 10, acceptable: 1, tooMuch: 1, tooMuchShare: 1 / 12 },
      nextMorningAfterActivity: { status: 'ok', days: 12, backToUsual: 1, backToUsualShare: 1 / 12 },
      morningStiffness: { status: 'ok', mornings: 12, medianMinutes: 15, longerThanTypical: 1, longerThanTypicalShare: 1 / 12 },
    })
    const movement = await mountCards(MovementPatternCards, ones, 'en')
    expect(card(movement, 'Pain while moving').text()).toContain('Times in green (0 to 2): 10. In orange (3 to 5): 1. In red (above 5): 1.')
    expect(card(movement, 'The morning after moving').text()).toContain('After 12 days with movement, your morning pain was back at your usual level on 1 of the next mornings (8%).')
    const pain = await mountCards(PainPatternCards, ones, 'en')
    expect(card(pain, 'Stiffness in the morning').text()).toContain('On 1 of those mornings it lasted 30 minutes or more (8%).')
    for (const wrapper of [movement, pain]) expect(wrapper.text()).not.toMatch(/\b1 (times|days|minutes)\b/)
  })
})
