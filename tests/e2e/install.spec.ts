import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config'
import { test, expect } from './support'

test('the manifest is valid and the app is installable', async () => {
  // Installability is never reported in an incognito-like context, so use a real profile.
  const profile = await mkdtemp(join(tmpdir(), 'heupwijs-install-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const page = await context.newPage()
    await page.goto(BASE_URL)
    await page.evaluate(() => navigator.serviceWorker.ready)
    const cdp = await context.newCDPSession(page)
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string }
    expect(manifest.errors).toEqual([])
    const data = JSON.parse(manifest.data ?? '{}')
    expect(data).toMatchObject({ name: 'Heupwijs', short_name: 'Heupwijs', lang: 'nl', display: 'standalone', start_url: '/', scope: '/' })
    const purposes = data.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)
    expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']))
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([])
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
})
