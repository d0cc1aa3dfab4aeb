import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import LineChart from '../../../src/components/charts/LineChart.vue'
import { applyLanguage, i18n } from '../../../src/i18n'
import { cellValue, painChart, readValue, rowAt, subpaths, TOLERANCE } from './chartFixtures'

async function mountChart(language: 'nl' | 'en' = 'nl') {
  await applyLanguage(language)
  const global = { plugins: [i18n] } // charts need no store or router
  return mount(LineChart, { props: { chart: painChart() }, global, attachTo: document.body })
}

enableAutoUnmount(afterEach)

describe('LineChart', () => {
  it('is one image named by its title and description, with one path per series', async () => {
    const wrapper = await mountChart()
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(document.getElementById(titleId!)?.textContent).toBe('Je pijn')
    expect(document.getElementById(descId!)?.textContent).toBe('Ergste pijn en ochtendpijn per dag.')
    expect(svg.get('title').text()).toBe('Je pijn')
    expect(wrapper.findAll('path.line:not(.dots)')).toHaveLength(3)
    // Axis labels are for the eye; the table carries the numbers for screen readers.
    expect(wrapper.get('.axis').attributes('aria-hidden')).toBe('true')
  })

  it('shows in its table exactly the numbers each line was drawn from', async () => {
    const wrapper = await mountChart()
    const chart = painChart()
    expect(wrapper.find('table').exists()).toBe(false) // only rendered when asked for
    await wrapper.get('button.table-toggle').trigger('click')

    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers).toEqual(['Dag', 'Ergste pijn', 'Ochtendpijn', 'Mediaan van 7 dagen'])
    const rows = wrapper.findAll('tbody tr').map((tr) => ({ label: tr.get('th').text(), cells: tr.findAll('td').map((td) => cellValue(td.text())) }))
    expect(rows.map((row) => row.label)).toEqual(['za 8 nov', 'zo 9 nov', 'di 11 nov', 'wo 12 nov'])

    chart.series.forEach((series, index) => {
      // The series' line and, when it has lone points, its dots: told apart by style and colour.
      const drawn = wrapper.findAll(`path.line.${series.style}.${series.tone}`).flatMap((path) => subpaths(path.attributes('d')!).flat())
      const column = rows.map((row) => row.cells[index])
      // As many points as the table has numbers in this column, at the same rows, with the same values.
      expect(drawn).toHaveLength(column.filter((value) => value !== null).length)
      for (const [x, y] of drawn) {
        const rowIndex = rowAt(chart, x)
        expect(rowIndex).toBeGreaterThanOrEqual(0)
        const cell = column[rowIndex]
        expect(cell).not.toBeNull()
        expect(Math.abs(readValue(chart, y) - cell!)).toBeLessThanOrEqual(TOLERANCE(chart))
      }
    })
  })

  it('never joins points across a day that was not logged, and shows a lone point as a dot', async () => {
    const wrapper = await mountChart()
    const [worst, morning, medianLine] = wrapper.findAll('path.line:not(.dots)').map((path) => subpaths(path.attributes('d')!))
    expect(worst!.map((part) => part.length)).toEqual([2, 2]) // 8–9 Nov, then 11–12 Nov: 10 Nov is missing
    expect(morning!.map((part) => part.length)).toEqual([2]) // 11–12 Nov; 9 Nov has no morning score
    expect(medianLine!.map((part) => part.length)).toEqual([4]) // the median line may bridge up to 3 days
    // 8 Nov's morning score stands alone: a zero-length segment, drawn as a round dot.
    const dots = wrapper.findAll('path.dots')
    expect(dots).toHaveLength(1)
    expect(dots[0]!.classes()).toEqual(expect.arrayContaining(['dotted', 'text']))
    expect(dots[0]!.attributes('d')).toMatch(/^M[\d.]+ [\d.]+h0$/)
  })

  it('shades the bad period, marks the injection, and names both in the legend and under the table', async () => {
    const wrapper = await mountChart()
    expect(wrapper.get('path.band').attributes('d')).toBe('M166.7 0H666.7V100H166.7Z')
    expect(wrapper.get('path.band').attributes('style')).toContain('url(#chart-test-pain-hatch)')
    expect(wrapper.find('pattern#chart-test-pain-hatch').exists()).toBe(true)
    expect(wrapper.get('path.marker').attributes('d')).toBe('M750 0V100')
    expect(wrapper.findAll('.legend li').map((li) => li.text())).toEqual(['Ergste pijn', 'Ochtendpijn', 'Mediaan van 7 dagen', 'Slechte periode', 'Injectie'])
    // Every line differs in dash pattern as well as colour.
    expect(wrapper.findAll('.legend .swatch').map((swatch) => swatch.classes().filter((c) => ['solid', 'dashed', 'dotted'].includes(c))[0])).toEqual(['solid', 'dotted', 'dashed', 'dashed', 'dotted'])
    await wrapper.get('button.table-toggle').trigger('click')
    const notes = wrapper.findAll('.table-wrap p').map((p) => p.text())
    expect(notes).toEqual(['Slechte periode: 9–11 nov 2025', 'Injectie: 12 nov 2025'])
  })

  it('opens and closes the table with a button that says whether it is open', async () => {
    const wrapper = await mountChart('en')
    const toggle = wrapper.get('button.table-toggle')
    expect(toggle.attributes('type')).toBe('button')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(toggle.text()).toBe('Show as table')
    const region = wrapper.get(`#${toggle.attributes('aria-controls')}`).element

    ;(toggle.element as HTMLElement).focus()
    expect(document.activeElement).toBe(toggle.element)
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(toggle.text()).toBe('Hide table')
    expect(region.querySelector('table caption')?.textContent).toContain('Je pijn')
    expect(region.querySelectorAll('th[scope="col"]')).toHaveLength(4)
    expect(region.querySelectorAll('th[scope="row"]')).toHaveLength(4)

    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(region.querySelector('table')).toBeNull()
  })
})
