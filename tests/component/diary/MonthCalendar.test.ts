import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MonthCalendar from '../../../src/components/diary/MonthCalendar.vue'
import { plugins } from '../support'

const marks = {
  '2026-11-03': { badPeriod: false, example: false },
  '2026-11-10': { badPeriod: true, example: false },
  '2026-11-12': { badPeriod: false, example: true },
}

async function mountCalendar(language: 'nl' | 'en' = 'nl', month = '2026-11') {
  const { global } = await plugins(language)
  return mount(MonthCalendar, { props: { month, today: '2026-11-24', marks }, global })
}

describe('MonthCalendar', () => {
  it('makes every past day and today a button, and leaves days still to come as plain text', async () => {
    const wrapper = await mountCalendar()
    const days = wrapper.findAll('button.day')
    expect(days).toHaveLength(24)
    expect(days.every((day) => day.attributes('type') === 'button')).toBe(true)
    const future = wrapper.findAll('.day.future')
    expect(future).toHaveLength(6)
    expect(future.every((day) => day.element.tagName === 'SPAN' && !day.attributes('tabindex'))).toBe(true)
  })

  it('says in words which days hold logs, a bad period, example data or today, in Dutch', async () => {
    const wrapper = await mountCalendar()
    const label = (n: number) => wrapper.findAll('button.day')[n - 1]!.attributes('aria-label')
    expect(label(3)).toBe('dinsdag 3 november, iets gelogd')
    expect(label(10)).toBe('dinsdag 10 november, iets gelogd, slechte periode')
    expect(label(12)).toBe('donderdag 12 november, iets gelogd, voorbeeld')
    expect(label(4)).toBe('woensdag 4 november')
    expect(label(24)).toBe('dinsdag 24 november, vandaag')
    expect(wrapper.findAll('button.day')[23]!.attributes('aria-current')).toBe('date')
    // The marks are also visible as shapes, not only as colour.
    expect(wrapper.findAll('button.day')[9]!.find('.dot').exists()).toBe(true)
    expect(wrapper.findAll('button.day')[9]!.find('.bang').text()).toBe('!')
  })

  it('labels the month, the weekdays and the buttons in English', async () => {
    const wrapper = await mountCalendar('en')
    expect(wrapper.get('h2').text()).toBe('November 2026')
    expect(wrapper.findAll('th').map((th) => th.attributes('abbr'))).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    expect(wrapper.findAll('button.day')[9]!.attributes('aria-label')).toBe('Tuesday, November 10, something logged, bad period')
    expect(wrapper.findAll('button:not(.day)').map((b) => b.text().replace(/\s+/g, ' '))).toEqual(['‹ Previous month', 'Next month ›'])
  })

  it('opens a day and moves between months with buttons', async () => {
    const wrapper = await mountCalendar('nl', '2026-10')
    await wrapper.findAll('button.day')[4]!.trigger('click')
    expect(wrapper.emitted('open')).toEqual([['2026-10-05']])
    await wrapper.get('button:not(.day)').trigger('click')
    expect(wrapper.emitted('previous')).toHaveLength(1)
    const next = wrapper.findAll('button:not(.day)')[1]!
    expect(next.attributes('aria-disabled')).toBeUndefined()
    await next.trigger('click')
    expect(wrapper.emitted('next')).toHaveLength(1)
  })

  it('does not go past the current month, and keeps focus on the button that says so', async () => {
    const wrapper = await mountCalendar('nl', '2026-11')
    const next = wrapper.findAll('button:not(.day)')[1]!
    expect(next.text().replace(/\s+/g, ' ')).toBe('Volgende maand ›')
    expect(next.attributes('aria-disabled')).toBe('true')
    expect(next.attributes('disabled')).toBeUndefined()
    await next.trigger('click')
    expect(wrapper.emitted('next')).toBeUndefined()
  })
})
