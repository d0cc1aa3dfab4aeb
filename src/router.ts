/** The route table. Views are lazy, except Today, the first screen nearly every visit opens. */
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import TodayView from './views/TodayView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, used for document.title. */
    titleKey: string
    /** The view shows diary data and is replaced by an explanation when storage cannot open. */
    needsStorage?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'today', component: TodayView, meta: { titleKey: 'nav.today', needsStorage: true } },
  { path: '/diary', name: 'diary', component: () => import('./views/DiaryView.vue'), meta: { titleKey: 'nav.diary', needsStorage: true } },
  { path: '/insights', name: 'insights', component: () => import('./views/InsightsView.vue'), meta: { titleKey: 'nav.insights', needsStorage: true } },
  { path: '/learn', name: 'learn', component: () => import('./views/LearnView.vue'), meta: { titleKey: 'nav.learn' } },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { titleKey: 'nav.settings' } },
  { path: '/:unknown(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { titleKey: 'notFound.title' } },
]

export function createAppRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: decodeURIComponent(to.hash) } : { top: 0 }),
  })
}
