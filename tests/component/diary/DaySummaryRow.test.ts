import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DaySummaryRow from '../../../src/components/diary/DaySummaryRow.vue'
import type { DaySummary } from '../../../src/domain/daySummary'
import { plugins } from '../support'

const busyDay: DaySummary = {
  date: '2026-11-10',
  morningPain: 3,
  worstPain: 6,
  activityMinutes: 45,
  exercisesDone: 4,
  badPeriod: true,
  example: false,
  otherEntries: 1,
}

describe('DaySummaryRow', () => {
  it('links to the day and names its date and numbers in Dutch', async () => {
    const { global } = await plugins('nl')
    const wrapper = mount(DaySummaryRow, { props: { summary: busyDay, to: '/diary/2026-11-10' }, global })
    expect(wrapper.get('a').attributes('href')).toBe('/diary/2026-11-10')
    expect(wrapper.get('.date').text()).toBe('dinsdag 10 november 2026')
    expect(wrapper.findAll('.fact').map((f) => f.text())).toEqual(['Ochtendpijn 3', 'Ergste pijn 6', '45 min bewegen', '4 oefeningen', '1 ander ding'])
    expect(wrapper.get('.bad-period').text()).toBe('! Slechte periode')
    expect(wrapper.find('.example').exists()).toBe(false)
  })

  it('marks example data in words and leaves out what was not logged, in English', async () => {
    const { global } = await plugins('en')
    const summary: DaySummary = { date: '2026-11-11', activityMinutes: 0, exercisesDone: 1, badPeriod: false, example: true, otherEntries: 0 }
    const wrapper = mount(DaySummaryRow, { props: { summary, to: '/diary/2026-11-11' }, global })
    expect(wrapper.findAll('.fact').map((f) => f.text())).toEqual(['1 exercise'])
    expect(wrapper.get('.example').text()).toBe('Example')
    expect(wrapper.find('.bad-period').exists()).toBe(false)
  })
})
