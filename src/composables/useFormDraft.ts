/**
 * A form's input that survives a reload, a crash or an app update: kept as a draft in storage a moment
 * after each change, restored when the form opens again, and dropped once the entry is saved.
 */
import { ref, watch, type Ref } from 'vue'
import { useDraftsStore } from '../stores/drafts'
import { useUnsavedInput } from './useUnsavedInput'

const KEEP_AFTER_MS = 400

export interface FormDraft<T> {
  value: Ref<T>
  /**
   * Fills the form: with the kept draft if there is one (resolves true), otherwise with `initial`.
   * Start it before other reads, so a form the patient opens meanwhile is never replaced.
   */
  open: (initial: T) => Promise<boolean>
  /** The entry was saved (or the patient cancelled): empty the form and forget the draft. */
  clear: () => Promise<void>
}

export function useFormDraft<T>(key: () => string, empty: T): FormDraft<T> {
  const drafts = useDraftsStore()
  const value = ref(structuredClone(empty)) as Ref<T>
  let dirty = false
  let active = false
  let timer: ReturnType<typeof setTimeout> | undefined

  async function keepNow(): Promise<void> {
    clearTimeout(timer)
    if (!dirty || !active) return
    await drafts.keep(key(), JSON.parse(JSON.stringify(value.value)), new Date())
    dirty = false
  }

  watch(
    value,
    () => {
      if (!active) return
      dirty = true
      clearTimeout(timer)
      timer = setTimeout(() => void keepNow().catch(() => undefined), KEEP_AFTER_MS)
    },
    { deep: true, flush: 'sync' },
  )

  useUnsavedInput({ hasUnsaved: () => dirty, keepDraft: keepNow })

  async function open(initial: T): Promise<boolean> {
    active = false
    const before = value.value
    const kept = await drafts.read<T>(key()).catch(() => undefined)
    active = true
    // A form the patient opened while the draft was being read (a quick tap on a slow phone) is
    // theirs: it stays, and counts as unsaved input.
    if (value.value !== before) {
      dirty = true
      return false
    }
    value.value = structuredClone(kept ?? initial)
    dirty = false
    return kept !== undefined
  }

  async function clear(): Promise<void> {
    active = false
    value.value = structuredClone(empty)
    dirty = false
    clearTimeout(timer)
    active = true
    await drafts.discard(key()).catch(() => undefined)
  }

  return { value, open, clear }
}
