import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SettingsView from '../../src/views/SettingsView.vue'
import { plugins } from './support'

function stubStorage(persisted: boolean | undefined) {
  const storage =
    persisted === undefined
      ? undefined
      : { persisted: async () => persisted, estimate: async () => ({ usage: 2_500_000, quota: 1_200_000_000 }) }
  vi.stubGlobal('navigator', { ...navigator, storage })
}

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('Settings', () => {
  it('says whether storage is protected and how much is used, in Dutch', async () => {
    stubStorage(true)
    const wrapper = mount(SettingsView, { global: (await plugins('nl')).global })
    await vi.waitFor(() => expect(wrapper.get('[data-test="storage-usage"]').text()).toBe('In gebruik: 2,5 MB van 1,2 GB.'))
    expect(wrapper.get('[data-test="storage-protection"]').text()).toContain('Beschermd')
  })

  it('warns in English when storage is not protected', async () => {
    stubStorage(false)
    const wrapper = mount(SettingsView, { global: (await plugins('en')).global })
    await vi.waitFor(() => expect(wrapper.get('[data-test="storage-protection"]').text()).toContain('Not protected'))
    expect(wrapper.get('[data-test="storage-usage"]').text()).toBe('In use: 2.5 MB of 1.2 GB.')
  })

  it('is honest when the browser cannot tell', async () => {
    stubStorage(undefined)
    const wrapper = mount(SettingsView, { global: (await plugins('nl')).global })
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.get('[data-test="storage-usage"]').text()).toContain('laat niet zien'))
  })

  it('switches the language, remembers it and updates <html lang>', async () => {
    stubStorage(true)
    const wrapper = mount(SettingsView, { global: (await plugins('nl')).global })
    expect(wrapper.get('h1').text()).toBe('Instellingen')
    await wrapper.get('input[value="en"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.get('h1').text()).toBe('Settings'))
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('heupwijs.language')).toBe('en')
    expect((wrapper.get('input[value="en"]').element as HTMLInputElement).checked).toBe(true)
  })
})
