/**
 * Every write goes through here: one strict-durability transaction that resolves only after it
 * committed, and that is aborted as a whole if anything in it fails (all or nothing). A write to a
 * day also forgets the figures of its month in the same transaction (see monthFigures.ts).
 */
import type { IDBPTransaction, StoreKey, StoreValue } from 'idb'
import type { HeupwijsDatabase } from './db'
import type { HeupwijsDB, StoreName } from './schema'
import { toStorageError } from './errors'
import { monthOf, staleMonth } from './monthFigures'

/** Queues requests in the open transaction; their outcome is reported once, by the commit. */
export interface Writer<S extends StoreName> {
  put<N extends S>(store: N, value: StoreValue<HeupwijsDB, N>): void
  delete<N extends S>(store: N, key: StoreKey<HeupwijsDB, N>): void
  clear(store: S): void
}

/**
 * Runs `queue` synchronously (never await other work inside a transaction: it would auto-commit) and
 * waits for the commit. Rejects with a StorageError and leaves every store as it was.
 */
export async function write<S extends StoreName>(
  db: HeupwijsDatabase,
  stores: S[],
  queue: (writer: Writer<S>) => void,
): Promise<void> {
  let tx: IDBPTransaction<HeupwijsDB, StoreName[], 'readwrite'> | undefined
  try {
    const touchesDays = (stores as StoreName[]).includes('days')
    const scope: StoreName[] = touchesDays ? [...stores, 'monthFigures'] : stores
    const open = db.transaction(scope, 'readwrite', { durability: 'strict' })
    tx = open
    // A failed request aborts the transaction, and tx.done rejects with its error: that is where failures surface.
    const settle = (request: Promise<unknown>): void => void request.catch(() => undefined)
    /** The month's figures no longer match its days: they are built again when next read. Once per month. */
    const forgotten = new Set<string>()
    const forgetMonth = (date: string): void => {
      const month = monthOf(date)
      if (forgotten.has(month)) return
      forgotten.add(month)
      settle(open.objectStore('monthFigures').put(staleMonth(month)))
    }
    const writer: Writer<S> = {
      put: (store, value) => {
        settle(open.objectStore(store).put(value))
        if (store === 'days') forgetMonth((value as StoreValue<HeupwijsDB, 'days'>).date)
      },
      delete: (store, key) => {
        settle(open.objectStore(store).delete(key))
        if (store === 'days') forgetMonth(key as string)
      },
      clear: (store) => {
        settle(open.objectStore(store).clear())
        if (store === 'days') settle(open.objectStore('monthFigures').clear())
      },
    }
    try {
      queue(writer)
    } catch (error) {
      open.done.catch(() => undefined)
      open.abort()
      throw error
    }
    await open.done
  } catch (error) {
    throw toStorageError(error, tx?.error)
  }
}
