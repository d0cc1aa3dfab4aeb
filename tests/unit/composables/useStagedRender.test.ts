import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useStagedRender } from '../../../src/composables/useStagedRender'

/** Lets every pending frame and task run. */
async function runAll(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await vi.runAllTimersAsync()
  }
}

describe('useStagedRender', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.stubGlobal('requestAnimationFrame', (step: () => void) => setTimeout(step, 16))
    performance.clearMarks()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows the first stage at once and one more after each painted frame, marking the first and the last', async () => {
    const scope = effectScope()
    const prepared: number[] = []
    const staged = scope.run(() => useStagedRender({ stages: 3, prepare: (stage) => void prepared.push(stage), firstMark: 'test-first', lastMark: 'test-last' }))!
    expect(staged.shown.value).toBe(0)

    const started = staged.start()
    expect(staged.shown.value).toBe(1)
    await started
    expect(performance.getEntriesByName('test-first')).toHaveLength(1)
    expect(performance.getEntriesByName('test-last')).toHaveLength(0)

    await vi.advanceTimersByTimeAsync(16)
    expect(staged.shown.value).toBe(1) // the next stage waits for the frame and a task after it
    await runAll()
    expect(staged.shown.value).toBe(3)
    expect(prepared).toEqual([2, 3]) // each stage's heavy work is done before it is shown
    expect(performance.getEntriesByName('test-last')).toHaveLength(1)
    scope.stop()
  })

  it('waits for heavy work done in several tasks before showing its stage', async () => {
    const scope = effectScope()
    let finish = (): void => undefined
    const work = new Promise<void>((resolve) => (finish = resolve))
    const staged = scope.run(() => useStagedRender({ stages: 2, prepare: () => work, lastMark: 'test-last' }))!
    await staged.start()
    await runAll()
    expect(staged.shown.value).toBe(1)
    finish()
    await runAll()
    expect(staged.shown.value).toBe(2)
    expect(performance.getEntriesByName('test-last')).toHaveLength(1)
    scope.stop()
  })

  it('starts over when the data changes, and a stopped screen stops adding stages', async () => {
    const scope = effectScope()
    const staged = scope.run(() => useStagedRender({ stages: 4, lastMark: 'test-last' }))!
    await staged.start()
    await vi.advanceTimersByTimeAsync(40)
    expect(staged.shown.value).toBeGreaterThan(1)

    await staged.start()
    expect(staged.shown.value).toBe(1)
    scope.stop()
    await runAll()
    expect(staged.shown.value).toBe(1)
    expect(performance.getEntriesByName('test-last')).toHaveLength(0)
  })
})
