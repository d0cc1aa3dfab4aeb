/**
 * Issue 6 end to end: the report shows what the domain computes and prints on one or two A4 pages; a
 * backup survives "Delete everything"; bad files are refused and change nothing; both screens are
 * accessible in Dutch and English.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { buildBackupText } from '../../src/domain/backupFormat'
import { addDays, toLocalDate } from '../../src/domain/dates'
import type { DayRecord } from '../../src/domain/dayLog'
import { detectFlares } from '../../src/domain/flares'
import type { Plan, Profile } from '../../src/domain/plan'
import { buildReport } from '../../src/domain/report'
import { defaultReportPeriodKind, resolveReportPeriod } from '../../src/domain/reportPeriod'
import { chooseLanguage, expect, expectAxeClean, test } from './support'

const today = (): string => toLocalDate(new Date())
const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

/** Every record of one of the app's IndexedDB stores, read straight from the database. */
function readStore<T>(page: Page, store: 'days' | 'settings' | 'snapshots' | 'drafts'): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('heupwijs')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    db.close()
    return all
  }, store) as Promise<T[]>
}

const setting = async <T>(page: Page, key: string): Promise<T | undefined> =>
  (await readStore<{ key: string; value: T }>(page, 'settings')).find((record) => record.key === key)?.value

/** Everything stored, to compare before and after something that must change nothing. */
async function snapshot(page: Page): Promise<string> {
  return JSON.stringify(await Promise.all((['days', 'settings', 'snapshots', 'drafts'] as const).map((store) => readStore(page, store))))
}

/** Settings → "Laad 90 dagen voorbeeldgegevens", as a new user would. */
async function loadExampleData(page: Page): Promise<void> {
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Laad 90 dagen voorbeeldgegevens' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Klaar: \d+ voorbeelddagen staan in je logboek\./ })).toBeVisible()
}

const fileInput = (page: Page) => page.getByLabel(/Kies een reservekopie|Choose a backup/)

test.describe('the report for the doctor', () => {
  test('shows the numbers buildReport computes for the example data, and prints on one or two A4 pages', async ({ page }) => {
    await loadExampleData(page)
    await page.getByRole('link', { name: 'Verslag voor je arts' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Verslag voor je arts' })).toBeVisible()
    await expect(page.locator('[data-test="coverage"]')).toBeVisible()

    const days = await readStore<DayRecord>(page, 'days')
    const plan = (await setting<Plan>(page, 'plan')) ?? null
    const profile = (await setting<Profile>(page, 'profile')) ?? null
    const { from, to } = resolveReportPeriod(defaultReportPeriodKind(profile, today()), profile, today())!
    const report = buildReport({ days, plan, profile, from, to, flares: detectFlares(days) })
    expect(report.period.loggedDays).toBeGreaterThan(60)

    await expect(page.locator('[data-test="coverage"]')).toContainText(`Op ${report.period.loggedDays} van de ${report.period.calendarDays} dagen iets gelogd.`)
    const worst = report.total.worstPain
    await expect(page.locator('[data-test="total-worst"]')).toContainText(`${nl.format(worst.median!)} (${nl.format(worst.highest!)})`)
    await expect(page.locator('[data-test="total-startup"]')).toContainText(`${report.total.startUpPain.days} van ${report.total.startUpPain.logged}`)
    await expect(page.locator('[data-test="flare-summary"]')).toContainText(`${report.flares.count} slechte periode`)
    await expect(page.locator('[data-test="flare-summary"]')).toContainText(`samen ${report.flares.totalDaysInPeriod} dagen`)
    await expect(page.locator('[data-test="painkiller-days"]')).toContainText(`Dagen met een pijnstiller: ${report.total.painkillerDays} `)
    const lastWeek = report.weeks.at(-1)!
    const row = page.locator(`[data-week="${lastWeek.weekStart}"]`).first()
    await expect(row.locator('td').nth(1)).toHaveText(lastWeek.worstPain.median === null ? '–' : nl.format(lastWeek.worstPain.median))
    await expect(page.getByText('Let op: in dit verslag staan voorbeeldgegevens.')).toBeVisible()

    // A question and a chosen note go on the printed report too.
    await page.getByLabel('Nieuwe vraag').fill('Kan ik mijn oefeningen blijven doen als de pijn erger wordt?')
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click()
    await expect(page.locator('[data-test="question-text"]')).toHaveText('Kan ik mijn oefeningen blijven doen als de pijn erger wordt?')
    const firstNote = page.locator('.note input[type="checkbox"]').first()
    if ((await firstNote.count()) > 0) await firstNote.check()

    // Printed: nothing wider than the paper, one or two A4 pages.
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 690, height: 1000 }) // A4 less the margins, at 96 px per inch
    const overflowing = await page.locator('.report .table-wrap').evaluateAll((wraps) => wraps.filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1).length)
    expect(overflowing).toBe(0)
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Printen of bewaren als pdf' })).toBeHidden()
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)
  })

  test('is offered on Today in the two weeks before an appointment', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Overslaan' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Je plan voor vandaag' })).toBeVisible()
    await expect(page.locator('[data-test="appointment-card"]')).toHaveCount(0)
    await page.evaluate(async (date) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('heupwijs')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = db.transaction('settings', 'readwrite')
      tx.objectStore('settings').put({ key: 'profile', value: { nextAppointment: { date, with: 'surgeon' } } })
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    }, addDays(today(), 10))
    await page.reload()
    await expect(page.locator('[data-test="appointment-card"]')).toContainText('Je afspraak met de orthopeed is op')
    await page.getByRole('link', { name: 'Verslag voor je arts bekijken' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Verslag voor je arts' })).toBeVisible()
  })
})

test.describe('your data', () => {
  test('a downloaded backup brings everything back after "Delete everything"', async ({ page }) => {
    await loadExampleData(page)
    const daysBefore = await readStore<DayRecord>(page, 'days')
    const sample = daysBefore[Math.floor(daysBefore.length / 2)]!

    await page.getByRole('link', { name: 'Je gegevens: reservekopie, exporteren en alles verwijderen' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Je gegevens' })).toBeVisible()
    await expect(page.locator('[data-test="last-backup"]')).toHaveText('Je hebt op dit toestel nog geen reservekopie gemaakt.')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Reservekopie downloaden' }).click()])
    expect(download.suggestedFilename()).toBe(`heupwijs-backup-${today()}.json`)
    await expect(page.locator('[data-test="backup-status"]')).toContainText(`Klaar. De reservekopie is gecontroleerd en staat in je downloads als heupwijs-backup-${today()}.json.`)
    await expect(page.locator('[data-test="last-backup"]')).toContainText('Laatste reservekopie:')
    const file = await download.path()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'heupwijs-backup', counts: { days: daysBefore.length } })

    await page.getByRole('button', { name: 'Alles verwijderen…' }).click()
    await expect(page.getByText('Dit kun je niet ongedaan maken.')).toBeVisible()
    await page.getByRole('button', { name: 'Ja, verwijder alles' }).click()
    await expect(page.getByText('Zet eerst een vinkje')).toBeVisible()
    expect(await readStore(page, 'days')).toHaveLength(daysBefore.length)
    await page.getByLabel('Ik begrijp dat al mijn gegevens van dit toestel verdwijnen.').check()
    await page.getByRole('button', { name: 'Ja, verwijder alles' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('heading', { name: 'Welkom bij Heupwijs' })).toBeVisible()
    expect(await readStore(page, 'days')).toEqual([])
    expect(await readStore(page, 'settings')).toEqual([])

    await page.goto('/settings/data')
    await fileInput(page).setInputFiles(file)
    const preview = page.locator('[data-test="restore-preview"]')
    await expect(preview).toContainText(`${daysBefore.length} dagen, van`)
    await expect(preview.getByRole('radio', { name: /Vervangen/ })).toBeChecked()
    await expect(page.locator('[data-test="restore-before-after"]')).toHaveText(`Nu staan er 0 dagen op dit toestel. Daarna zijn het er ${daysBefore.length}.`)
    await page.getByRole('button', { name: 'Ja, zet terug' }).click()
    await expect(page.locator('[data-test="restore-status"]')).toHaveText(`Klaar. De reservekopie is teruggezet. Op dit toestel staan nu ${daysBefore.length} dagen.`)

    const daysAfter = await readStore<DayRecord>(page, 'days')
    expect(daysAfter).toHaveLength(daysBefore.length)
    expect(daysAfter.find((day) => day.date === sample.date)).toEqual(sample)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vandaag' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Je plan voor vandaag' })).toBeVisible()
  })

  test('refuses a truncated backup and another app’s JSON with their own message, and nothing changes', async ({ page }) => {
    await loadExampleData(page)
    const days = await readStore<DayRecord>(page, 'days')
    const settings = await readStore<{ key: string; value: unknown }>(page, 'settings')
    const backup = buildBackupText({ days, settings, appVersion: '0.1.0', now: new Date() })
    const before = await snapshot(page)

    await page.goto('/settings/data')
    await fileInput(page).setInputFiles({ name: 'heupwijs-backup.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, Math.floor(backup.length * 0.6))) })
    await expect(page.getByRole('alert')).toContainText('Het bestand houdt halverwege op.')
    await expect(page.getByRole('alert')).toContainText('Er is niets veranderd aan je gegevens.')
    await fileInput(page).setInputFiles({ name: 'steps.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'StepCounter', version: 3, steps: [{ date: today(), count: 5400 }] })) })
    await expect(page.getByRole('alert')).toContainText('Dit bestand komt niet van Heupwijs')
    await expect(page.locator('[data-test="restore-preview"]')).toHaveCount(0)
    expect(await snapshot(page)).toBe(before)
  })

  test('reminds gently of a backup after 30 new days, and "not now" keeps it away', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Overslaan' }).click()
    await page.evaluate(async (dates) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('heupwijs')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const tx = db.transaction('days', 'readwrite')
      const updatedAt = new Date().toISOString()
      for (const date of dates) tx.objectStore('days').put({ date, worstPain: 3, activities: [], exercises: [], medication: [], heavyLoads: [], notes: [], updatedAt })
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
    }, Array.from({ length: 30 }, (_, i) => addDays(today(), -i)))
    await page.reload()
    const reminder = page.getByRole('region', { name: 'Herinnering: reservekopie' })
    await expect(reminder).toContainText('Je hebt nog geen reservekopie gemaakt.')
    await expectAxeClean(page)
    await reminder.getByRole('button', { name: 'Niet nu' }).click()
    await expect(reminder).toHaveCount(0)
    await page.reload()
    await page.waitForTimeout(2500)
    await expect(reminder).toHaveCount(0)
  })

  for (const language of ['nl', 'en'] as const) {
    test(`the report and the data screen are accessible in ${language === 'nl' ? 'Dutch' : 'English'}`, async ({ page }) => {
      await loadExampleData(page)
      if (language === 'en') await chooseLanguage(page, 'en')
      await page.goto('/report')
      await expect(page.locator('[data-test="coverage"]')).toBeVisible()
      await expectAxeClean(page)
      await page.goto('/settings/data')
      await expect(page.getByRole('heading', { level: 1, name: language === 'nl' ? 'Je gegevens' : 'Your data' })).toBeVisible()
      await fileInput(page).setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') })
      await expect(page.getByRole('alert')).toContainText(language === 'nl' ? 'Het bestand is leeg.' : 'The file is empty.')
      await page.getByRole('button', { name: language === 'nl' ? 'Alles verwijderen…' : 'Delete everything…' }).click()
      await expectAxeClean(page)
    })
  }
})
