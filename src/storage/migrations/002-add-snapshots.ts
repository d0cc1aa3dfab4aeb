/** v2: safety copies of all days and settings, taken before a restore, keyed by when. Never edit once released. */
import type { IDBPDatabase } from 'idb'
import type { HeupwijsDB } from '../schema'

export function migrate002AddSnapshots(db: IDBPDatabase<HeupwijsDB>): void {
  db.createObjectStore('snapshots', { keyPath: 'takenAt' })
}
