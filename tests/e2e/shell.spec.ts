import { test, expect, installServiceWorker, chooseLanguage, expectAxeClean, ROUTES } from './support'

test.describe('the app shell', () => {
  test('works offline on every route after the first visit', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible()
    await installServiceWorker(page)

    await context.setOffline(true)
    // The badge follows the browser's offline event. (Checked before the reload: Debian's Chromium 150
    // tells a document loaded under Playwright's offline emulation that it is online.)
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()
    const reload = await page.reload()
    expect(reload?.fromServiceWorker()).toBe(true)
    for (const route of ROUTES) {
      // A full navigation (deep link) is answered from the precache by the navigation fallback...
      await page.goto(route.path)
      await expect(page.getByRole('heading', { level: 1, name: route.nl })).toBeVisible()
    }
    // ...and in-app navigation loads the lazy route chunks from the precache.
    await page.goto('/')
    for (const route of ROUTES) {
      await page.getByRole('navigation').getByRole('link', { name: route.nl }).click()
      await expect(page.getByRole('heading', { level: 1, name: route.nl })).toBeVisible()
    }
    await context.setOffline(false)
  })

  test('moves focus to the new page after a route change, so a screen reader starts reading there', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible()
    const link = page.getByRole('navigation').getByRole('link', { name: 'Info' })
    await link.focus()
    await link.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Info' })).toBeVisible()
    await expect(page.locator('main')).toBeFocused()
    // A deep link to a section from another page: the section keeps the focus it was given.
    await page.goto('/learn/faq')
    await page.locator('#keep-walking ~ p a[href="/learn/moving-with-pain#traffic-light"]').first().click()
    await expect(page.locator('#traffic-light')).toBeFocused()
    // The shell's own step runs a frame and a task after the route change: it has run after this one.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
    await expect(page.locator('#traffic-light')).toBeFocused()
  })

  test('opens a new page at its top and goes back to where the patient was on the page before', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 700 })
    await page.goto('/learn')
    await expect(page.getByRole('heading', { level: 1, name: 'Info' })).toBeVisible()
    const links = page.getByRole('main').getByRole('link')
    await links.last().scrollIntoViewIfNeeded()
    const before = await page.evaluate(() => window.scrollY)
    expect(before).toBeGreaterThan(200)
    await links.last().click()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Info')
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: 'Info' })).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before)
  })

  test('switches language, remembers it after a reload and sets <html lang>', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    await chooseLanguage(page, 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Diary' })).toBeVisible()
    await expect(page).toHaveTitle('Settings · Heupwijs')
    await chooseLanguage(page, 'nl')
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Logboek' })).toBeVisible()
  })

  for (const language of ['nl', 'en'] as const) {
    test(`has no WCAG 2.1 A/AA violation on any route (${language})`, async ({ page }) => {
      await page.goto('/')
      if (language === 'en') await chooseLanguage(page, 'en')
      for (const route of ROUTES) {
        await page.goto(route.path)
        await expect(page.getByRole('heading', { level: 1, name: route[language] })).toBeVisible()
        await expectAxeClean(page)
      }
    })
  }

  test('is served with a strict Content-Security-Policy', async ({ page }) => {
    const response = await page.goto('/')
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? ''
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
  })

  test('shows a clear screen and claims nothing when IndexedDB is unavailable', async ({ page }) => {
    await page.addInitScript(() => {
      // As in some private windows: opening a database throws.
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      }
    })
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('Heupwijs kan je gegevens nu niet bewaren')
    await expect(page.getByRole('alert')).toContainText('privévenster')
    await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible()
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible()
  })

  test('shows a clear message instead of hanging when the database never opens', async ({ page }) => {
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open
      IDBFactory.prototype.open = function (name: string) {
        // A real request whose events nobody will ever hear: the open never settles.
        const request = open.call(this, `${name}-never`)
        request.addEventListener = () => undefined
        return request
      }
    })
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('duurt te lang', { timeout: 8000 })
  })
})
