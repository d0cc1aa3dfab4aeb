/**
 * The database connection and the health of storage: whether it opened, whether the browser protects
 * it from eviction and how much it holds. Other stores get the connection from here.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  getSetting,
  openHeupwijsDB,
  putSetting,
  readStorageStatus,
  requestPersistence,
  StorageError,
  type HeupwijsDatabase,
  type StorageErrorKind,
  type StorageStatus,
} from '../storage'

type ConnectionState = 'closed' | 'opening' | 'ready' | 'failed'

const PERSISTENCE_ASKED = 'persistenceAsked'

export const useDatabaseStore = defineStore('database', () => {
  const state = ref<ConnectionState>('closed')
  const problem = ref<StorageErrorKind | null>(null)
  /** Another tab upgraded the database: this tab closed its connection and must reload. */
  const replacedByNewerVersion = ref(false)
  const status = ref<StorageStatus | null>(null)
  const db = shallowRef<HeupwijsDatabase | null>(null)
  let opening: Promise<HeupwijsDatabase> | null = null

  function open(): Promise<HeupwijsDatabase> {
    if (opening) return opening
    state.value = 'opening'
    problem.value = null
    opening = openHeupwijsDB({
      onVersionChange: () => {
        replacedByNewerVersion.value = true
        forget()
      },
      onTerminated: forget,
    }).then(
      (handle) => {
        db.value = handle
        state.value = 'ready'
        return handle
      },
      (error: unknown) => {
        opening = null
        state.value = 'failed'
        problem.value = error instanceof StorageError ? error.kind : 'unavailable'
        throw error
      },
    )
    return opening
  }

  /** Drops a connection the browser closed, so the next use opens a fresh one. */
  function forget(): void {
    opening = null
    db.value = null
    state.value = 'closed'
  }

  async function refreshStatus(): Promise<void> {
    status.value = await readStorageStatus()
  }

  /** After the first saved entry, ask once to protect the data from eviction. */
  async function noteSaved(now: Date): Promise<void> {
    const handle = await open()
    if (await getSetting(handle, PERSISTENCE_ASKED)) return
    const granted = await requestPersistence()
    await putSetting(handle, PERSISTENCE_ASKED, { at: now.toISOString(), granted })
    await refreshStatus()
  }

  return { state, problem, replacedByNewerVersion, status, db, open, refreshStatus, noteSaved }
})
