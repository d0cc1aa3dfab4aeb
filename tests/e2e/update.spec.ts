import { readFile, writeFile } from 'node:fs/promises'
import { test, expect, installServiceWorker } from './support'

const SW = 'dist/sw.js'

test('a new version waits for the tap before it reloads', async ({ page }) => {
  await page.goto('/')
  await installServiceWorker(page)
  // A marker that only survives as long as the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

  const original = await readFile(SW, 'utf8')
  try {
    // vite preview reads dist/ on every request: a changed sw.js is a new version of the app.
    await writeFile(SW, `${original}\n// next version ${Date.now()}\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

    const prompt = page.getByRole('region', { name: 'Er is een nieuwe versie van Heupwijs.' })
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    await page.waitForTimeout(1500) // nothing happens by itself
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)

    const reloaded = page.waitForEvent('framenavigated')
    await prompt.getByRole('button', { name: 'Nu bijwerken' }).click()
    await reloaded
    await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined()
  } finally {
    await writeFile(SW, original)
  }
})
