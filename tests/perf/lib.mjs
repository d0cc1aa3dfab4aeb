// Shared benchmark tools: throttled pages, LCP readings, byte counts and medians.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Lighthouse's "applied" slow 4G: 562.5 ms latency per request, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 188_744, uploadThroughput: 86_400 }
export const CPU_SLOWDOWN = 4
export const RUNS = Number(process.env.BENCH_RUNS ?? 5)

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function p90(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)]
}

/** Records the page's largest contentful paint as it happens; read it with readLcp(). */
export async function watchLcp(context) {
  await context.addInitScript(() => {
    window.__lcp = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
}

/** LCP once the page has settled: the last candidate the browser reported. */
export async function readLcp(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
  return page.evaluate(() => window.__lcp)
}

export async function throttle(page, { network = true } = {}) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  if (network) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  }
  return cdp
}

export function compressedSizes(distDir, file) {
  const source = readFileSync(join(distDir, file))
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
export const ms = (value) => `${Math.round(value)} ms`
