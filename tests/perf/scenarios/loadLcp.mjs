// B2/B3: LCP of a cold first load (slow 4G, CPU 4×) and of an offline reload from the service worker
// (CPU 4×), for the app and for a static HTML page served by the same server and service worker.
import { median, ms, p90, readLcp, RUNS, throttle, watchLcp } from '../lib.mjs'

export const name = 'load LCP'

const PAGES = { app: '/', comparator: '/bench-static.html' }

async function coldLoad(browser, url) {
  const context = await browser.newContext()
  await watchLcp(context)
  const page = await context.newPage()
  await throttle(page)
  await page.goto(url)
  const lcp = await readLcp(page)
  await context.close()
  return lcp
}

/** Installs the service worker through the app, then measures offline reloads of each page. */
async function offlineReloads(browser, baseUrl) {
  const context = await browser.newContext()
  await watchLcp(context)
  const page = await context.newPage()
  await page.goto(`${baseUrl}/`)
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()))
  })
  await context.setOffline(true)
  await throttle(page, { network: false })
  const results = { app: [], comparator: [] }
  for (const path of Object.values(PAGES)) await page.goto(`${baseUrl}${path}`) // warm-up, now controlled
  for (let run = 0; run < RUNS; run++) {
    for (const [kind, path] of Object.entries(PAGES)) {
      await page.goto(`${baseUrl}${path}`)
      await page.reload()
      results[kind].push(await readLcp(page))
    }
  }
  await context.close()
  return results
}

const row = (metric, app, comparator, budget, limit) => ({
  metric,
  app: `${ms(median(app))} (p90 ${ms(p90(app))})`,
  comparator: ms(median(comparator)),
  ratio: (median(app) / median(comparator)).toFixed(2),
  budget,
  pass: limit === undefined ? undefined : median(app) <= limit,
})

export async function run({ browser, baseUrl }) {
  const cold = { app: [], comparator: [] }
  await coldLoad(browser, `${baseUrl}/`) // warm-up: the server's first answers are slower
  for (let run = 0; run < RUNS; run++) {
    for (const [kind, path] of Object.entries(PAGES)) cold[kind].push(await coldLoad(browser, `${baseUrl}${path}`))
  }
  const offline = await offlineReloads(browser, baseUrl)
  return {
    rows: [
      row('cold load LCP (slow 4G, CPU 4×)', cold.app, cold.comparator, 'report'),
      row('offline reload LCP (CPU 4×)', offline.app, offline.comparator, '≤ 300 ms', 300),
    ],
    data: { cold, offline },
  }
}
