import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import InsightsView from '../../../src/views/InsightsView.vue'
import { useDiaryStore } from '../../../src/stores/diary'
import { plugins, settle } from '../support'

// Unmounted after each test: the screen goes on adding its parts a frame apart otherwise.
enableAutoUnmount(afterEach)

describe('the Insights screen and its address', () => {
  it('reads the period the address names, and again when the address chooses another', async () => {
    const { router, global } = await plugins('nl', '/insights?period=12m')
    const wrapper = mount(InsightsView, { global })
    await settle()
    expect(wrapper.get<HTMLInputElement>('input[value="12m"]').element.checked).toBe(true)
    const listFigures = vi.spyOn(useDiaryStore(), 'listFigures')
    await router.push('/insights?period=4w')
    await settle()
    expect(wrapper.get<HTMLInputElement>('input[value="4w"]').element.checked).toBe(true)
    expect(listFigures).toHaveBeenCalledTimes(1)
  })

  it('reads nothing for the address of the screen the patient goes to', async () => {
    const { router, global } = await plugins('nl', '/insights?period=12m')
    const wrapper = mount(InsightsView, { global })
    await settle()
    const listFigures = vi.spyOn(useDiaryStore(), 'listFigures')
    await router.push('/') // the old screen stays a moment while the new one comes (App.vue)
    await settle()
    expect(listFigures).not.toHaveBeenCalled()
    expect(wrapper.get<HTMLInputElement>('input[value="12m"]').element.checked).toBe(true)
  })
})
