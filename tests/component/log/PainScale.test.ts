import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PainScale from '../../../src/components/log/PainScale.vue'
import { plugins } from '../support'

const props = { legend: 'Hoeveel pijn heb je nu?', lowLabel: 'geen pijn', highLabel: 'ergste pijn die je je kunt voorstellen' }

describe('the pain scale', () => {
  it('is a labelled group of eleven radio buttons, 0 to 10, with words at both ends', async () => {
    const wrapper = mount(PainScale, { props, global: (await plugins()).global })
    expect(wrapper.get('fieldset legend').text()).toBe(props.legend)
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios.map((radio) => radio.attributes('value'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(new Set(radios.map((radio) => radio.attributes('name'))).size).toBe(1) // one group: arrow keys move within it
    const labels = wrapper.findAll('label').map((label) => label.text())
    expect(labels).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    const hint = wrapper.get(`#${wrapper.get('fieldset').attributes('aria-describedby')}`)
    expect(hint.text()).toContain('0 = geen pijn')
    expect(hint.text()).toContain('10 = ergste pijn die je je kunt voorstellen')
  })

  it('reports the chosen number and shows which one is chosen', async () => {
    const wrapper = mount(PainScale, { props: { ...props, modelValue: 2 }, global: (await plugins()).global })
    expect((wrapper.get('input[value="2"]').element as HTMLInputElement).checked).toBe(true)
    await wrapper.get('input[value="7"]').setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([7])
  })

  it('links its error message to the group', async () => {
    const wrapper = mount(PainScale, { props: { ...props, error: 'Kies een getal van 0 tot en met 10.' }, global: (await plugins()).global })
    const fieldset = wrapper.get('fieldset')
    expect(fieldset.attributes('aria-invalid')).toBe('true')
    const describedBy = fieldset.attributes('aria-describedby')!.split(' ')
    expect(wrapper.get(`#${describedBy[1]}`).text()).toBe('Kies een getal van 0 tot en met 10.')
  })
})
