import type { Page } from '@playwright/test'
import { addDays, toLocalDate } from '../../src/domain/dates'
import { test, expect, installServiceWorker, chooseLanguage, expectAxeClean } from './support'

const today = (): string => toLocalDate(new Date())

async function skipSetup(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Overslaan' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Je plan voor vandaag' })).toBeVisible()
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible()
const entry = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })

/** A morning check-in and a 30-minute walk, logged on Today. */
async function logMorningAndWalk(page: Page): Promise<void> {
  await page.locator('[data-item="morning"]').getByRole('button', { name: 'Invullen' }).click()
  const morning = page.getByRole('form', { name: 'Ochtend' })
  await morning.getByRole('group', { name: 'Hoeveel pijn heb je nu?' }).getByRole('radio', { name: '3', exact: true }).click()
  await morning.getByRole('button', { name: 'Opslaan' }).click()
  await saved(page)
  await page.getByRole('button', { name: 'Andere beweging' }).click()
  const activity = page.getByRole('form', { name: 'Beweging' })
  await activity.getByRole('radio', { name: 'Wandelen' }).check()
  await activity.getByLabel('Hoe lang?').fill('30')
  await activity.getByRole('button', { name: 'Opslaan' }).click()
  await saved(page)
}

test.describe('the diary', () => {
  test('finds a logged day, changes an activity, deletes an entry after confirming, and keeps it all offline', async ({ page, context }) => {
    await skipSetup(page)
    await logMorningAndWalk(page)

    await page.getByRole('navigation').getByRole('link', { name: 'Logboek' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Logboek' })).toBeVisible()
    const row = page.getByRole('list', { name: 'Gelogde dagen, nieuwste eerst' }).locator(`a[href="/diary/${today()}"]`)
    await expect(row).toContainText('Ochtendpijn 3')
    await expect(row).toContainText('30 min bewegen')
    await row.click()

    await expect(entry(page, 'Wandelen')).toContainText('30 minuten')
    await entry(page, 'Wandelen').getByRole('button', { name: 'Wijzigen Wandelen' }).click()
    const form = page.getByRole('form', { name: 'Beweging' })
    await expect(form.getByLabel('Hoe lang?')).toHaveValue('30')
    await form.getByLabel('Hoe lang?').fill('45')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await saved(page)
    await expect(entry(page, 'Wandelen')).toContainText('45 minuten')

    await entry(page, 'Ochtend').getByRole('button', { name: 'Verwijderen Ochtend' }).click()
    await expect(entry(page, 'Ochtend')).toContainText('Wil je dit echt verwijderen?')
    await entry(page, 'Ochtend').getByRole('button', { name: 'Ja, verwijderen' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Verwijderd.' })).toBeVisible()
    await expect(entry(page, 'Ochtend')).toHaveCount(0)

    await installServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await expect(entry(page, 'Wandelen')).toContainText('45 minuten')
    await expect(entry(page, 'Ochtend')).toHaveCount(0)
    await page.goto('/diary')
    await expect(page.locator(`a[href="/diary/${today()}"]`)).toContainText('45 min bewegen')
    await expect(page.locator(`a[href="/diary/${today()}"]`)).not.toContainText('Ochtendpijn')
    await context.setOffline(false)
  })

  test('refuses a date still to come, typed into the address', async ({ page }) => {
    await page.goto(`/diary/${addDays(today(), 1)}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Deze dag is nog niet geweest' })).toBeVisible()
    await expect(page.getByText('Je kunt alleen vandaag of een eerdere dag invullen.')).toBeVisible()
    await expect(page.getByRole('form')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Beweging' })).toHaveCount(0)
  })

  test('opens a day from the month calendar, and remembers the calendar in the address', async ({ page }) => {
    await skipSetup(page)
    await logMorningAndWalk(page)
    await page.goto('/diary')
    await page.getByRole('button', { name: 'Kalender' }).click()
    await expect(page).toHaveURL(/view=calendar/)
    const todayButton = page.locator('button[aria-current="date"]')
    await expect(todayButton).toHaveAttribute('aria-label', /iets gelogd, vandaag$/)
    await page.getByRole('button', { name: 'Vorige maand' }).click()
    await page.getByRole('button', { name: 'Volgende maand' }).click()
    await todayButton.click()
    await expect(page).toHaveURL(`/diary/${today()}`)
    await page.goBack()
    await expect(page.getByRole('button', { name: 'Kalender' })).toHaveAttribute('aria-pressed', 'true')
  })

  test('loads 90 days of example data with a banner, lists them, and removes them in one step', async ({ page }) => {
    await page.goto('/settings')
    await page.getByRole('button', { name: 'Laad 90 dagen voorbeeldgegevens' }).click()
    await expect(page.getByRole('status').filter({ hasText: /voorbeelddagen staan in je logboek/ })).toBeVisible()
    const banner = page.getByRole('note').filter({ hasText: 'Je kijkt naar voorbeeldgegevens.' })
    await expect(banner).toBeVisible()
    const count = Number((await page.locator('[data-test="example-present"]').textContent())!.match(/\d+/)![0])
    expect(count).toBeGreaterThan(80)
    expect(count).toBeLessThanOrEqual(90)

    await page.getByRole('navigation').getByRole('link', { name: 'Logboek' }).click()
    await expect(banner).toBeVisible()
    await expect(page.getByText(`Je hebt ${count} dagen gelogd.`)).toBeVisible()
    const rows = page.getByRole('list', { name: 'Gelogde dagen, nieuwste eerst' }).getByRole('listitem')
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(count))
    await expect(rows.first()).toContainText('Voorbeeld')
    expect(await rows.count()).toBeLessThanOrEqual(60)
    // The oldest example day is at the end of the list, within the last 90 days.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect(rows.last()).toHaveAttribute('aria-posinset', String(count))
    expect(await rows.count()).toBeLessThanOrEqual(60)
    const oldest = (await rows.last().getByRole('link').getAttribute('href'))!.slice('/diary/'.length)
    expect(oldest >= addDays(today(), -89)).toBe(true)

    // Today's plan now runs on the default plan, no set-up asked.
    await page.getByRole('navigation').getByRole('link', { name: 'Vandaag' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Je plan voor vandaag' })).toBeVisible()

    await banner.getByRole('link', { name: 'Voorbeeldgegevens verwijderen' }).click()
    await page.getByRole('button', { name: 'Verwijder voorbeeldgegevens' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'De voorbeeldgegevens zijn verwijderd.' })).toBeVisible()
    await expect(banner).toHaveCount(0)
    await page.getByRole('navigation').getByRole('link', { name: 'Logboek' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Nog niets gelogd' })).toBeVisible()
  })

  test('asks first when real data exists, and fills only the days without it', async ({ page }) => {
    await skipSetup(page)
    await logMorningAndWalk(page)
    await page.goto('/settings')
    await page.getByRole('button', { name: 'Laad 90 dagen voorbeeldgegevens' }).click()
    const question = page.getByRole('group', { name: 'Je hebt al zelf iets gelogd' })
    await expect(question).toContainText('alleen op dagen waarop je zelf niets hebt gelogd')
    await expect(question).toContainText('in één stap weer verwijderen')
    await question.getByRole('button', { name: 'Ja, voorbeeldgegevens laden' }).click()
    await expect(page.getByRole('note').filter({ hasText: 'Je kijkt naar voorbeeldgegevens.' })).toBeVisible()

    await page.goto(`/diary/${today()}`)
    await expect(entry(page, 'Wandelen')).toContainText('30 minuten')
    await expect(page.getByText('Dit is een voorbeelddag.')).toHaveCount(0)

    await page.goto('/settings')
    await page.getByRole('button', { name: 'Verwijder voorbeeldgegevens' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'De voorbeeldgegevens zijn verwijderd.' })).toBeVisible()
    await page.goto('/diary')
    await expect(page.getByText('Je hebt 1 dag gelogd.')).toBeVisible()
  })

  test('renders at most 60 rows, without gaps, while scrolling and tabbing through ten years of days', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/diary')
    await expect(page.getByRole('heading', { level: 2, name: 'Nog niets gelogd' })).toBeVisible()
    // Ten years of days, written straight into the app's database.
    await page.evaluate(async (end) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('heupwijs')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = db.transaction('days', 'readwrite')
      const [y, m, d] = end.split('-').map(Number) as [number, number, number]
      for (let i = 0; i < 3650; i++) {
        const date = new Date(Date.UTC(y, m - 1, d - i, 12)).toISOString().slice(0, 10)
        const activities = [{ id: `a${i}`, type: 'walking', minutes: 20 + (i % 30) }]
        tx.objectStore('days').put({ date, morning: { painNow: i % 5 }, worstPain: i % 8, activities, exercises: [], medication: [], heavyLoads: [], notes: [], updatedAt: new Date().toISOString() })
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve
        tx.onerror = () => reject(tx.error)
      })
      db.close()
    }, today())
    await page.reload()
    const rows = page.getByRole('list', { name: 'Gelogde dagen, nieuwste eerst' }).getByRole('listitem')
    await expect(rows.first()).toHaveAttribute('aria-setsize', '3650')

    const sweep = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      let mostRows = 0
      let gaps = 0
      const list = document.querySelector('.day-list')!
      const top = list.getBoundingClientRect().top + window.scrollY
      for (let y = top; y < document.documentElement.scrollHeight - window.innerHeight; y += 7919) {
        window.scrollTo(0, y)
        await frame()
        mostRows = Math.max(mostRows, list.querySelectorAll('li').length)
        if (!document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2)?.closest('.day-item')) gaps++
      }
      window.scrollTo(0, document.documentElement.scrollHeight)
      await frame()
      const last = list.querySelector('li:last-child')!
      return { mostRows, gaps, lastPosition: last.getAttribute('aria-posinset'), lastInView: last.getBoundingClientRect().top < window.innerHeight }
    })
    expect(sweep).toEqual({ mostRows: expect.any(Number), gaps: 0, lastPosition: '3650', lastInView: true })
    expect(sweep.mostRows).toBeLessThanOrEqual(60)

    // Tab walks on through rows that were not rendered when it started.
    await page.evaluate(() => window.scrollTo(0, 0))
    await rows.first().getByRole('link').focus()
    for (let i = 0; i < 40; i++) await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))
    expect(focused).toBe('41')
    expect(await rows.count()).toBeLessThanOrEqual(60)
  })

  for (const language of ['nl', 'en'] as const) {
    test(`the diary list, the calendar and a day have no WCAG 2.1 A/AA violation (${language})`, async ({ page }) => {
      test.setTimeout(180_000) // seven full axe runs
      await page.goto('/settings')
      if (language === 'en') await chooseLanguage(page, 'en')
      await page.getByRole('button', { name: language === 'nl' ? 'Laad 90 dagen voorbeeldgegevens' : 'Load 90 days of example data' }).click()
      await expect(page.getByRole('note')).toBeVisible()
      await expectAxeClean(page)

      await page.goto('/diary')
      await expect(page.getByRole('list', { name: language === 'nl' ? 'Gelogde dagen, nieuwste eerst' : 'Logged days, newest first' })).toBeVisible()
      await expectAxeClean(page)

      await page.goto('/diary?view=calendar')
      await expect(page.locator('button[aria-current="date"]')).toBeVisible()
      await expectAxeClean(page)

      // An example day (read only), then a real one with its forms and the delete question.
      const exampleDate = addDays(today(), -2)
      await page.goto(`/diary/${exampleDate}`)
      await expect(page.getByRole('heading', { level: 2, name: language === 'nl' ? 'Wat je hebt gelogd' : 'What you logged' })).toBeVisible()
      await expectAxeClean(page)

      await page.getByRole('button', { name: language === 'nl' ? 'Beweging' : 'Activity', exact: true }).click()
      const form = page.getByRole('form', { name: language === 'nl' ? 'Beweging' : 'Activity' })
      await form.getByLabel(language === 'nl' ? 'Hoe lang?' : 'How long?').fill('20')
      await form.getByRole('button', { name: language === 'nl' ? 'Opslaan' : 'Save' }).click()
      await expect(page.getByRole('status').filter({ hasText: language === 'nl' ? 'Opgeslagen.' : 'Saved.' })).toBeVisible()
      await page.getByRole('button', { name: language === 'nl' ? 'Verwijderen Wandelen' : 'Delete Walking' }).click()
      await expect(page.getByRole('button', { name: language === 'nl' ? 'Ja, verwijderen' : 'Yes, delete' })).toBeVisible()
      await expectAxeClean(page)
      await page.getByRole('button', { name: language === 'nl' ? 'Nee, laten staan' : 'No, keep it' }).click()
      await page.getByRole('button', { name: language === 'nl' ? 'Wijzigen Wandelen' : 'Change Walking' }).click()
      await expect(page.getByRole('form')).toBeVisible()
      await expectAxeClean(page)

      await page.goto(`/diary/${addDays(today(), 3)}`)
      await expect(page.getByRole('heading', { level: 1, name: language === 'nl' ? 'Deze dag is nog niet geweest' : 'This day has not come yet' })).toBeVisible()
      await expectAxeClean(page)
    })
  }
})
