/**
 * The upgrade ladder: step N takes the database from version N-1 to N. Steps run in order inside the
 * single versionchange transaction, use only that transaction's requests (idb ignores the promise an
 * upgrade returns) and abort it on any error, so a failed upgrade leaves the old version untouched.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import type { HeupwijsDB } from '../schema'
import { migrate001Initial } from './001-initial'
import { migrate002AddSnapshots } from './002-add-snapshots'
import { migrate003AddMonthFigures } from './003-add-month-figures'

export type MigrationStep = (
  db: IDBPDatabase<HeupwijsDB>,
  tx: IDBPTransaction<HeupwijsDB, StoreNames<HeupwijsDB>[], 'versionchange'>,
) => void

export const MIGRATIONS: readonly MigrationStep[] = [migrate001Initial, migrate002AddSnapshots, migrate003AddMonthFigures]

export const DB_VERSION = MIGRATIONS.length

export function runMigrations(
  db: IDBPDatabase<HeupwijsDB>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<HeupwijsDB, StoreNames<HeupwijsDB>[], 'versionchange'>,
  steps: readonly MigrationStep[] = MIGRATIONS,
): void {
  try {
    for (let version = oldVersion + 1; version <= newVersion; version++) steps[version - 1]?.(db, tx)
  } catch (error) {
    tx.done.catch(() => undefined) // the open itself rejects and reports the failure
    tx.abort()
    throw error
  }
}
