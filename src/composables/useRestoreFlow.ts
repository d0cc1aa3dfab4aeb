/**
 * Restoring, step by step: the chosen file is read and checked completely (a bad file is refused with
 * its own message and nothing changes), a preview shows what replacing and what merging would do, the
 * patient chooses and confirms, and only then is anything written (after a safety copy). The safety
 * copies can be put back the same way. Marks `import-previewed` and `import-committed` for the bench.
 */
import { nextTick, ref, shallowRef } from 'vue'
import { useI18n } from '../i18n'
import { MAX_BACKUP_CHARS, type BackupProblemCode, type CheckedBackup } from '../domain/backupFormat'
import type { RestoreChanges, RestoreMode } from '../domain/backupMerge'
import { useDataExchangeStore } from '../stores/dataExchange'

/** Not from the backup format: the browser could not read the file at all. */
export type RestoreProblem = BackupProblemCode | 'unreadable'

/** What the preview shows: the file's header, and per mode the days before and after and what changes. */
export interface RestorePreviewView {
  exportedAt: string
  counts: { days: number; settings: number }
  range: { from: string; to: string } | null
  modes: Record<RestoreMode, { before: number; after: number; changes: RestoreChanges }>
}

export interface RestorePreviewState {
  backup: CheckedBackup
  view: RestorePreviewView
}

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; problem: RestoreProblem }
  | { step: 'preview'; preview: RestorePreviewState }
  | { step: 'restoring'; preview: RestorePreviewState }
  | { step: 'done'; days: number }
  /** Storage failed while previewing (no preview) or restoring (the preview stays, to try again). */
  | { step: 'failed'; reason: string; preview: RestorePreviewState | null }

interface SnapshotState {
  /** The safety copy the patient is asked about. */
  asking: string | null
  busy: boolean
  status: string
  failure: string
}

const storageReason = (error: unknown): string => (error as { kind?: string }).kind ?? 'failed'

export function useRestoreFlow() {
  const { t } = useI18n()
  const store = useDataExchangeStore()
  const state = shallowRef<RestoreStep>({ step: 'idle' })
  const mode = ref<RestoreMode>('replace')
  const snapshots = shallowRef<Awaited<ReturnType<typeof store.snapshots>>>([])
  const snapshot = ref<SnapshotState>({ asking: null, busy: false, status: '', failure: '' })

  async function choose(file: File): Promise<void> {
    state.value = { step: 'reading' }
    // Bytes are never fewer than characters, so a file over the limit in bytes is refused unread.
    if (file.size > MAX_BACKUP_CHARS) {
      state.value = { step: 'refused', problem: 'tooLarge' }
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      state.value = { step: 'refused', problem: 'unreadable' }
      return
    }
    const parsed = await store.readBackupFile(text, new Date())
    if (!parsed.ok) {
      state.value = { step: 'refused', problem: parsed.problem }
      return
    }
    try {
      const previews = await store.previewBoth(parsed.backup)
      mode.value = previews.replace.before.days === 0 ? 'replace' : 'merge'
      const { exportedAt, counts, range } = parsed.backup
      const modes = {
        replace: { before: previews.replace.before.days, after: previews.replace.after.days, changes: previews.replace.changes },
        merge: { before: previews.merge.before.days, after: previews.merge.after.days, changes: previews.merge.changes },
      }
      state.value = { step: 'preview', preview: { backup: parsed.backup, view: { exportedAt, counts, range, modes } } }
      await nextTick()
      performance.mark('import-previewed')
    } catch (error) {
      state.value = { step: 'failed', reason: t(`storage.${storageReason(error)}`), preview: null }
    }
  }

  async function confirm(): Promise<void> {
    const current = state.value
    const preview = current.step === 'preview' || current.step === 'failed' ? current.preview : null
    if (!preview) return
    state.value = { step: 'restoring', preview }
    try {
      const result = await store.restore(preview.backup, mode.value, new Date())
      state.value = { step: 'done', days: result.counts.days }
      await nextTick()
      performance.mark('import-committed')
      await refreshSnapshots()
    } catch (error) {
      state.value = { step: 'failed', reason: t(`storage.${storageReason(error)}`), preview }
    }
  }

  function cancel(): void {
    state.value = { step: 'idle' }
  }

  async function refreshSnapshots(): Promise<void> {
    snapshots.value = await store.snapshots().catch(() => [])
  }

  function askSnapshot(takenAt: string | null): void {
    snapshot.value = { asking: takenAt, busy: false, status: '', failure: '' }
  }

  async function restoreSnapshot(): Promise<void> {
    const takenAt = snapshot.value.asking
    if (!takenAt) return
    snapshot.value = { asking: takenAt, busy: true, status: t('data.snapshots.working'), failure: '' }
    try {
      const result = await store.restoreSafetyCopy(takenAt, new Date())
      snapshot.value = { asking: null, busy: false, status: t('data.snapshots.done', { count: result.counts.days }, result.counts.days), failure: '' }
      await refreshSnapshots()
    } catch (error) {
      snapshot.value = { asking: takenAt, busy: false, status: '', failure: t('data.snapshots.failed', { reason: t(`storage.${storageReason(error)}`) }) }
    }
  }

  return { state, mode, choose, confirm, cancel, snapshots, snapshot, refreshSnapshots, askSnapshot, restoreSnapshot }
}
