import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import BarChart from '../../../src/components/charts/BarChart.vue'
import { yOf } from '../../../src/components/charts/chartGeometry'
import { applyLanguage, i18n } from '../../../src/i18n'
import { activityChart, bars, cellValue, readValue, rowAt, TOLERANCE } from './chartFixtures'

async function mountChart() {
  await applyLanguage('nl')
  const global = { plugins: [i18n] } // charts need no store or router
  return mount(BarChart, { props: { chart: activityChart() }, global, attachTo: document.body })
}

enableAutoUnmount(afterEach)

describe('BarChart', () => {
  it('shows in its table exactly the numbers each series of bars was drawn from', async () => {
    const wrapper = await mountChart()
    const chart = activityChart()
    await wrapper.get('button.table-toggle').trigger('click')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Week van', 'Minuten bewegen', 'Dagen met startpijn', 'Dagen gelogd'])
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => cellValue(td.text())))
    expect(rows).toEqual([
      [180, 3, 6],
      [null, null, 0],
      [95, 0, 4],
    ])

    const paths = wrapper.findAll('path.bar')
    expect(paths).toHaveLength(2) // the days-logged column is for the table only
    paths.forEach((path, series) => {
      const drawn = bars(path.attributes('d')!)
      const column = rows.map((row) => row[series]!)
      // A bar for every week with more than 0; a week not logged and a week with 0 have none.
      expect(drawn).toHaveLength(column.filter((value) => value !== null && value > 0).length)
      for (const bar of drawn) {
        const rowIndex = rowAt(chart, bar.left)
        expect(rowIndex).toBeGreaterThanOrEqual(0)
        expect(Math.abs(readValue(chart, bar.top) - column[rowIndex]!)).toBeLessThanOrEqual(TOLERANCE(chart))
      }
    })
  })

  it('tells filled bars from outlined ones, not by colour alone', async () => {
    const wrapper = await mountChart()
    const [first, second] = wrapper.findAll('path.bar')
    expect(first!.classes()).toContain('solid')
    expect(second!.classes()).toContain('dashed')
    expect(wrapper.findAll('.legend .swatch.bar').map((swatch) => swatch.classes().includes('solid'))).toEqual([true, false])
  })

  it('draws the goal and the guideline as lines at their value, named in the legend and under the table', async () => {
    const wrapper = await mountChart()
    const chart = activityChart()
    const lines = wrapper.findAll('path.reference')
    expect(lines.map((line) => line.attributes('d'))).toEqual([`M0 ${yOf(chart, 120)}H1000`, `M0 ${yOf(chart, 150)}H1000`])
    expect(lines.map((line) => line.classes())).toEqual([expect.arrayContaining(['dashed']), expect.arrayContaining(['dotted'])])
    expect(wrapper.findAll('.legend li').map((li) => li.text())).toEqual(['Minuten bewegen', 'Dagen met startpijn', 'Je doel: 120 minuten', 'Richtlijn: 150 minuten'])
    await wrapper.get('button.table-toggle').trigger('click')
    expect(wrapper.findAll('.table-wrap p').map((p) => p.text())).toEqual(['Je doel: 120 minuten (lijn op 120)', 'Richtlijn: 150 minuten (lijn op 150)'])
  })

  it('labels the value axis at 0, half and the top, in HTML that follows the text size', async () => {
    const wrapper = await mountChart()
    expect(wrapper.findAll('.y-tick').map((tick) => tick.text())).toEqual(['0', '125', '250'])
    expect(wrapper.get('svg').attributes('preserveAspectRatio')).toBe('none')
  })
})
