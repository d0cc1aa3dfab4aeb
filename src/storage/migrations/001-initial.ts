/** v1: day records keyed by their local date, named settings, and form drafts. Never edit once released. */
import type { IDBPDatabase } from 'idb'
import type { HeupwijsDB } from '../schema'

export function migrate001Initial(db: IDBPDatabase<HeupwijsDB>): void {
  db.createObjectStore('days', { keyPath: 'date' })
  db.createObjectStore('settings', { keyPath: 'key' })
  db.createObjectStore('drafts', { keyPath: 'key' })
}
