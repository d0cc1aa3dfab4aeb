import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useRouteFocus } from '../../src/composables/useRouteFocus'

/** A shell like App.vue: a focusable <main> around the routes. Diary has a field that takes focus itself. */
async function mountShell() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => h('h1', 'Vandaag') } },
      { path: '/insights', component: { render: () => h('h1', 'Inzicht') } },
      { path: '/diary', component: { render: () => [h('h1', 'Logboek'), h('input', { id: 'search' })] } },
    ],
  })
  await router.push('/')
  const Shell = defineComponent({
    setup() {
      const main = ref<HTMLElement | null>(null)
      useRouteFocus(main)
      return () => [h('a', { href: '/insights', id: 'nav' }, 'Inzicht'), h('main', { ref: main, id: 'main', tabindex: '-1' }, h(RouterView))]
    },
  })
  const wrapper = mount(Shell, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}

/** The frame after the change and the task after it: by then the shell's own step (queued first) ran. */
const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

const focusedId = (): string | undefined => (document.activeElement as HTMLElement | null)?.id

describe('useRouteFocus', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('moves focus to the new page once it has been painted, not in the task that switched the route', async () => {
    const { router, wrapper } = await mountShell()
    ;(document.getElementById('nav') as HTMLElement).focus()
    await router.push('/insights')
    await flushPromises()
    expect(focusedId()).toBe('nav') // the switch itself does no layout work for focus
    await afterPaint()
    expect(focusedId()).toBe('main')
    wrapper.unmount()
  })

  it('leaves focus where the new page put it (a deep link’s section, a field)', async () => {
    const { router, wrapper } = await mountShell()
    await router.push('/diary')
    await flushPromises()
    ;(document.getElementById('search') as HTMLElement).focus()
    await afterPaint()
    expect(focusedId()).toBe('search')
    wrapper.unmount()
  })

  it('keeps focus on the first screen and when only the query or section of a page changes', async () => {
    const { router, wrapper } = await mountShell()
    await afterPaint()
    expect(focusedId()).not.toBe('main')
    ;(document.getElementById('nav') as HTMLElement).focus()
    await router.push('/?period=12m')
    await flushPromises()
    await afterPaint()
    expect(focusedId()).toBe('nav')
    wrapper.unmount()
  })

  it('moves focus once, for the last of two quick route changes', async () => {
    const { router, wrapper } = await mountShell()
    const main = document.getElementById('main') as HTMLElement
    const focus = vi.spyOn(main, 'focus')
    await router.push('/insights')
    await router.push('/diary')
    await flushPromises()
    await afterPaint()
    expect(focus).toHaveBeenCalledTimes(1)
    expect(focusedId()).toBe('main')
    wrapper.unmount()
  })
})
