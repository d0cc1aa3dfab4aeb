import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { describe, expect, it } from 'vitest'
import NumberField from '../../../src/components/log/NumberField.vue'
import { useProblemMessages } from '../../../src/composables/useProblemMessages'
import { LIMITS, validateDay } from '../../../src/domain/validation'
import { makeDay, NOW } from '../../fixtures/days'
import { plugins } from '../support'

/** A weight field showing the domain's verdict on the value, as the Today form does. */
const WeightField = defineComponent({
  props: { weightKg: { type: Number, required: true } },
  setup(props) {
    const messagesFor = useProblemMessages(LIMITS)
    return () => {
      const errors = messagesFor(validateDay(makeDay('2026-11-24', { weightKg: props.weightKg }), NOW))
      return h(NumberField, { label: 'weight', modelValue: props.weightKg, error: errors.weightKg })
    }
  },
})

describe('validation messages next to the field', () => {
  it.each([
    ['nl', 'Vul een gewicht in van 30 tot en met 300 kg.'],
    ['en', 'Enter a weight from 30 to 300 kg.'],
  ] as const)('names the allowed range in %s', async (language, message) => {
    const wrapper = mount(WeightField, { props: { weightKg: 20 }, global: (await plugins(language)).global })
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    const error = wrapper.get(`#${input.attributes('aria-describedby')}`)
    expect(error.text()).toBe(message)
  })

  it.each(['nl', 'en'] as const)('shows nothing for a valid value (%s)', async (language) => {
    const wrapper = mount(WeightField, { props: { weightKg: 82.5 }, global: (await plugins(language)).global })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.get('input').element.value).toBe('82.5')
  })

  it.each(['nl', 'en'] as const)('has a message for every problem code the day check can report (%s)', async (language) => {
    const { te } = await import('../../../src/i18n')
    await plugins(language)
    const codes = ['invalidDate', 'futureDate', 'pain', 'minutes', 'weightKg', 'cigarettes', 'stiffnessMinutes', 'sets', 'reps', 'seconds', 'doses', 'noteLength']
    for (const code of codes) expect(te(`validation.${code}`), code).toBe(true)
  })
})
