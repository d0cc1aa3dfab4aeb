/**
 * Renders only the rows of a long list that are in view (plus a margin above and below), so ten years
 * of days scroll as smoothly as ten. Every row has the same height; the page itself scrolls, not a box
 * inside it, which keeps zooming and the browser's own scrolling working as usual.
 */
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'

export interface WindowedListOptions {
  count: MaybeRefOrGetter<number>
  /** Height of every row in CSS pixels. */
  rowHeight: MaybeRefOrGetter<number>
  /** Rows kept above and below the visible ones, so fast scrolling and Tab never meet an empty gap. */
  overscan?: number
  /** Upper bound of rendered rows, whatever the screen size. */
  maxRendered?: number
  /** The element that holds all rows; its position on the page tells which rows are in view. */
  list?: Ref<HTMLElement | null>
}

export interface Viewport {
  /** How far the top of the list is above the top of the viewport (negative while it is below). */
  scrolledPast: number
  height: number
}

export interface RowRange {
  /** First rendered row. */
  start: number
  /** One past the last rendered row. */
  end: number
}

/** The rows to render for a viewport: the visible ones, with `overscan` rows around them. */
export function visibleRange(count: number, rowHeight: number, viewport: Viewport, overscan: number, maxRendered: number): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 }
  const firstVisible = Math.floor(Math.max(0, viewport.scrolledPast) / rowHeight)
  const lastVisible = Math.ceil(Math.max(0, viewport.scrolledPast + viewport.height) / rowHeight)
  let start = Math.max(0, Math.min(firstVisible, count - 1) - overscan)
  let end = Math.min(count, lastVisible + overscan)
  if (end - start > maxRendered) {
    // A very tall screen: keep the visible rows (from the top), drop the margins first.
    start = Math.max(0, Math.min(firstVisible, count - 1) - Math.floor(Math.max(0, maxRendered - (lastVisible - firstVisible)) / 2))
    end = Math.min(count, start + maxRendered)
  }
  return { start, end: Math.max(start, end) }
}

export function useWindowedList(options: WindowedListOptions) {
  const overscan = options.overscan ?? 10
  const maxRendered = options.maxRendered ?? 60
  // Before the first measurement: as if the list starts at the top of a phone-sized screen.
  const viewport = ref<Viewport>({ scrolledPast: 0, height: 900 })

  const range = computed(() => visibleRange(toValue(options.count), toValue(options.rowHeight), viewport.value, overscan, maxRendered))
  const indexes = computed(() => Array.from({ length: range.value.end - range.value.start }, (_, i) => range.value.start + i))
  /** Space above the first rendered row, standing in for the rows not rendered. */
  const offsetTop = computed(() => range.value.start * toValue(options.rowHeight))
  const totalHeight = computed(() => Math.max(0, toValue(options.count)) * toValue(options.rowHeight))

  function setViewport(next: Viewport): void {
    const current = viewport.value
    if (current.scrolledPast !== next.scrolledPast || current.height !== next.height) viewport.value = next
  }

  /** Reads where the list is now; called on scroll and resize, and by the view after the rows changed. */
  function measure(): void {
    const element = options.list?.value
    if (!element) return
    setViewport({ scrolledPast: -element.getBoundingClientRect().top, height: window.innerHeight })
  }

  let frame = 0
  const onScroll = (): void => {
    if (frame) return
    frame = requestAnimationFrame(() => {
      frame = 0
      measure()
    })
  }

  const stopWatching = options.list
    ? watch(
        options.list,
        (element, _old, onCleanup) => {
          if (!element) return
          measure()
          window.addEventListener('scroll', onScroll, { passive: true })
          window.addEventListener('resize', onScroll, { passive: true })
          // Tab scrolls the next row into view; measuring at once (not a frame later) renders the rows
          // after it before the next key press, however quickly the keys come.
          element.addEventListener('focusin', measure)
          onCleanup(() => {
            window.removeEventListener('scroll', onScroll)
            window.removeEventListener('resize', onScroll)
            element.removeEventListener('focusin', measure)
            if (frame) cancelAnimationFrame(frame)
            frame = 0
          })
        },
        { immediate: true, flush: 'post' },
      )
    : undefined
  onScopeDispose(() => stopWatching?.())

  return { range, indexes, offsetTop, totalHeight, measure, setViewport }
}
