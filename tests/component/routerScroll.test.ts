import { describe, expect, it } from 'vitest'
import type { RouteLocationNormalized } from 'vue-router'
import { createAppRouter } from '../../src/router'

const router = createAppRouter()
const at = (path: string) => router.resolve(path) as RouteLocationNormalized
const scrollFor = (to: string, from: string, saved: { left: number; top: number } | null) => router.options.scrollBehavior!(at(to), at(from), saved)

describe('the router’s scroll behaviour', () => {
  it('opens a new page at (0, 0) with both coordinates, which Chromium scrolls to without a layout first', async () => {
    expect(await scrollFor('/insights', '/', null)).toEqual({ left: 0, top: 0 })
  })

  it('goes back to where the patient was on a page seen before', async () => {
    expect(await scrollFor('/', '/insights', { left: 0, top: 480 })).toEqual({ left: 0, top: 480 })
  })
})
