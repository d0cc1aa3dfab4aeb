import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BottomNav from '../../src/components/shell/BottomNav.vue'
import { plugins } from './support'

const items = [
  { to: '/', icon: 'today', label: 'Vandaag' },
  { to: '/diary', icon: 'diary', label: 'Logboek' },
  { to: '/insights', icon: 'insights', label: 'Inzicht' },
  { to: '/learn', icon: 'learn', label: 'Info' },
  { to: '/settings', icon: 'settings', label: 'Instellingen' },
] as const

describe('the bottom navigation', () => {
  it('labels the five sections and marks the current one for screen readers', async () => {
    const wrapper = mount(BottomNav, { props: { items: [...items], label: 'Hoofdmenu' }, global: (await plugins('nl', '/diary')).global })
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Hoofdmenu')
    const links = wrapper.findAll('a')
    expect(links.map((link) => link.text())).toEqual(['Vandaag', 'Logboek', 'Inzicht', 'Info', 'Instellingen'])
    expect(links.map((link) => link.attributes('aria-current') ?? null)).toEqual([null, 'page', null, null, null])
  })
})
