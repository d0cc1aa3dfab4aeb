/**
 * Forms register how to keep what the patient typed as a draft. Before anything reloads the page (an app
 * update) every registered form keeps its draft first, so no half-filled log is ever lost.
 */
import { onScopeDispose } from 'vue'

export interface UnsavedInput {
  /** True while the form holds input that is neither saved nor kept as a draft. */
  hasUnsaved: () => boolean
  /** Writes the input as a draft; resolves only after it committed. */
  keepDraft: () => Promise<void>
}

const registered = new Set<UnsavedInput>()

export function useUnsavedInput(input: UnsavedInput): void {
  registered.add(input)
  onScopeDispose(() => registered.delete(input))
}

export function hasUnsavedInput(): boolean {
  return [...registered].some((input) => input.hasUnsaved())
}

/** Keeps every unsaved form as a draft; rejects if any draft could not be kept. */
export async function keepAllDrafts(): Promise<void> {
  await Promise.all([...registered].filter((input) => input.hasUnsaved()).map((input) => input.keepDraft()))
}
