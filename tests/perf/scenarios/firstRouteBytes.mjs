// B0: the JavaScript a first visit to Today downloads (before any user action), gzip and brotli.
import { compressedSizes, kb } from '../lib.mjs'

export const name = 'first-route JS'

export async function run({ browser, baseUrl, distDir }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const scripts = new Set()
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin === baseUrl && response.request().resourceType() === 'script') scripts.add(url.pathname.slice(1))
  })
  await page.goto(`${baseUrl}/`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.waitForLoadState('networkidle')
  await context.close()

  const files = [...scripts].sort().map((file) => ({ file, ...compressedSizes(distDir, file) }))
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 })
  return {
    rows: [
      { metric: 'first-route JS, gzip', app: kb(total.gzip), comparator: kb(0), ratio: '–', budget: '≤ 60 KiB', pass: total.gzip <= 60 * 1024 },
      { metric: 'first-route JS, brotli', app: kb(total.brotli), comparator: kb(0), ratio: '–' },
    ],
    data: { files, total },
  }
}
