/**
 * Shows a long screen in stages: the first stage at once, then one more after each frame was painted.
 * Building every chart of a screen in one go is a long task on a slow phone (taps wait for it); a
 * stage at a time keeps each task short and the top of the screen shows first. Marks `firstMark` when
 * the first stage is in the page and `lastMark` when all are.
 */
import { nextTick, onScopeDispose, ref } from 'vue'
import { afterPaint } from './afterPaint'
import { nextTask } from './tasks'

export interface StagedRenderOptions {
  stages: number
  /**
   * Heavy work a stage needs, done in a task of its own just before the stage is shown, so working it
   * out and drawing it are two shorter tasks. It may return a promise (work done in several tasks).
   */
  prepare?: (stage: number) => void | Promise<void>
  firstMark?: string
  lastMark?: string
}

export function useStagedRender({ stages, prepare, firstMark, lastMark }: StagedRenderOptions) {
  /** How many stages are shown; 0 until the first start. */
  const shown = ref(0)
  let run = 0

  async function start(): Promise<void> {
    const mine = ++run
    shown.value = 1
    await nextTick()
    if (mine !== run) return
    if (firstMark) performance.mark(firstMark)
    const next = async (): Promise<void> => {
      if (mine !== run) return
      if (shown.value < stages) {
        if (prepare) {
          await prepare(shown.value + 1)
          await nextTask()
          if (mine !== run) return
        }
        shown.value++
        await nextTick()
        afterPaint(next)
      } else if (lastMark) {
        performance.mark(lastMark)
      }
    }
    afterPaint(next)
  }

  onScopeDispose(() => run++)

  return { shown, start }
}
