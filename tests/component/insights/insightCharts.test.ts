import { describe, expect, it } from 'vitest'
import { effectScope, ref } from 'vue'
import { useInsightCharts } from '../../../src/composables/useInsightCharts'
import { figuresOf } from '../../../src/domain/dayFigures'
import { buildInsights } from '../../../src/domain/insights'
import { defaultPlan } from '../../../src/domain/plan'
import { makeDay } from '../../fixtures/days'
import { plugins } from '../support'

const TODAY = '2026-11-25'

/** The charts of a 4-week period with one day of walking and cigarettes logged, for a plan of exercises once a week. */
async function chartsWithOnes(language: 'nl' | 'en') {
  await plugins(language, '/insights')
  const day = makeDay('2026-11-24', { worstPain: 3, cigarettes: 2, activities: [{ id: 'a1', type: 'walking', minutes: 20, walkingMinutesBeforePain: 15 }] })
  const insights = buildInsights({ days: [figuresOf(day)], period: '4w', today: TODAY, profile: {} })
  const plan = defaultPlan(TODAY, 'active')
  plan.programme.daysPerWeek = 1
  return effectScope().run(() => useInsightCharts(ref(insights), ref(plan)))!
}

describe('the chart texts when a number is 1', () => {
  it('read right in English', async () => {
    const charts = await chartsWithOnes('en')
    expect(charts.exercise.value!.references![0]!.label).toBe('Your goal: 1 day')
    expect(charts.walking.value!.description).toBe('Minutes of walking before the pain started. Days you noted it: 1.')
    expect(charts.cigarettes.value!.description).toBe('How many cigarettes you smoked a day. Days you noted it: 1.')
  })

  it('read right in Dutch', async () => {
    const charts = await chartsWithOnes('nl')
    expect(charts.exercise.value!.references![0]!.label).toBe('Je doel: 1 dag')
    expect(charts.walking.value!.description).toBe('De minuten wandelen voordat de pijn begon. Dagen dat je dat hebt ingevuld: 1.')
  })
})
