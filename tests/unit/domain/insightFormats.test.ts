import { afterEach, describe, expect, it, vi } from 'vitest'
import { dateLabeller, dateRangeLabeller, numberFormatter } from '../../../src/domain/dateLabels'
import { CHART_DAY, CHART_DAY_TICK, CHART_MONTH_TICK, CHART_WEEK, FLARE_DATE, ONE_DECIMAL, PERIOD_DATE, prepareInsightFormats } from '../../../src/domain/insightFormats'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('prepareInsightFormats', () => {
  it('makes every formatter the first part of Insights uses, so opening it makes none', () => {
    prepareInsightFormats('nl')
    const dates = vi.spyOn(Intl, 'DateTimeFormat')
    const numbers = vi.spyOn(Intl, 'NumberFormat')

    for (const options of [CHART_DAY, CHART_WEEK, CHART_DAY_TICK, CHART_MONTH_TICK, FLARE_DATE]) dateLabeller('nl', options)('2026-03-03')
    for (const options of [PERIOD_DATE, CHART_WEEK]) dateRangeLabeller('nl', options)('2026-03-03', '2026-03-09')
    numberFormatter('nl', ONE_DECIMAL).format(2.25)

    expect(dates).not.toHaveBeenCalled()
    expect(numbers).not.toHaveBeenCalled()
  })

  it('leaves the texts as they were', () => {
    prepareInsightFormats('nl')
    expect(dateRangeLabeller('nl', PERIOD_DATE)('2026-03-03', '2026-03-09')).toBe('3–9 maart 2026')
    expect(dateLabeller('nl', CHART_WEEK)('2026-03-03')).toBe('3 mrt 2026')
    expect(numberFormatter('nl', ONE_DECIMAL).format(2.25)).toBe('2,3')
  })
})
