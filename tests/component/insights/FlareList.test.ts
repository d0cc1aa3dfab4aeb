import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FlareList from '../../../src/components/insights/FlareList.vue'
import type { FlareEpisode } from '../../../src/domain/flares'
import { plugins } from '../support'

const flare = (start: string, end: string, more: Partial<FlareEpisode> = {}): FlareEpisode => ({
  start,
  end,
  endLogged: true,
  open: false,
  durationDays: 1,
  peak: 6,
  baseline: 3,
  selfMarked: false,
  ...more,
})

async function items(flares: FlareEpisode[], language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language)
  // The facts are a block of their own in the page; text() joins them to the sentence before without a space.
  return mount(FlareList, { props: { flares }, global }).findAll('[data-test="flare"]').map((item) => item.text().replace(/\s+/g, ' '))
}

describe('FlareList', () => {
  it('names a bad period of one day by that day, not "from that day to that day"', async () => {
    const [marked] = await items([flare('2026-11-13', '2026-11-13', { endLogged: false, selfMarked: true, peak: 4 })])
    expect(marked).toMatch(/^Op vr 13 november 2026: einde niet genoteerd \(daarna meer dan twee dagen niets gelogd\)\.\s?1 dag/)
    const [calm] = await items([flare('2026-11-13', '2026-11-13')], 'en')
    expect(calm).toMatch(/^On Fri, November 13, 2026\.\s?1 day/)
  })

  it('gives a longer bad period its first and last day', async () => {
    const [item] = await items([flare('2026-10-29', '2026-11-01', { durationDays: 4 })])
    expect(item).toMatch(/^Van do 29 oktober 2026 tot en met zo 1 november 2026\.\s?4 dagen · hoogste pijn 6 · je gewone niveau was 3$/)
  })
})
