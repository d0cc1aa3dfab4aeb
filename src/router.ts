/** The route table. Views are lazy, except Today, the first screen nearly every visit opens. */
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import TodayView from './views/TodayView.vue'
import { nextTask } from './composables/tasks'
import { findWhenRendered } from './composables/whenRendered'
import { rememberFollowedLinks, returnToFollowedLink } from './followedLinks'
import { loadMessages, type Feature } from './i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, used for document.title. */
    titleKey: string
    /** The view shows diary data and is replaced by an explanation when storage cannot open. */
    needsStorage?: boolean
    /** Message files the view needs beyond the core ones, loaded before it shows. */
    messages?: Feature[]
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'today', component: TodayView, meta: { titleKey: 'nav.today', needsStorage: true } },
  { path: '/diary', name: 'diary', component: () => import('./views/DiaryView.vue'), meta: { titleKey: 'nav.diary', needsStorage: true, messages: ['diary'] } },
  { path: '/diary/:date', name: 'diary-day', component: () => import('./views/DayView.vue'), meta: { titleKey: 'diary.dayTitle', needsStorage: true, messages: ['diary', 'log'] } },
  {
    path: '/insights',
    name: 'insights',
    component: () => import('./views/InsightsView.vue'),
    meta: { titleKey: 'nav.insights', needsStorage: true, messages: ['insights'] },
    // Its first read starts with the route change, before the screen is set up (see its `prefetch`).
    // Only a head start: should it fail, the screen reads and reports for itself.
    beforeEnter: (to) => {
      import('./views/InsightsView.vue').then((view) => view.prefetch(to)).catch(() => undefined)
    },
  },
  { path: '/learn', name: 'learn', component: () => import('./views/LearnView.vue'), meta: { titleKey: 'nav.learn', messages: ['learn'] } },
  { path: '/learn/exercises/:id', name: 'learn-exercise', component: () => import('./views/ExerciseView.vue'), meta: { titleKey: 'nav.learn', messages: ['learn'] } },
  { path: '/learn/:id', name: 'learn-page', component: () => import('./views/LearnPageView.vue'), meta: { titleKey: 'nav.learn', messages: ['learn', 'insights'] } },
  { path: '/setup', name: 'setup', component: () => import('./views/SetupView.vue'), meta: { titleKey: 'setup.title', needsStorage: true, messages: ['setup', 'log'] } },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { titleKey: 'nav.settings', messages: ['settings', 'data'] } },
  { path: '/settings/data', name: 'settings-data', component: () => import('./views/DataView.vue'), meta: { titleKey: 'data.title', needsStorage: true, messages: ['settings', 'data'] } },
  { path: '/report', name: 'report', component: () => import('./views/ReportView.vue'), meta: { titleKey: 'report.title', needsStorage: true, messages: ['report'] } },
  { path: '/:unknown(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { titleKey: 'notFound.title' } },
]

/**
 * A new page opens at its top. Both coordinates: Chromium scrolls to (0, 0) without working out the new
 * page's layout first, while `{ top: 0 }` alone makes it do that layout at once, inside the route switch.
 */
const TOP = { left: 0, top: 0 } as const

/**
 * Scrolls to the section of a deep link and moves focus there, so a screen reader starts reading it.
 * The shell's move of focus to the new page (useRouteFocus) leaves focus that a section already has.
 */
async function scrollToSection(hash: string): Promise<{ el: Element; top: number } | typeof TOP> {
  const section = await findWhenRendered(() => document.getElementById(decodeURIComponent(hash.slice(1))))
  if (!section) return TOP
  if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1')
  section.focus({ preventScroll: true })
  return { el: section, top: 24 } // room above the heading for its focus outline
}

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // A saved position waits a task: the new page comes in the task after the old one left (App.vue).
    // Then the link the patient followed from there is looked for (followedLinks.ts).
    scrollBehavior: (to, _from, saved) => (saved ? nextTask().then(() => (returnToFollowedLink(), saved)) : to.hash ? scrollToSection(to.hash) : TOP),
  })
  rememberFollowedLinks(router)
  router.beforeResolve((to) => loadMessages(to.meta.messages ?? []))
  return router
}
