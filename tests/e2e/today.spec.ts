import type { Page } from '@playwright/test'
import { test, expect, installServiceWorker, chooseLanguage, expectAxeClean } from './support'

/** The new user's set-up: active, cycling and walking, the suggested exercises. */
async function setUpPlan(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: 'Plan instellen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Je plan instellen' })).toBeVisible()
  await page.getByRole('radio', { name: /Ik beweeg al regelmatig/ }).check()
  await page.getByRole('checkbox', { name: 'Wandelen' }).check()
  await page.getByRole('button', { name: 'Plan opslaan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible()
}

const item = (page: Page, key: string) => page.locator(`[data-item="${key}"]`)
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible()

test.describe('the daily plan and logging', () => {
  test('a new user sets up a plan and logs a full day in a few taps, kept after an offline reload', async ({ page, context }) => {
    await setUpPlan(page)
    await expect(item(page, 'activity:cycling')).toContainText('Fietsen, 30 minuten')
    await expect(item(page, 'activity:cycling')).toContainText('0 van 5 dagen deze week')
    await expect(item(page, 'activity:walking')).toBeVisible()

    let taps = 0
    const tap = async (locator: ReturnType<Page['locator']>) => {
      taps++
      await locator.click()
    }
    // Morning check-in: 5 taps.
    await tap(item(page, 'morning').getByRole('button', { name: 'Invullen' }))
    const morning = page.getByRole('form', { name: 'Ochtend' })
    await tap(morning.getByRole('group', { name: 'Hoeveel pijn heb je nu?' }).getByRole('radio', { name: '3', exact: true }))
    await tap(morning.getByRole('group', { name: 'Hoeveel pijn had je vannacht?' }).getByRole('radio', { name: '2', exact: true }))
    await tap(morning.getByRole('radio', { name: 'Ja' }))
    await tap(morning.getByRole('button', { name: 'Opslaan' }))
    await saved(page)
    // One activity and the exercises, one tap each.
    await tap(item(page, 'activity:cycling').getByRole('button', { name: 'Gedaan' }))
    await expect(item(page, 'activity:cycling')).toContainText('vandaag 30 minuten')
    await tap(item(page, 'exercises').getByRole('button', { name: 'Gedaan' }))
    await expect(item(page, 'exercises')).toContainText('1 van 2 dagen deze week')
    expect(taps).toBeLessThanOrEqual(15)

    await installServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await expect(item(page, 'morning')).toContainText('(gedaan)')
    await expect(item(page, 'activity:cycling')).toContainText('1 van 5 dagen deze week')
    await expect(item(page, 'exercises')).toContainText('(gedaan)')
    await context.setOffline(false)
  })

  test('adjusts the exercises one by one and the minutes of an activity', async ({ page }) => {
    await setUpPlan(page)
    await item(page, 'exercises').getByRole('button', { name: 'Aanpassen' }).click()
    const form = page.getByRole('form', { name: 'Heupoefeningen' })
    const done = form.getByRole('checkbox', { name: 'Gedaan' })
    await expect(done).toHaveCount(6)
    for (const index of [3, 4, 5]) await done.nth(index).uncheck()
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await saved(page)

    await item(page, 'activity:walking').getByRole('button', { name: 'Aanpassen' }).click()
    const activity = page.getByRole('form', { name: 'Beweging' })
    await activity.getByLabel('Hoe lang?').fill('45')
    await activity.getByRole('radio', { name: /Matig/ }).check()
    await activity.getByRole('group', { name: 'Hoeveel pijn had je tijdens het bewegen?' }).getByRole('radio', { name: '4', exact: true }).click()
    await activity.getByRole('button', { name: 'Opslaan' }).click()
    await saved(page)
    await expect(item(page, 'activity:walking')).toContainText('vandaag 45 minuten')
  })

  test('shows the message next to the field and stores nothing from invalid input', async ({ page }) => {
    await setUpPlan(page)
    await page.getByRole('button', { name: 'Gewicht' }).click()
    const form = page.getByRole('form', { name: 'Gewicht' })
    await form.getByLabel('Je gewicht').fill('20')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await expect(form.getByText('Vul een gewicht in van 30 tot en met 300 kg.')).toBeVisible()
    await expect(form.getByText('Niet opgeslagen: kijk naar de velden met een melding.')).toBeVisible()
    await form.getByRole('button', { name: 'Annuleren' }).click()
    await page.reload()
    await page.getByRole('button', { name: 'Gewicht' }).click()
    await expect(page.getByRole('form', { name: 'Gewicht' }).getByLabel('Je gewicht')).toHaveValue('')
  })

  test('keeps a half-filled form as a draft across a reload', async ({ page }) => {
    await setUpPlan(page)
    await item(page, 'morning').getByRole('button', { name: 'Invullen' }).click()
    await page.getByRole('group', { name: 'Hoeveel pijn heb je nu?' }).getByRole('radio', { name: '6', exact: true }).click()
    await page.waitForTimeout(800) // the draft is kept a moment after the change
    await page.reload()
    const morning = page.getByRole('form', { name: 'Ochtend' })
    await expect(morning.getByText('We hebben teruggezet wat je eerder invulde')).toBeVisible()
    await expect(morning.getByRole('group', { name: 'Hoeveel pijn heb je nu?' }).getByRole('radio', { name: '6', exact: true })).toBeChecked()
  })

  test('shows the pain rule as a hint when yesterday hurt, and leaves the choice to the patient', async ({ page }) => {
    await setUpPlan(page)
    // Yesterday's walk is logged from the Today screen of yesterday: simulated by moving the clock.
    await page.clock.setFixedTime(new Date(Date.now() - 86_400_000))
    await page.reload()
    await item(page, 'activity:walking').getByRole('button', { name: 'Aanpassen' }).click()
    const activity = page.getByRole('form', { name: 'Beweging' })
    await activity.getByRole('group', { name: 'Hoeveel pijn had je tijdens het bewegen?' }).getByRole('radio', { name: '7', exact: true }).click()
    await activity.getByRole('button', { name: 'Opslaan' }).click()
    await saved(page)
    await page.clock.setFixedTime(new Date())
    await page.reload()
    await expect(page.getByText('Gisteren was je pijn tijdens wandelen een 7.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Lees waarom' })).toHaveAttribute('href', '/learn/moving-with-pain#traffic-light')
    await expect(item(page, 'activity:walking').getByRole('button', { name: 'Gedaan' })).toBeVisible()
  })

  for (const language of ['nl', 'en'] as const) {
    test(`set-up, Today and its forms have no WCAG 2.1 A/AA violation (${language})`, async ({ page }) => {
      await page.goto('/')
      if (language === 'en') await chooseLanguage(page, 'en')
      await page.goto('/setup')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectAxeClean(page)
      await page.getByRole('button', { name: language === 'nl' ? 'Plan opslaan' : 'Save plan' }).click()
      await expect(page.getByRole('heading', { level: 1, name: language === 'nl' ? 'Vandaag' : 'Today' })).toBeVisible()
      await expectAxeClean(page)
      await item(page, 'morning').getByRole('button').click()
      await expect(page.getByRole('form')).toBeVisible()
      await expectAxeClean(page)
      await item(page, 'activity:cycling').getByRole('button', { name: language === 'nl' ? 'Aanpassen' : 'Adjust' }).click()
      await expectAxeClean(page)
    })
  }
})
