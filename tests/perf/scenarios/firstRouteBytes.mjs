// B0: the JavaScript of a first visit to Today, gzip and brotli. "Render-critical" is the entry script and
// every module index.html preloads: the static import graph that must run before Today can show. The
// rest of the first visit is fetched by dynamic imports without blocking the first screen (service-worker
// registration, the forms and the content catalogue, prefetched for the first tap).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compressedSizes, kb } from '../lib.mjs'

export const name = 'first-route JS'

const sum = (files) => files.reduce((total, f) => ({ gzip: total.gzip + f.gzip, brotli: total.brotli + f.brotli }), { gzip: 0, brotli: 0 })

function staticGraph(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const urls = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1])
  return new Set(urls)
}

export async function run({ browser, baseUrl, distDir }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const fetched = new Set()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === baseUrl && request.resourceType() === 'script') fetched.add(url.pathname.slice(1))
  })
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.waitForLoadState('networkidle')
  await context.close()

  const critical = staticGraph(distDir)
  const sizes = (files) => [...files].sort().map((file) => ({ file, ...compressedSizes(distDir, file) }))
  const criticalFiles = sizes(critical)
  const deferredFiles = sizes([...fetched].filter((file) => !critical.has(file)))
  const criticalTotal = sum(criticalFiles)
  const deferredTotal = sum(deferredFiles)
  return {
    rows: [
      { metric: 'first-route JS, render-critical, gzip', app: kb(criticalTotal.gzip), comparator: kb(0), ratio: '–', budget: '≤ 60 KiB', pass: criticalTotal.gzip <= 60 * 1024 },
      { metric: 'first-route JS, render-critical, brotli', app: kb(criticalTotal.brotli), comparator: kb(0), ratio: '–' },
      { metric: 'first visit JS fetched after that, gzip', app: kb(deferredTotal.gzip), comparator: kb(0), ratio: '–', budget: 'report' },
    ],
    data: { criticalFiles, deferredFiles, criticalTotal, deferredTotal },
  }
}
