// B5: opening Insights with 1, 5 and 10 years of diary (CPU 4×), from a click on the navigation link
// to the `insights-ready` mark (the top of the screen shows the data) and to `insights-complete` (every
// section is in the page; Insights adds them a frame apart), plus the longest main-thread task over the
// whole sequence and the DOM size; then the same after choosing "everything". Comparator: a raw
// IndexedDB getAll of the same days in the same page, records read back into objects. Measured once
// the app has built its month figures for the seeded diary (it does so once, in the background).
//
// The diary is the app's own example generator (src/domain/exampleData.ts, loaded through jiti, a dev
// dependency that imports TypeScript), so the data has the shape, the gaps and the bad periods the app
// expects: about 11 values a day, a bad period every 6–10 weeks.
import { createJiti } from 'jiti'
import { median, ms, p90, RUNS, throttle } from '../lib.mjs'

export const name = 'insights'

/** BENCH_YEARS=10 measures only the ten-year diary. */
const YEARS = (process.env.BENCH_YEARS ?? '1,5,10').split(',').map(Number)
const BUDGET_MS = 200
const LONG_TASK_MS = 50
const MAX_ELEMENTS = 400
/** The default period (3 months) reads 13 weeks and the 8 weeks before them. */
const DEFAULT_READ_DAYS = 13 * 7 + 56 + 7

const jiti = createJiti(import.meta.url)
const { makeExampleDays } = await jiti.import('../../../src/domain/exampleData.ts')
const { defaultPlan } = await jiti.import('../../../src/domain/plan.ts')
const { toLocalDate, addDays } = await jiti.import('../../../src/domain/dates.ts')
const { seedBrowserDb } = await jiti.import('../../fixtures/seedBrowserDb.ts')

/** Watches long tasks (over 50 ms) and the clicks, from the first script on. */
async function watchMainThread(context) {
  await context.addInitScript(() => {
    window.__long = []
    window.__clicks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__long.push({ type: 'longtask', start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
    document.addEventListener('click', (event) => window.__clicks.push(event.timeStamp), { capture: true })
    // When the awaited heading is in the page: the route switch is done, the data not yet read. The
    // observer watches only from watchForHeading() until the heading is there: watching every change
    // of the page would add its own cost to every stage Insights draws.
    window.__routeShown = null
    const observer = new MutationObserver(() => {
      if (document.querySelector('h1')?.textContent !== window.__watchRoute) return
      window.__routeShown = performance.now()
      observer.disconnect()
    })
    window.watchForHeading = (heading) => {
      window.__watchRoute = heading
      window.__routeShown = null
      observer.observe(document, { subtree: true, childList: true, characterData: true })
    }
  })
}

/**
 * Waits until the service worker has cached the app and taken over: measured is the installed app a
 * patient opens, not the first visit, whose background download competes for the two cores here.
 */
function serviceWorkerActive(page) {
  return page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready
    if (active && active.state !== 'activated') await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve()))
  })
}

/** Writes the diary, the plan and a finished set-up straight into the app's database. */
const seed = (page, days, today) =>
  seedBrowserDb(page, { days, plan: defaultPlan(addDays(today, -days.length), 'active'), profile: { heightCm: 174 }, setupAt: `${today}T08:00:00.000Z` })

/**
 * Clicks `click` and waits for the next insights-complete mark; returns the timings of that step. The
 * wait is a plain evaluate on a promise (no polling helper), so the driver adds no script to the page
 * while it is being measured.
 */
async function measureStep(page, click, { routeSwitch = false } = {}) {
  await page.evaluate((routeSwitch) => {
    window.__routeShown = null
    if (routeSwitch) window.watchForHeading('Inzicht')
    performance.clearMarks('insights-ready')
    performance.clearMarks('insights-complete')
    window.__clicks = []
    window.__complete = new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('insights-complete').length) {
          observer.disconnect()
          resolve()
        }
      }).observe({ type: 'mark' })
    })
  }, routeSwitch)
  await click()
  await page.evaluate(() => window.__complete)
  await page.waitForTimeout(300) // let a long task that ends after the mark be reported
  return page.evaluate(() => {
    const clickedAt = window.__clicks[0]
    const ready = performance.getEntriesByName('insights-ready')[0].startTime
    const complete = performance.getEntriesByName('insights-complete')[0].startTime
    const routeShown = window.__routeShown
    const tasks = window.__long.filter((entry) => entry.type === 'longtask' && entry.start + entry.duration >= clickedAt && entry.start <= complete + 300)
    // Tasks that began once the Insights heading was in the page are Insights' own work (reading,
    // computing, drawing); those before it belong to the route switch (router, leaving Today, the chunk).
    const own = routeShown === null ? tasks : tasks.filter((task) => task.start >= routeShown)
    return {
      ms: ready - clickedAt,
      completeMs: complete - clickedAt,
      routeMs: routeShown === null ? null : routeShown - clickedAt,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      longestOwnTask: Math.max(0, ...own.map((t) => t.duration)),
      tasks: tasks.map((t) => ({ start: Math.round(t.start - clickedAt), duration: Math.round(t.duration) })),
      elements: document.getElementsByTagName('*').length,
    }
  })
}

/**
 * Taps the middle of what `locator` finds, with the mouse at its place: the element is found before
 * the step is measured. Playwright's own click first looks the element up by its role inside the
 * page, and at 4× CPU that look-up over a page of charts was a 50–90 ms task of its own, counted as
 * the app's.
 */
async function tap(page, locator) {
  const box = await locator.boundingBox()
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

/**
 * Comparator for the route switch: from Today, a click on Logboek (another screen loaded on first use)
 * until its heading is in the page. What Insights adds on top of this is its own.
 */
async function diarySwitch(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Vandaag' }).click()
  await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  await page.evaluate(() => {
    window.__clicks = []
    window.watchForHeading('Logboek')
  })
  await (await tap(page, page.getByRole('navigation').getByRole('link', { name: 'Logboek' })))()
  await page.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor()
  return page.evaluate(() => window.__routeShown - window.__clicks[0])
}

/**
 * Waits until the app has built the figures of every month and marked them complete (store
 * `monthFigures`, see src/storage/monthFigures.ts; its start-up check does that once after new data),
 * so what is measured is the screen as a patient opens it every day. Asked again every 250 ms with a
 * plain evaluate: `waitForFunction` does not wait for a promise its function returns (a promise is
 * truthy), and so once measured a diary whose figures were still missing.
 */
async function figuresBuilt(page) {
  const marked = () =>
    page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('heupwijs')
          request.onsuccess = () => {
            const db = request.result
            const reading = db.transaction('monthFigures').objectStore('monthFigures').get('complete')
            reading.onsuccess = () => {
              db.close()
              resolve(reading.result !== undefined)
            }
          }
          request.onerror = () => reject(request.error)
        }),
    )
  const until = Date.now() + 60_000
  while (!(await marked())) {
    if (Date.now() > until) throw new Error('the app did not build the month figures in 60 s')
    await page.waitForTimeout(250)
  }
}

/**
 * The raw cost of reading the same days: one getAll over the same key range, in the same page, and
 * the records turned back into objects (reading `result`), as the app would have to without figures.
 */
function rawRead(page, from) {
  return page.evaluate(async (from) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('heupwijs')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const started = performance.now()
    await new Promise((resolve, reject) => {
      const request = db.transaction('days').objectStore('days').getAll(from ? IDBKeyRange.lowerBound(from) : undefined)
      request.onsuccess = () => resolve(request.result.length)
      request.onerror = () => reject(request.error)
    })
    const took = performance.now() - started
    db.close()
    return took
  }, from)
}

async function oneRun(browser, baseUrl, days, today) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'nl-NL' })
  await watchMainThread(context)
  const page = await context.newPage()
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await serviceWorkerActive(page)
  await seed(page, days, today)
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor()
  await figuresBuilt(page)
  await page.waitForLoadState('networkidle')
  // The start-up check that built the figures then counts the days changed since the last backup and
  // shows its reminder: measured is Insights, not a tap landing in the middle of that.
  await page.waitForTimeout(1500)
  const cdp = await throttle(page, { network: false })

  const open = await measureStep(page, await tap(page, page.getByRole('navigation').getByRole('link', { name: 'Inzicht' })), { routeSwitch: true })
  // Enabled only now: CDP's metrics collection is not left running while the step is measured.
  await cdp.send('Performance.enable')
  const { Nodes } = Object.fromEntries((await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }))).metrics?.map((m) => [m.name, m.value]) ?? [])
  const openRaw = await rawRead(page, addDays(today, -DEFAULT_READ_DAYS))
  const everything = await measureStep(page, await tap(page, page.getByRole('radio', { name: 'Alles' })))
  const everythingRaw = await rawRead(page, undefined)
  const diaryMs = await diarySwitch(page)
  await context.close()
  return { open: { ...open, raw: openRaw, cdpNodes: Nodes, diaryMs }, everything: { ...everything, raw: everythingRaw } }
}

function rowsFor(label, runs) {
  const times = runs.map((r) => r.ms)
  const complete = runs.map((r) => r.completeMs)
  const routes = runs.map((r) => r.routeMs).filter((value) => value !== null)
  const diary = runs.map((r) => r.diaryMs).filter((value) => value !== undefined)
  const raws = runs.map((r) => r.raw)
  const tasks = runs.map((r) => r.longestTask)
  const ownTasks = runs.map((r) => r.longestOwnTask)
  const elements = runs.map((r) => r.elements)
  const nodes = runs.map((r) => r.cdpNodes).filter((value) => typeof value === 'number')
  return [
    {
      metric: `${label}: click → insights-ready (CPU 4×)`,
      app: `${ms(median(times))} (p90 ${ms(p90(times))})`,
      comparator: `${ms(median(raws))} raw getAll of the days`,
      ratio: (median(times) / Math.max(1, median(raws))).toFixed(2),
      budget: `≤ ${BUDGET_MS} ms`,
      pass: median(times) <= BUDGET_MS,
    },
    ...(routes.length
      ? [
          {
            metric: `${label}: click → Insights heading shown (route switch, before any data)`,
            app: `${ms(median(routes))} (p90 ${ms(p90(routes))})`,
            comparator: diary.length ? `${ms(median(diary))} Today → Logboek` : '–',
            ratio: diary.length ? (median(routes) / Math.max(1, median(diary))).toFixed(2) : '–',
            budget: 'report',
          },
        ]
      : []),
    {
      metric: `${label}: click → insights-complete (all sections)`,
      app: `${ms(median(complete))} (p90 ${ms(p90(complete))})`,
      comparator: '–',
      ratio: '–',
      budget: 'report',
    },
    {
      metric: `${label}: longest main-thread task (route switch included)`,
      app: Math.max(...tasks) === 0 ? `none > ${LONG_TASK_MS} ms` : `${ms(median(tasks))} (max ${ms(Math.max(...tasks))})`,
      comparator: '–',
      ratio: '–',
      budget: `≤ ${LONG_TASK_MS} ms`,
      pass: median(tasks) <= LONG_TASK_MS,
    },
    {
      metric: `${label}: longest task of Insights' own work (after its heading is shown)`,
      app: Math.max(...ownTasks) === 0 ? `none > ${LONG_TASK_MS} ms` : `${ms(median(ownTasks))} (max ${ms(Math.max(...ownTasks))})`,
      comparator: '–',
      ratio: '–',
      budget: `≤ ${LONG_TASK_MS} ms`,
      pass: median(ownTasks) <= LONG_TASK_MS,
    },
    {
      metric: `${label}: DOM elements in the document`,
      app: nodes.length ? `${median(elements)} (${median(nodes)} nodes with text, CDP)` : String(median(elements)),
      comparator: '–',
      ratio: '–',
      budget: `≤ ${MAX_ELEMENTS}`,
      pass: median(elements) <= MAX_ELEMENTS,
    },
  ]
}

export async function run({ browser, baseUrl }) {
  const today = toLocalDate(new Date())
  const rows = []
  const data = {}
  for (const years of YEARS) {
    const days = makeExampleDays({ end: today, days: years * 365, seed: 20_240_611 + years })
    await oneRun(browser, baseUrl, days, today) // warm-up: the server's first answers and the browser's caches
    const runs = []
    for (let run = 0; run < RUNS; run++) runs.push(await oneRun(browser, baseUrl, days, today))
    data[`${years}y`] = { days: days.length, runs }
    rows.push(...rowsFor(`Insights ${years} y (${days.length} days), open (3 months)`, runs.map((r) => r.open)))
    rows.push(...rowsFor(`Insights ${years} y, switch to everything`, runs.map((r) => r.everything)))
  }
  return { rows, data }
}
