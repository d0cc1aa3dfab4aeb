import { effectScope, nextTick, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { useWindowedList, visibleRange } from '../../../src/composables/useWindowedList'

const TEN_YEARS = 3653

function windowed(count = TEN_YEARS, rowHeight = 112) {
  const scope = effectScope()
  const countRef = ref(count)
  const heightRef = ref(rowHeight)
  const list = scope.run(() => useWindowedList({ count: countRef, rowHeight: heightRef }))!
  return { list, countRef, heightRef, stop: () => scope.stop() }
}

describe('visibleRange', () => {
  it('renders the rows in view with a margin below them at the top of the list', () => {
    expect(visibleRange(TEN_YEARS, 100, { scrolledPast: 0, height: 800 }, 10, 60)).toEqual({ start: 0, end: 18 })
  })

  it('renders the rows in view with a margin on both sides in the middle of the list', () => {
    const range = visibleRange(TEN_YEARS, 100, { scrolledPast: 150_000, height: 800 }, 10, 60)
    expect(range).toEqual({ start: 1490, end: 1518 })
  })

  it('stops at the last row when scrolled to the end', () => {
    const range = visibleRange(TEN_YEARS, 100, { scrolledPast: TEN_YEARS * 100 - 500, height: 800 }, 10, 60)
    expect(range.end).toBe(TEN_YEARS)
    expect(range.start).toBe(TEN_YEARS - 5 - 10)
  })

  it('renders only the first rows while the list is still below the fold', () => {
    expect(visibleRange(TEN_YEARS, 100, { scrolledPast: -2000, height: 800 }, 10, 60)).toEqual({ start: 0, end: 10 })
  })

  it('renders everything in a short list and nothing in an empty one', () => {
    expect(visibleRange(7, 100, { scrolledPast: 0, height: 800 }, 10, 60)).toEqual({ start: 0, end: 7 })
    expect(visibleRange(0, 100, { scrolledPast: 0, height: 800 }, 10, 60)).toEqual({ start: 0, end: 0 })
  })

  it('never renders more than the maximum, and keeps the visible rows, on a very tall screen', () => {
    const range = visibleRange(TEN_YEARS, 50, { scrolledPast: 10_000, height: 2500 }, 10, 60)
    expect(range.end - range.start).toBe(60)
    expect(range.start).toBeLessThanOrEqual(200)
    expect(range.end).toBeGreaterThanOrEqual(250)
  })
})

describe('useWindowedList', () => {
  it('keeps at most 60 rows rendered at any scroll position through ten years of days', () => {
    const { list, stop } = windowed()
    for (let scrolledPast = -1000; scrolledPast < TEN_YEARS * 112 + 1000; scrolledPast += 997) {
      list.setViewport({ scrolledPast, height: 900 })
      const { start, end } = list.range.value
      expect(end - start).toBeLessThanOrEqual(60)
      const firstVisible = Math.min(TEN_YEARS - 1, Math.max(0, Math.floor(scrolledPast / 112)))
      expect(start).toBeLessThanOrEqual(firstVisible)
      expect(end).toBeGreaterThan(Math.min(TEN_YEARS - 1, Math.floor((scrolledPast + 899) / 112)))
    }
    stop()
  })

  it('places the rendered rows where they belong and keeps the full height of the list', () => {
    const { list, stop } = windowed(1000, 100)
    list.setViewport({ scrolledPast: 20_000, height: 600 })
    expect(list.range.value).toEqual({ start: 190, end: 216 })
    expect(list.indexes.value[0]).toBe(190)
    expect(list.indexes.value).toHaveLength(26)
    expect(list.offsetTop.value).toBe(19_000)
    expect(list.totalHeight.value).toBe(100_000)
    stop()
  })

  it('follows a new number of rows and a new row height', async () => {
    const { list, countRef, heightRef, stop } = windowed(1000, 100)
    countRef.value = 5
    await nextTick()
    expect(list.range.value).toEqual({ start: 0, end: 5 })
    heightRef.value = 200
    expect(list.totalHeight.value).toBe(1000)
    stop()
  })
})
