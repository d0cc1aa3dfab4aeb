import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRouteWarmUp } from '../../src/composables/useRouteWarmUp'
import { applyLanguage } from '../../src/i18n'

/** The app shell's use of it: Insights is warmed up. */
const Shell = defineComponent({
  setup() {
    useRouteWarmUp(['insights'])
    return () => h('main')
  },
})

/** Mounts the shell on Today, with `insights` as the lazy Insights route's module loader. */
async function mountShell(insights: () => Promise<unknown>): Promise<void> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => h('h1', 'Vandaag') } },
      { path: '/insights', name: 'insights', component: insights as () => Promise<Component> },
    ],
  })
  await router.push('/')
  mount(Shell, { global: { plugins: [router] } })
}

afterEach(async () => {
  vi.useRealTimers()
  await applyLanguage('nl')
})

describe('useRouteWarmUp', () => {
  it('loads the named lazy routes once the page has loaded and the browser is idle, and no others', async () => {
    vi.useFakeTimers()
    const insights = vi.fn(async () => ({ render: () => h('h1', 'Inzicht') }))
    const diary = vi.fn(async () => ({ render: () => h('h1', 'Logboek') }))
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => h('h1', 'Vandaag') } },
        { path: '/insights', name: 'insights', component: insights },
        { path: '/diary', name: 'diary', component: diary },
      ],
    })
    await router.push('/')
    mount(Shell, { global: { plugins: [router] } })
    expect(insights).not.toHaveBeenCalled() // nothing during the first screen itself
    await vi.advanceTimersByTimeAsync(5000)
    await flushPromises()
    expect(insights).toHaveBeenCalledTimes(1)
    expect(diary).not.toHaveBeenCalled()
  })

  it('then runs what the view’s module prepares, in the current language', async () => {
    vi.useFakeTimers()
    const steps: string[] = []
    const prepare = (language: string): void => void steps.push(`prepare:${language}`)
    await mountShell(async () => (steps.push('component'), { default: { render: () => h('h1', 'Inzicht') }, prepare }))
    await vi.advanceTimersByTimeAsync(10_000)
    await flushPromises()
    expect(steps).toEqual(['component', 'prepare:nl'])
  })

  it('prepares again, while idle, for a language chosen later', async () => {
    vi.useFakeTimers()
    const steps: string[] = []
    const prepare = (language: string): void => void steps.push(`prepare:${language}`)
    await mountShell(async () => ({ default: { render: () => h('h1', 'Inzicht') }, prepare }))
    await vi.advanceTimersByTimeAsync(10_000)
    await applyLanguage('en')
    expect(steps).toEqual(['prepare:nl']) // not in the task of the switch itself
    await vi.advanceTimersByTimeAsync(5000)
    await flushPromises()
    expect(steps).toEqual(['prepare:nl', 'prepare:en'])
  })
})
