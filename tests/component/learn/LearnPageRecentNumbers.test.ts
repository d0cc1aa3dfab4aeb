import { afterEach, describe, expect, it, vi } from 'vitest'
import { toLocalDate } from '../../../src/domain/dates'
import { makeExampleDays } from '../../../src/domain/exampleData'
import { recentNumbers } from '../../../src/domain/recentNumbers'
import { applyLanguage } from '../../../src/i18n'
import { openHeupwijsDB, saveDays } from '../../../src/storage'
import { mountLearn } from './mountLearn'

afterEach(async () => {
  document.body.innerHTML = ''
  await applyLanguage('nl')
})

const today = (): string => toLocalDate(new Date())

async function storeDiary(days: number): Promise<void> {
  const db = await openHeupwijsDB()
  await saveDays(db, makeExampleDays({ end: today(), days, seed: 20_241_120 }))
  db.close()
}

describe('the recent numbers beside a Learn page', () => {
  it('shows the numbers the domain works out from the diary on the bad-periods page', async () => {
    await storeDiary(120)
    const db = await openHeupwijsDB()
    const expected = recentNumbers(await db.getAll('days'), today())
    db.close()
    expect(expected.usualWorstPain).not.toBeNull()

    const { wrapper } = await mountLearn('/learn/flare-ups')
    await vi.waitFor(() => expect(wrapper.find('[data-test="recent-usual"]').exists()).toBe(true))
    const usual = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(expected.usualWorstPain!)
    expect(wrapper.get('[data-test="recent-usual"]').text()).toBe(`Je gewone niveau van ergste pijn: ${usual}.`)
    expect(wrapper.get('[data-test="recent-last-days"]').text()).toBe(
      `Je hebt je ergste pijn ingevuld op ${expected.lastDays.logged} van de laatste 14 dagen. Op ${expected.lastDays.aboveUsual} daarvan was die 2 punten of meer boven je gewone niveau.`,
    )
    // The panel comes after the title and before the text, so a phone shows it as a card at the top.
    const order = [...wrapper.get('article').element.children].map((child) => child.tagName.toLowerCase())
    expect(order.indexOf('aside')).toBeGreaterThan(order.indexOf('h1'))
  })

  it('tells a new user what will appear, on the pages on pain and on moving with pain', async () => {
    for (const path of ['/learn/symptoms', '/learn/moving-with-pain']) {
      const { wrapper } = await mountLearn(path)
      await vi.waitFor(() => expect(wrapper.find('[data-test="recent-empty"]').exists()).toBe(true))
      wrapper.unmount()
    }
  })

  it('is not shown on the other pages', async () => {
    await storeDiary(30)
    const { wrapper } = await mountLearn('/learn/weight')
    await vi.waitFor(() => expect(wrapper.find('.content').exists()).toBe(true))
    expect(wrapper.find('aside').exists()).toBe(false)
  })
})
