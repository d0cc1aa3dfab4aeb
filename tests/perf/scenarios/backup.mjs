// B7: backup and restore with 10 years of diary, CPU 4× (issue 6, item 7).
// - Export: from the click on "Reservekopie downloaden" to the `export-ready` mark, set once the file
//   was written, read back and checked (the patient is told "done" only after that). Budget 600 ms.
// - Restore on a fresh profile: from choosing the file to the preview (`import-previewed`: the whole
//   file parsed and checked, and both previews computed), plus from the click on "Ja, zet terug" to
//   `import-committed` (safety copy, replace, transaction committed). The time the patient spends
//   reading the preview is left out. Budget 1.5 s for the two together.
// Comparators, in the same throttled page: a raw IndexedDB getAll of the days plus JSON.stringify
// (export), and JSON.parse plus one raw put transaction into a scratch database (restore).
//
// The diary is the app's own example generator (loaded through jiti), as in insights.mjs.
import { readFileSync } from 'node:fs'
import { createJiti } from 'jiti'
import { median, ms, p90, RUNS, throttle } from '../lib.mjs'

export const name = 'backup'

const YEARS = 10
const EXPORT_BUDGET_MS = 600
const RESTORE_BUDGET_MS = 1500

const jiti = createJiti(import.meta.url)
const { makeExampleDays } = await jiti.import('../../../src/domain/exampleData.ts')
const { defaultPlan } = await jiti.import('../../../src/domain/plan.ts')
const { toLocalDate, addDays } = await jiti.import('../../../src/domain/dates.ts')
const { seedBrowserDb } = await jiti.import('../../fixtures/seedBrowserDb.ts')

/** Records the time of every click and file choice, from the first script on. */
async function watchInput(context) {
  await context.addInitScript(() => {
    window.__clicks = []
    window.__changes = []
    document.addEventListener('click', (event) => window.__clicks.push(event.timeStamp), { capture: true })
    document.addEventListener('change', (event) => window.__changes.push(event.timeStamp), { capture: true })
  })
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'nl-NL', acceptDownloads: true })
  await watchInput(context)
  return { context, page: await context.newPage() }
}

/** Writes the diary, the plan and a finished set-up straight into the app's database. */
const seed = (page, days, today) =>
  seedBrowserDb(page, { days, plan: defaultPlan(addDays(today, -days.length), 'active'), profile: { heightCm: 174 }, setupAt: `${today}T08:00:00.000Z` })

const markAfter = (page, mark, since) =>
  page.waitForFunction(({ mark, since }) => performance.getEntriesByName(mark).some((entry) => entry.startTime >= since), { mark, since }, { timeout: 60_000 })

const markTime = (page, mark) => page.evaluate((mark) => performance.getEntriesByName(mark).at(-1).startTime, mark)

/** One export: returns the time from the click to the checked file, and the file itself. */
async function exportOnce(browser, baseUrl, days, today) {
  const { context, page } = await newPage(browser)
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await seed(page, days, today)
  await page.goto(`${baseUrl}/settings/data`)
  await page.getByRole('heading', { level: 1, name: 'Je gegevens' }).waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  await throttle(page, { network: false })

  await page.evaluate(() => (window.__clicks = []))
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Reservekopie downloaden' }).click()])
  const clickedAt = await page.evaluate(() => window.__clicks[0])
  await markAfter(page, 'export-ready', clickedAt)
  const ready = await markTime(page, 'export-ready')
  await page.getByText(/^Klaar\. De reservekopie is gecontroleerd/).waitFor()
  const text = readFileSync(await download.path(), 'utf8')

  const raw = await page.evaluate(async () => {
    const started = performance.now()
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('heupwijs')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = await new Promise((resolve, reject) => {
      const request = db.transaction('days').objectStore('days').getAll()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    JSON.stringify(all)
    db.close()
    return performance.now() - started
  })
  await context.close()
  return { ms: ready - clickedAt, raw, text }
}

/** One restore on a fresh profile: file chosen → preview, and confirm → committed. */
async function restoreOnce(browser, baseUrl, text) {
  const { context, page } = await newPage(browser)
  await page.goto(`${baseUrl}/settings/data`)
  await page.getByRole('heading', { level: 1, name: 'Je gegevens' }).waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  await throttle(page, { network: false })

  await page.evaluate(() => (window.__changes = []))
  await page.getByLabel(/Kies een reservekopie/).setInputFiles({ name: 'heupwijs-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await page.waitForFunction(() => window.__changes.length > 0)
  const chosenAt = await page.evaluate(() => window.__changes[0])
  await markAfter(page, 'import-previewed', chosenAt)
  const previewed = await markTime(page, 'import-previewed')

  await page.evaluate(() => (window.__clicks = []))
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  const confirmedAt = await page.evaluate(() => window.__clicks[0])
  await markAfter(page, 'import-committed', confirmedAt)
  const committed = await markTime(page, 'import-committed')

  const raw = await page.evaluate(async (text) => {
    const started = performance.now()
    const { data } = JSON.parse(text)
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('bench-scratch', 1)
      request.onupgradeneeded = () => request.result.createObjectStore('days', { keyPath: 'date' })
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction('days', 'readwrite')
    for (const day of data.days) tx.objectStore('days').put(day)
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    db.close()
    return performance.now() - started
  }, text)
  await context.close()
  return { preview: previewed - chosenAt, commit: committed - confirmedAt, ms: previewed - chosenAt + (committed - confirmedAt), raw }
}

const timing = (values) => `${ms(median(values))} (p90 ${ms(p90(values))})`

export async function run({ browser, baseUrl }) {
  const today = toLocalDate(new Date())
  const days = makeExampleDays({ end: today, days: YEARS * 365, seed: 20_240_611 + YEARS })

  await exportOnce(browser, baseUrl, days, today) // warm-up: the server's first answers and the browser's caches
  const exports = []
  for (let run = 0; run < RUNS; run++) exports.push(await exportOnce(browser, baseUrl, days, today))
  const file = exports[0].text

  await restoreOnce(browser, baseUrl, file)
  const restores = []
  for (let run = 0; run < RUNS; run++) restores.push(await restoreOnce(browser, baseUrl, file))

  const exportMs = exports.map((r) => r.ms)
  const restoreMs = restores.map((r) => r.ms)
  const label = `${YEARS} y (${days.length} days, ${(file.length / 1e6).toFixed(1)} MB)`
  return {
    rows: [
      {
        metric: `backup export ${label}: click → checked file (CPU 4×)`,
        app: timing(exportMs),
        comparator: `${ms(median(exports.map((r) => r.raw)))} raw getAll + stringify`,
        ratio: (median(exportMs) / Math.max(1, median(exports.map((r) => r.raw)))).toFixed(2),
        budget: `≤ ${EXPORT_BUDGET_MS} ms`,
        pass: median(exportMs) <= EXPORT_BUDGET_MS,
      },
      {
        metric: `restore ${label} on a fresh profile: file → preview + confirm → committed (CPU 4×)`,
        app: `${timing(restoreMs)}: ${ms(median(restores.map((r) => r.preview)))} + ${ms(median(restores.map((r) => r.commit)))}`,
        comparator: `${ms(median(restores.map((r) => r.raw)))} raw parse + put`,
        ratio: (median(restoreMs) / Math.max(1, median(restores.map((r) => r.raw)))).toFixed(2),
        budget: `≤ ${RESTORE_BUDGET_MS} ms`,
        pass: median(restoreMs) <= RESTORE_BUDGET_MS,
      },
    ],
    data: { days: days.length, bytes: file.length, exports: exports.map(({ text: _text, ...rest }) => rest), restores },
  }
}
