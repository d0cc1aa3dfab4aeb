/**
 * v3: the per-month figures that Insights reads (see ../monthFigures.ts), keyed by 'YYYY-MM'. Created
 * empty: each month is built from its days the first time it is read. Never edit once released.
 */
import type { IDBPDatabase } from 'idb'
import type { HeupwijsDB } from '../schema'

export function migrate003AddMonthFigures(db: IDBPDatabase<HeupwijsDB>): void {
  db.createObjectStore('monthFigures', { keyPath: 'month' })
}
