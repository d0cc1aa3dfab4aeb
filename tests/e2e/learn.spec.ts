import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parse } from 'yaml'
import { chooseLanguage, expect, expectAxeClean, installServiceWorker, test } from './support'

type Language = 'nl' | 'en'

/** Every page and exercise with its title, read from the same Markdown the build compiles. */
function contentIn(folder: string, base: string): { path: string; title: string }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '') as { id: string; title: string }
      return { path: `${base}/${front.id}`, title: front.title }
    })
}

const CONTENT = join(process.cwd(), 'content')
const everything = (language: Language) => [...contentIn(join(CONTENT, language), '/learn'), ...contentIn(join(CONTENT, 'exercises', language), '/learn/exercises')]

/** The levels of all headings in the main area: one h1 first, then never a skipped level. */
async function expectHeadingsInOrder(page: Page): Promise<void> {
  const levels = await page.locator('main').locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])))
  expect(levels[0]).toBe(1)
  expect(levels.filter((level) => level === 1)).toHaveLength(1)
  levels.forEach((level, index) => {
    if (index > 0) expect(level, `heading ${index + 1} of ${levels.join(',')}`).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1)
  })
}

const NOTE = { nl: 'vervangt niet het advies van je eigen huisarts', en: 'does not replace the advice of your own GP' }

test.describe('Learn', () => {
  for (const language of ['nl', 'en'] as const) {
    test(`renders every page and exercise offline after the first visit, with headings in order (${language})`, async ({ page, context }) => {
      test.setTimeout(120_000)
      const items = everything(language)
      expect(items.length).toBeGreaterThanOrEqual(23)
      await page.goto('/learn')
      await installServiceWorker(page)
      if (language === 'en') await chooseLanguage(page, 'en')

      await context.setOffline(true)
      // A full load of a deep link is answered by the navigation fallback from the precache...
      for (const path of ['/learn/flare-ups', '/learn/exercises/bridging']) {
        const response = await page.goto(path)
        expect(response?.fromServiceWorker(), path).toBe(true)
        await expect(page.locator('.content h2').first()).toBeVisible()
      }
      // ...and every page and exercise, opened from the Info list, loads its text from the precache.
      await page.goto('/learn')
      for (const item of items) {
        await page.locator(`main a[href="${item.path}"]`).click()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title)
        await expect(page.locator('.content h2').first()).toBeVisible()
        await expect(page.locator('.doctor-note')).toContainText(NOTE[language])
        if (item.path.includes('/exercises/')) await expect(page.locator('figure [role="img"] svg')).toBeVisible()
        await expectHeadingsInOrder(page)
        await page.goBack()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'nl' ? 'Info' : 'Learn')
      }
      await context.setOffline(false)
    })
  }

  test('finds a page by a word from its body and opens it', async ({ page }) => {
    await page.goto('/learn')
    await page.getByLabel('Zoeken in Info').fill('zaterdag')
    await expect(page.getByRole('status')).toHaveText('1 pagina gevonden.')
    await page.getByRole('link', { name: 'Slechte periodes' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slechte periodes')
    await expect(page).toHaveURL('/learn/flare-ups')
  })

  test('opens a deep link at its section and moves focus there', async ({ page }) => {
    await page.goto('/learn/moving-with-pain#traffic-light')
    const section = page.locator('#traffic-light')
    await expect(section).toHaveText('Het verkeerslicht')
    await expect(section).toBeFocused()
    await expect(section).toBeInViewport()
  })

  test('follows a link in the text to another page section without reloading the app', async ({ page }) => {
    await page.goto('/learn/faq')
    await page.evaluate(() => Object.assign(window, { stillTheSameApp: true }))
    await page.locator('#keep-walking ~ p a[href="/learn/moving-with-pain#traffic-light"]').first().click()
    await expect(page).toHaveURL('/learn/moving-with-pain#traffic-light')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewegen met pijn')
    await expect(page.locator('#traffic-light')).toBeFocused()
    expect(await page.evaluate(() => (window as { stillTheSameApp?: boolean }).stillTheSameApp)).toBe(true)
  })

  test('names the open page or exercise in the tab title, and the screen after it again', async ({ page }) => {
    await page.goto('/learn/faq')
    await expect(page).toHaveTitle('Veelgestelde vragen · Heupwijs')
    await page.locator('#keep-walking ~ p a[href="/learn/moving-with-pain#traffic-light"]').first().click()
    await expect(page).toHaveTitle('Bewegen met pijn · Heupwijs')
    await page.goto('/learn/exercises/sit-to-stand')
    await expect(page).toHaveTitle(`${await page.getByRole('heading', { level: 1 }).textContent()} · Heupwijs`)
    await page.getByRole('navigation').getByRole('link', { name: 'Info' }).click()
    await expect(page).toHaveTitle('Info · Heupwijs')
  })

  test('shows the open page in English when the language changes', async ({ page }) => {
    await page.goto('/learn/symptoms')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klachten')
    await chooseLanguage(page, 'en')
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Symptoms')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('says clearly when a page does not exist', async ({ page }) => {
    await page.goto('/learn/no-such-page')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze uitleg bestaat niet')
    await page.getByRole('link', { name: 'Terug naar Info' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Info')
  })

  for (const language of ['nl', 'en'] as const) {
    test(`has no WCAG 2.1 A/AA violation on Info, a page, an exercise and search results (${language})`, async ({ page }) => {
      await page.goto('/learn')
      if (language === 'en') await chooseLanguage(page, 'en')
      await page.goto('/learn')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'nl' ? 'Info' : 'Learn')
      await expectAxeClean(page)
      await expectHeadingsInOrder(page)

      await page.getByRole('searchbox').fill(language === 'nl' ? 'pijn' : 'pain')
      await expect(page.locator('.search-results li').first()).toBeVisible()
      await expectAxeClean(page)

      await page.goto('/learn/moving-with-pain') // has a table
      await expect(page.locator('.content table')).toBeVisible()
      await expectAxeClean(page)

      await page.goto('/learn/exercises/sit-to-stand')
      await expect(page.locator('.dose-table')).toBeVisible()
      await expectAxeClean(page)
    })
  }

  test('reflows at 200 % zoom: nothing but a table scrolls sideways', async ({ page }) => {
    // 320 CSS pixels is a 640-pixel-wide window at 200 % zoom (WCAG 1.4.10).
    await page.setViewportSize({ width: 320, height: 640 })
    for (const path of ['/learn', '/learn/moving-with-pain', '/learn/exercises/bridging']) {
      await page.goto(path)
      await expect(page.locator('main h1')).toBeVisible()
      await page.waitForLoadState('networkidle')
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    const table = page.locator('.table-scroll').first()
    await page.goto('/learn/moving-with-pain')
    await expect(table).toBeVisible()
    const fontSize = await page.locator('.content p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(17)
  })
})
