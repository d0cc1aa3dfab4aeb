/**
 * Opens the database and climbs the migration ladder. An open never hangs: a tab holding an older
 * version, a missing IndexedDB or an open that never settles all end in a typed StorageError.
 */
import { openDB, type IDBPDatabase } from 'idb'
import { DB_NAME, type HeupwijsDB } from './schema'
import { DB_VERSION, MIGRATIONS, runMigrations, type MigrationStep } from './migrations'
import { StorageError, toStorageError } from './errors'

export type HeupwijsDatabase = IDBPDatabase<HeupwijsDB>

export interface OpenOptions {
  name?: string
  /** The ladder to climb; tests pass a shorter or a failing one. */
  steps?: readonly MigrationStep[]
  /** Give up on an open that has not settled by then. */
  timeoutMs?: number
  /** Another tab wants a newer version: we have closed our connection, the page should ask to reload. */
  onVersionChange?: () => void
  /** The browser closed the connection abnormally (e.g. storage cleared). */
  onTerminated?: () => void
}

export const OPEN_TIMEOUT_MS = 5000

export function openHeupwijsDB(options: OpenOptions = {}): Promise<HeupwijsDatabase> {
  const { name = DB_NAME, steps = MIGRATIONS, timeoutMs = OPEN_TIMEOUT_MS } = options
  const version = steps === MIGRATIONS ? DB_VERSION : steps.length
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new StorageError('unavailable'))
  }
  return new Promise<HeupwijsDatabase>((resolve, reject) => {
    let settled = false
    const settle = (error: StorageError | null, db?: HeupwijsDatabase): void => {
      if (settled) {
        db?.close() // we already gave up on this open: do not leave a stray connection behind
        return
      }
      settled = true
      clearTimeout(timer)
      if (error) reject(error)
      else resolve(db as HeupwijsDatabase)
    }
    const timer = setTimeout(() => settle(new StorageError('timeout')), timeoutMs)
    let opening: Promise<HeupwijsDatabase>
    try {
      opening = openDB<HeupwijsDB>(name, version, {
        upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db, oldVersion, newVersion ?? version, tx, steps),
        blocked: () => settle(new StorageError('blocked')),
        blocking: (_current, _next, event) => {
          ;(event.target as IDBDatabase).close()
          options.onVersionChange?.()
        },
        terminated: () => options.onTerminated?.(),
      })
    } catch (error) {
      settle(toStorageError(error))
      return
    }
    opening.then(
      (db) => settle(null, db),
      (error: unknown) => settle(toStorageError(error)),
    )
  })
}
