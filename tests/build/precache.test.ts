// Offline works only if every built file is in the service worker's precache, each exactly once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const DIST = 'dist'
// The service worker and its runtime are not precached by themselves; _headers is for the host only.
const NOT_PRECACHED = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /^_headers$/]

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [relative(DIST, path)]
  })
}

describe.runIf(existsSync(join(DIST, 'sw.js')))('the built service worker', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1])

  it('precaches every built asset', () => {
    const built = listFiles(DIST).filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)))
    expect([...precached].sort()).toEqual(expect.arrayContaining(built.sort()))
    expect(built.length).toBeGreaterThan(10)
  })

  it('lists no file twice', () => {
    expect(precached.length).toBe(new Set(precached).size)
  })

  it('lists only files that exist', () => {
    for (const url of precached) expect(existsSync(join(DIST, url!)), url).toBe(true)
  })

  it('answers every navigation with the app shell and has no navigation preload', () => {
    expect(sw).toMatch(/createHandlerBoundToURL\("\/?index\.html"\)/)
    expect(sw).not.toContain('navigationPreload')
  })
})

it('the build ran before these checks', () => {
  expect(existsSync(join(DIST, 'sw.js')), 'run `npm run build` first').toBe(true)
})
