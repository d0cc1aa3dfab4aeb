/** Unsaved form input kept in storage, so a reload, a crash or an app update never loses it. */
import { defineStore } from 'pinia'
import { deleteDraft, getDraft, putDraft } from '../storage'
import { useDatabaseStore } from './database'

export const useDraftsStore = defineStore('drafts', () => {
  const database = useDatabaseStore()

  async function read<T>(key: string): Promise<T | undefined> {
    return getDraft<T>(await database.open(), key)
  }

  async function keep(key: string, value: unknown, now: Date): Promise<void> {
    await putDraft(await database.open(), key, value, now)
  }

  async function discard(key: string): Promise<void> {
    await deleteDraft(await database.open(), key)
  }

  return { read, keep, discard }
})
