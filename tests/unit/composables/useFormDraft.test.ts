// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { effectScope } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { useFormDraft } from '../../../src/composables/useFormDraft'
import { hasUnsavedInput } from '../../../src/composables/useUnsavedInput'
import { useDraftsStore } from '../../../src/stores/drafts'

beforeEach(() => setActivePinia(createPinia()))

function formDraft() {
  const scope = effectScope()
  const draft = scope.run(() => useFormDraft<{ pain: number } | null>(() => 'day:2026-12-01', null))!
  return { draft, stop: () => scope.stop() }
}

describe('useFormDraft', () => {
  it('fills the form with the kept draft when it opens', async () => {
    await useDraftsStore().keep('day:2026-12-01', { pain: 4 }, new Date())
    const { draft, stop } = formDraft()
    await draft.open(null)
    expect(draft.value.value).toEqual({ pain: 4 })
    stop()
  })

  it('keeps a form the patient opened while the draft was still being read', async () => {
    await useDraftsStore().keep('day:2026-12-01', { pain: 4 }, new Date())
    const { draft, stop } = formDraft()
    const opening = draft.open(null)
    draft.value.value = { pain: 7 } // the tap, before the read finished
    await opening
    expect(draft.value.value).toEqual({ pain: 7 })
    expect(hasUnsavedInput()).toBe(true)
    stop()
  })
})
