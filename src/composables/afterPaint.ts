/**
 * Runs `step` once the browser has painted what is in the page now: a frame, then a task after it.
 * Work that can wait a frame (the next part of a long screen, moving focus) then lands in a task of its
 * own instead of lengthening the one that changed the page.
 */
export function afterPaint(step: () => void): void {
  requestAnimationFrame(() => setTimeout(step, 0))
}
