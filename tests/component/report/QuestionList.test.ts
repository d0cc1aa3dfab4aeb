import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuestionList from '../../../src/components/report/QuestionList.vue'
import type { DoctorQuestion } from '../../../src/domain/doctorQuestions'
import { plugins } from '../support'

const questions: DoctorQuestion[] = [
  { id: 'a', text: 'Mag ik blijven fietsen?', done: false },
  { id: 'b', text: 'Wanneer is een operatie zinvol?', done: false },
  { id: 'c', text: 'Helpt een injectie?', done: true },
]

async function mountList(language: 'nl' | 'en' = 'nl') {
  const { global } = await plugins(language, '/report')
  return mount(QuestionList, { props: { questions, busy: false, failure: '' }, global, attachTo: document.body })
}

const button = (wrapper: Awaited<ReturnType<typeof mountList>>, id: string, control: string) => wrapper.get(`[data-question="${id}"] [data-control="${control}"]`)
const lastChange = (wrapper: Awaited<ReturnType<typeof mountList>>) => (wrapper.emitted('change')!.at(-1)![0] as DoctorQuestion[]).map((q) => q.id)

describe('the questions for the doctor', () => {
  it('moves a question up or down with its buttons, named after the question', async () => {
    const wrapper = await mountList('nl')
    expect(button(wrapper, 'b', 'up').text()).toBe('↑ Omhoog: Wanneer is een operatie zinvol?')
    await button(wrapper, 'b', 'up').trigger('click')
    expect(lastChange(wrapper)).toEqual(['b', 'a', 'c'])
    await wrapper.setProps({ questions: [questions[1]!, questions[0]!, questions[2]!] })
    await button(wrapper, 'a', 'down').trigger('click')
    expect(lastChange(wrapper)).toEqual(['b', 'c', 'a'])
    wrapper.unmount()
  })

  it('cannot move the first question up or the last one down', async () => {
    const wrapper = await mountList('en')
    expect(button(wrapper, 'a', 'up').attributes('disabled')).toBeDefined()
    expect(button(wrapper, 'c', 'down').attributes('disabled')).toBeDefined()
    expect(button(wrapper, 'b', 'up').attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('ticks a question off after the visit, and marks ticked ones so print leaves them out', async () => {
    const wrapper = await mountList('nl')
    await wrapper.get('[data-question="a"] input[type="checkbox"]').setValue(true)
    expect(wrapper.emitted('change')!.at(-1)![0]).toEqual([{ ...questions[0], done: true }, questions[1], questions[2]])
    expect(wrapper.get('[data-question="c"]').classes()).toContain('is-done')
    expect(wrapper.get('[data-question="a"]').classes()).not.toContain('is-done')
    wrapper.unmount()
  })

  it('keeps focus on the moved question’s button once the new order is back', async () => {
    const wrapper = await mountList('nl')
    await button(wrapper, 'b', 'down').trigger('click')
    const next = [questions[0]!, questions[2]!, questions[1]!]
    await wrapper.setProps({ questions: next })
    await new Promise((resolve) => setTimeout(resolve, 0))
    // The last one cannot go further down: focus goes to its "up" button instead.
    expect(document.activeElement).toBe(button(wrapper, 'b', 'up').element)
    wrapper.unmount()
  })
})
