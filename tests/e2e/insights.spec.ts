import type { Page } from '@playwright/test'
import { addDays, toLocalDate } from '../../src/domain/dates'
import type { DayRecord } from '../../src/domain/dayLog'
import { makeExampleDays } from '../../src/domain/exampleData'
import { detectFlares } from '../../src/domain/flares'
import { recentNumbers } from '../../src/domain/recentNumbers'
import { defaultPlan } from '../../src/domain/plan'
import { seedBrowserDb } from '../fixtures/seedBrowserDb'
import { test, expect, chooseLanguage, expectAxeClean, installServiceWorker } from './support'

const today = (): string => toLocalDate(new Date())

/** The 120-day example diary: two bad periods, one of them marked by the patient on its first day. */
function knownDiary(): DayRecord[] {
  return makeExampleDays({ end: today(), days: 120, seed: 20_241_120 })
}

/** Opens the app, then writes days, a plan and a finished set-up straight into its database. */
async function seed(page: Page, days: DayRecord[]): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await seedBrowserDb(page, { days, plan: defaultPlan(addDays(today(), -120), 'untrained'), profile: { heightCm: 172 }, setupAt: new Date().toISOString() })
}

/** Opens Insights from the navigation and waits until every section is in the page. */
async function openInsights(page: Page, name = 'Inzicht'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.locator('.insights')).toHaveAttribute('aria-busy', 'false')
}

const card = (page: Page, title: string) => page.locator('section.insight-card').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })

test.describe('Insights', () => {
  test('shows both bad periods of a known diary with the dates and lengths the rule gives, and their pattern cards', async ({ page }) => {
    const days = knownDiary()
    const expected = detectFlares(days)
    expect(expected).toHaveLength(2)
    await seed(page, days)
    await page.reload()
    await openInsights(page)

    await page.getByRole('radio', { name: 'Alles' }).check()
    await expect(page).toHaveURL(/\?period=all$/)
    await expect(page.locator('.insights')).toHaveAttribute('aria-busy', 'false')

    const flares = page.locator('[data-test="flare"]')
    await expect(flares).toHaveCount(2)
    // Newest first, as the list shows them.
    for (const [i, flare] of [...expected].reverse().entries()) {
      const item = flares.nth(i)
      await expect(item).toHaveAttribute('data-start', flare.start)
      await expect(item).toHaveAttribute('data-end', flare.end)
      await expect(item).toContainText(`${flare.durationDays} dagen`)
      await expect(item).toContainText(`hoogste pijn ${flare.peak}`)
      await expect(item).toContainText(flare.baseline === null ? 'nog geen gewoon niveau bekend' : `je gewone niveau was ${flare.baseline}`)
      if (flare.selfMarked) await expect(item).toContainText('door jou aangegeven')
    }
    await expect(page.getByText('Heupwijs vond 2 slechte periodes in je gegevens.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Zo vindt Heupwijs slechte periodes' })).toHaveAttribute('href', '/learn/flare-ups#how-heupwijs-finds-them')

    // Two bad periods are not enough for "before your bad periods" (3 are needed): it says so in counts.
    // When a third comes would be a forecast about the illness, so no weeks.
    const before = card(page, 'Voor je slechte periodes')
    await expect(before).toContainText('Nog niet genoeg gegevens: hiervoor zijn minstens 3 slechte periodes nodig, er zijn er nu 2 gevonden.')
    await expect(before).not.toContainText(/week|ongeveer/)
    await expect(before.getByRole('link')).toHaveAttribute('href', '/learn/flare-ups#what-is-a-flare-up')
    // The other cards state their own numbers and the days behind them.
    await expect(card(page, 'Pijn tijdens bewegen')).toContainText(/Bij \d+ van je \d+ keer bewegen was de pijn hoger dan 5/)
    await expect(card(page, 'Pijn tijdens bewegen').getByRole('link')).toHaveAttribute('href', '/learn/moving-with-pain#traffic-light')
    await expect(card(page, 'Pijn \'s nachts')).toContainText(/In \d+ van de \d+ nachten die je hebt ingevuld had je pijn/)
    await expect(card(page, 'De laatste 4 weken')).toContainText(/mediaan \d+(,\d)? \(\d+ dagen\)/)
    await expect(card(page, 'De laatste 4 weken').getByRole('link')).toHaveAttribute('href', '/learn/symptoms#meaningful-change')
    await expect(card(page, 'Je pijn de dag na bewegen')).toContainText(/Na een dag met fietsen: ergste pijn de dag erna \d+(,\d)? \(mediaan van \d+ dagen\)/)

    // The pain chart shades both bad periods, and its table lists them in words.
    const painChart = page.locator('figure.chart').filter({ has: page.getByRole('heading', { level: 3, name: 'Je pijn' }) })
    await expect(painChart.getByRole('img', { name: /^Je pijn/ })).toBeVisible()
    expect((await painChart.locator('path.band').getAttribute('d'))?.match(/M/g)).toHaveLength(2)
    await painChart.getByRole('button', { name: 'Toon als tabel' }).click()
    await expect(painChart.getByRole('button', { name: 'Verberg tabel' })).toHaveAttribute('aria-expanded', 'true')
    await expect(painChart.getByRole('table', { name: /Je pijn/ })).toBeVisible()
    await expect(painChart.getByText(/^Slechte periode: .+; .+$/)).toBeVisible()

    // The change card's link opens the section that explains its 1- and 2-point steps.
    await card(page, 'De laatste 4 weken').getByRole('link', { name: 'Lees meer: hoeveel verschil merk je?' }).click()
    await expect(page).toHaveURL('/learn/symptoms#meaningful-change')
    await expect(page.locator('#meaningful-change')).toHaveText('Hoeveel verschil merk je?')
    await expect(page.locator('#meaningful-change')).toBeFocused()
  })

  test('counts a day logged on Today at once, also after an offline reload (the month figures follow every save)', async ({ page, context }) => {
    const days = makeExampleDays({ end: addDays(today(), -1), days: 60, seed: 7 }) // the example diary skips a day now and then
    await seed(page, days)
    await page.reload()
    await openInsights(page)
    const summary = page.locator('[data-test="period-summary"]')
    await expect(summary).toContainText(`: ${days.length} dagen gelogd.`)

    await page.getByRole('navigation').getByRole('link', { name: 'Vandaag' }).click()
    await page.locator('[data-item="morning"]').getByRole('button', { name: 'Invullen' }).click()
    const morning = page.getByRole('form', { name: 'Ochtend' })
    await morning.getByRole('group', { name: 'Hoeveel pijn heb je nu?' }).getByRole('radio', { name: '3', exact: true }).click()
    await morning.getByRole('button', { name: 'Opslaan' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible()

    await openInsights(page)
    await expect(summary).toContainText(`: ${days.length + 1} dagen gelogd.`)
    await installServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('.insights')).toHaveAttribute('aria-busy', 'false')
    await expect(summary).toContainText(`: ${days.length + 1} dagen gelogd.`)
    await context.setOffline(false)
  })

  test('is axe-clean with a table open, in Dutch and in English', async ({ page }) => {
    await seed(page, knownDiary())
    await page.reload()
    await openInsights(page)
    await page.locator('figure.chart').first().getByRole('button', { name: 'Toon als tabel' }).click()
    await expectAxeClean(page)

    await chooseLanguage(page, 'en')
    await openInsights(page, 'Insights')
    await expect(page.getByRole('heading', { level: 2, name: 'What stands out in your data?' })).toBeVisible()
    await page.locator('figure.chart').first().getByRole('button', { name: 'Show as table' }).click()
    await expectAxeClean(page)
  })

  test('goes back from a Learn page to the card whose link was followed, with focus on that link', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 700 })
    await seed(page, knownDiary())
    await page.reload()
    await openInsights(page)
    const link = card(page, 'De ochtend na bewegen').getByRole('link')
    await link.scrollIntoViewIfNeeded()
    await expect(link).toBeInViewport()
    const top = await link.evaluate((element) => element.getBoundingClientRect().top)
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name: 'Bewegen met pijn' })).toBeVisible()
    await page.goBack()
    await expect(link).toBeFocused()
    await expect(link).toBeInViewport()
    expect(Math.abs((await link.evaluate((element) => element.getBoundingClientRect().top)) - top)).toBeLessThan(2)
  })

  test('tells a new user honestly that there is nothing to show yet', async ({ page }) => {
    await page.goto('/insights')
    await expect(page.getByRole('heading', { level: 1, name: 'Inzicht' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Nog niets om te laten zien' })).toBeVisible()
    await expect(page.getByText('Je hebt nog niets gelogd.', { exact: false })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Voorbeeldgegevens bekijken' })).toHaveAttribute('href', '/settings#example-data')
    await expect(page.locator('figure.chart')).toHaveCount(0)
    await expectAxeClean(page)
  })

  test('says how many more weeks each pattern needs after the first days of logging, and counts for bad periods', async ({ page }) => {
    const days = makeExampleDays({ end: today(), days: 5, seed: 3 })
    await seed(page, days)
    await page.reload()
    await openInsights(page)
    await expect(page.getByText('Heupwijs vond in deze periode geen slechte periode in je gegevens.')).toBeVisible()
    for (const title of ['De laatste 4 weken', 'Per dag van de week']) {
      await expect(card(page, title)).toContainText(/Nog niet genoeg gegevens\. Als je blijft loggen, kan dit over ongeveer \d+ weken?\./)
    }
    // Weeks of logging say nothing about when bad periods come: this card counts them instead.
    const before = card(page, 'Voor je slechte periodes')
    await expect(before).toContainText('Nog niet genoeg gegevens: hiervoor zijn minstens 3 slechte periodes nodig. Er is er nog geen gevonden.')
    await expect(before).not.toContainText(/week|ongeveer/)
    await expectAxeClean(page)

    await chooseLanguage(page, 'en')
    await openInsights(page, 'Insights')
    await expect(card(page, 'Before your bad periods')).toContainText('Not enough data yet: this needs at least 3 bad periods. None has been found yet.')
    await expect(card(page, 'The last 4 weeks')).toContainText(/Not enough data yet\. If you keep logging, this may be possible in about \d+ weeks?\./)
  })
})

test.describe('Recent numbers beside the Learn pages', () => {
  test('show the numbers the domain works out, beside the text on a wide screen and as a card on a phone, offline too', async ({ page, context }) => {
    const days = knownDiary()
    const expected = recentNumbers(days, today())
    expect(expected.usualWorstPain).not.toBeNull()
    expect(expected.lastBadPeriod).not.toBeNull()
    await seed(page, days)
    await installServiceWorker(page)

    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/learn/flare-ups')
    const panel = page.getByRole('complementary', { name: 'Jouw cijfers van de laatste tijd' })
    const usual = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(expected.usualWorstPain!)
    await expect(panel.locator('[data-test="recent-usual"]')).toHaveText(`Je gewone niveau van ergste pijn: ${usual}.`)
    await expect(panel.locator('[data-test="recent-last-days"]')).toHaveText(
      `Je hebt je ergste pijn ingevuld op ${expected.lastDays.logged} van de laatste 14 dagen. Op ${expected.lastDays.aboveUsual} daarvan was die 2 punten of meer boven je gewone niveau.`,
    )
    await expect(panel.locator('[data-test="recent-bad-period"]')).toHaveAttribute('data-start', expected.lastBadPeriod!.start)
    await expect(panel.locator('[data-test="recent-bad-period"]')).toHaveAttribute('data-end', expected.lastBadPeriod!.end)
    await expect(panel.getByRole('link', { name: 'Meer in Inzicht' })).toHaveAttribute('href', '/insights')
    const text = page.locator('.content')
    const [wideText, widePanel] = [await text.boundingBox(), await panel.boundingBox()]
    expect(widePanel!.x).toBeGreaterThanOrEqual(wideText!.x + wideText!.width) // side by side
    await expectAxeClean(page)

    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAxeClean(page)
    await page.emulateMedia({ colorScheme: 'light' })

    // A phone, or a wide screen at 200 % zoom: the panel is a card above the text.
    await page.setViewportSize({ width: 412, height: 823 })
    await context.setOffline(true)
    await page.goto('/learn/moving-with-pain')
    await expect(panel.locator('[data-test="recent-usual"]')).toHaveText(`Je gewone niveau van ergste pijn: ${usual}.`)
    const [phoneText, phonePanel] = [await text.boundingBox(), await panel.boundingBox()]
    expect(phonePanel!.y + phonePanel!.height).toBeLessThanOrEqual(phoneText!.y)
    expect(phonePanel!.width).toBeLessThanOrEqual(412)
    await context.setOffline(false)

    await chooseLanguage(page, 'en')
    await page.goto('/learn/symptoms')
    await expect(page.getByRole('complementary', { name: 'Your recent numbers' })).toContainText(`Your usual level of worst pain: ${expected.usualWorstPain}.`)
    await page.goto('/learn/weight')
    await expect(page.getByRole('heading', { level: 1, name: 'Weight' })).toBeVisible()
    await expect(page.getByRole('complementary')).toHaveCount(0)
  })

  test('tell a new user what will appear there', async ({ page }) => {
    await page.goto('/learn/flare-ups')
    const panel = page.getByRole('complementary', { name: 'Jouw cijfers van de laatste tijd' })
    await expect(panel).toContainText('Hier komen je eigen cijfers te staan zodra je een paar dagen je ergste pijn hebt ingevuld.')
    await expect(panel.getByRole('link', { name: 'Pijn invullen bij Vandaag' })).toHaveAttribute('href', '/')
    await expectAxeClean(page)
  })
})
