/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the production build
 * served by `vite preview`, the same server and headers as `npm start`.
 */
import { defineConfig } from '@playwright/test'

/** Another port (HEUPWIJS_PORT) lets a second checkout run its tests while this one serves. */
const PORT = Number(process.env.HEUPWIJS_PORT ?? 4173)
export const BASE_URL = `http://127.0.0.1:${PORT}`
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'tests/e2e',
  // Service-worker tests share one origin and its caches: run them one at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    serviceWorkers: 'allow',
    locale: 'nl-NL',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
