/**
 * Mounts a Learn view the way the app does: the same route paths and names, the real messages and the
 * real content modules, and a fresh Pinia (the pages with the patient's recent numbers read the diary).
 * (The app's route table imports the Today screen eagerly, so the Learn routes are
 * listed here rather than imported.)
 */
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw } from 'vue-router'
import { applyLanguage, i18n, type Language } from '../../../src/i18n'
import { settle } from '../support'

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'today', component: { render: () => h('h1', 'Vandaag') } },
  { path: '/insights', name: 'insights', component: { render: () => h('h1', 'Inzicht') } },
  { path: '/learn', name: 'learn', component: () => import('../../../src/views/LearnView.vue') },
  { path: '/learn/exercises/:id', name: 'learn-exercise', component: () => import('../../../src/views/ExerciseView.vue') },
  { path: '/learn/:id', name: 'learn-page', component: () => import('../../../src/views/LearnPageView.vue') },
]

export async function mountLearn(path: string, language: Language = 'nl') {
  await applyLanguage(language)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const Shell = defineComponent({ render: () => h('main', [h(RouterView)]) })
  const wrapper = mount(Shell, { global: { plugins: [createPinia(), router, i18n] }, attachTo: document.body })
  await settle()
  return { wrapper, router }
}
