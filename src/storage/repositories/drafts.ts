/** Unsaved form input, kept so a reload, a crash or an app update never loses what was typed. */
import type { HeupwijsDatabase } from '../db'
import { toStorageError } from '../errors'
import { write } from '../transactions'

export async function getDraft<T>(db: HeupwijsDatabase, key: string): Promise<T | undefined> {
  try {
    return (await db.get('drafts', key))?.value as T | undefined
  } catch (error) {
    throw toStorageError(error)
  }
}

export function putDraft(db: HeupwijsDatabase, key: string, value: unknown, now: Date): Promise<void> {
  return write(db, ['drafts'], (w) => w.put('drafts', { key, value, savedAt: now.toISOString() }))
}

export function deleteDraft(db: HeupwijsDatabase, key: string): Promise<void> {
  return write(db, ['drafts'], (w) => w.delete('drafts', key))
}
