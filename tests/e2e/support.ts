/**
 * Shared end-to-end helpers: a `test` that fails on requests to other origins, CSP violations and
 * uncaught page errors, plus service-worker, offline and accessibility helpers.
 */
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

import { BASE_URL } from '../../playwright.config'

export { BASE_URL }

/** Every route of the bottom navigation with the h1 it shows, per language. */
export const ROUTES = [
  { path: '/', nl: 'Vandaag', en: 'Today' },
  { path: '/diary', nl: 'Logboek', en: 'Diary' },
  { path: '/insights', nl: 'Inzicht', en: 'Insights' },
  { path: '/learn', nl: 'Info', en: 'Learn' },
  { path: '/settings', nl: 'Instellingen', en: 'Settings' },
] as const

interface Watch {
  foreignRequests: string[]
  cspViolations: string[]
  pageErrors: string[]
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { foreignRequests: [], cspViolations: [], pageErrors: [] }
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(BASE_URL) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url)
      })
      page.on('pageerror', (error) => watch.pageErrors.push(error.message))
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text())
      })
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      await use(watch)
      expect(watch.foreignRequests, 'requests to another origin').toEqual([])
      expect(watch.cspViolations, 'CSP violations').toEqual([])
      expect(watch.pageErrors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Waits until the service worker is activated, then reloads so it controls the page. */
export async function installServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()))
    }
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
}

/** Switches the language through Settings, as a patient would. */
export async function chooseLanguage(page: Page, language: 'nl' | 'en'): Promise<void> {
  await page.goto('/settings')
  await page.getByRole('radio', { name: language === 'nl' ? 'Nederlands' : 'English' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', language)
}

/** No WCAG 2.1 A/AA violation on the current page. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}
