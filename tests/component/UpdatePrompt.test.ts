import { mount } from '@vue/test-utils'
import { effectScope, ref } from 'vue'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useUnsavedInput } from '../../src/composables/useUnsavedInput'
import { plugins } from './support'

const needRefresh = ref(true)
const updateServiceWorker = vi.fn(async () => undefined)
vi.mock('virtual:pwa-register/vue', () => ({
  useRegisterSW: () => ({ needRefresh, offlineReady: ref(false), updateServiceWorker }),
}))

const { default: UpdatePrompt } = await import('../../src/pwa/UpdatePrompt.vue')

beforeEach(() => {
  needRefresh.value = true
  updateServiceWorker.mockClear()
})

/** A form with unsaved input whose draft can (or cannot) be kept. */
function formWithUnsavedInput(keepDraft: () => Promise<void>) {
  const scope = effectScope()
  scope.run(() => useUnsavedInput({ hasUnsaved: () => true, keepDraft }))
  return scope
}

describe('the update prompt', () => {
  it('waits for the tap, then updates', async () => {
    const wrapper = mount(UpdatePrompt, { global: (await plugins('nl')).global })
    expect(wrapper.text()).toContain('Er is een nieuwe versie van Heupwijs.')
    expect(updateServiceWorker).not.toHaveBeenCalled()
    await wrapper.get('button.primary').trigger('click')
    await vi.waitFor(() => expect(updateServiceWorker).toHaveBeenCalledWith(true))
  })

  it('keeps every unsaved draft before it reloads', async () => {
    const order: string[] = []
    const scope = formWithUnsavedInput(async () => void order.push('draft kept'))
    updateServiceWorker.mockImplementationOnce(async () => void order.push('reload'))
    const wrapper = mount(UpdatePrompt, { global: (await plugins('en')).global })
    await wrapper.get('button.primary').trigger('click')
    await vi.waitFor(() => expect(order).toEqual(['draft kept', 'reload']))
    scope.stop()
  })

  it('does not reload when a draft cannot be kept', async () => {
    const scope = formWithUnsavedInput(async () => Promise.reject(new Error('disk full')))
    const wrapper = mount(UpdatePrompt, { global: (await plugins('en')).global })
    await wrapper.get('button.primary').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Your draft could not be kept'))
    expect(updateServiceWorker).not.toHaveBeenCalled()
    scope.stop()
  })

  it('can be put off until later', async () => {
    const wrapper = mount(UpdatePrompt, { global: (await plugins('nl')).global })
    await wrapper.findAll('button')[1]!.trigger('click')
    expect(wrapper.text()).toBe('')
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })
})
