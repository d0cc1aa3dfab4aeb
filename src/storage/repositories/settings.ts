/** Named settings (the plan, the profile, flags such as whether persistence was asked). */
import type { HeupwijsDatabase } from '../db'
import { toStorageError } from '../errors'
import { write } from '../transactions'

export async function getSetting<T>(db: HeupwijsDatabase, key: string): Promise<T | undefined> {
  try {
    return (await db.get('settings', key))?.value as T | undefined
  } catch (error) {
    throw toStorageError(error)
  }
}

export function putSetting(db: HeupwijsDatabase, key: string, value: unknown): Promise<void> {
  return write(db, ['settings'], (w) => w.put('settings', { key, value }))
}

/** Several settings that belong together, in one transaction: all are stored or none. */
export function putSettings(db: HeupwijsDatabase, entries: Record<string, unknown>): Promise<void> {
  return write(db, ['settings'], (w) => {
    for (const [key, value] of Object.entries(entries)) w.put('settings', { key, value })
  })
}
