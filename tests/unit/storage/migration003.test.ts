import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { figuresOf } from '../../../src/domain/dayFigures'
import { openHeupwijsDB } from '../../../src/storage/db'
import { MIGRATIONS } from '../../../src/storage/migrations'
import { COMPLETE_KEY } from '../../../src/storage/monthFigures'
import { listDayFigures } from '../../../src/storage/repositories/dayFigures'
import { DB_NAME } from '../../../src/storage/schema'
import { makeFullDay, NOW } from '../../fixtures/days'

/** A database as version 1 or 2 left it: a month of days, a setting and (from v2) a safety copy. */
async function seedVersion(version: 1 | 2) {
  const db = await openHeupwijsDB({ steps: MIGRATIONS.slice(0, version) })
  const days = Array.from({ length: 30 }, (_, i) => makeFullDay(`2026-09-${String(i + 1).padStart(2, '0')}`))
  const tx = db.transaction(['days', 'settings'], 'readwrite')
  for (const day of days) await tx.objectStore('days').put(day)
  await tx.objectStore('settings').put({ key: 'plan', value: { level: 'active' } })
  await tx.done
  if (version === 2) await db.put('snapshots', { takenAt: NOW.toISOString(), reason: 'beforeRestore', days: days.slice(0, 3), settings: [] })
  db.close()
  return days
}

async function contents() {
  const db = await openDB(DB_NAME)
  const data = Object.fromEntries(await Promise.all([...db.objectStoreNames].map(async (store) => [store, await db.getAll(store)])))
  db.close()
  return data
}

describe('migration 003: the month figures store', () => {
  it.each([1, 2] as const)('adds an empty monthFigures store to a version %i database, keeps every record, and builds the figures when read', async (version) => {
    const days = await seedVersion(version)
    const before = await contents()
    const db = await openHeupwijsDB({ steps: MIGRATIONS.slice(0, 3) })
    expect(db.version).toBe(3)
    expect(db.transaction('monthFigures').store.keyPath).toBe('month')
    expect(await db.count('monthFigures')).toBe(0)
    expect(await listDayFigures(db)).toEqual(days.map(figuresOf))
    expect(await db.getAllKeys('monthFigures')).toEqual(['2026-09', COMPLETE_KEY]) // the whole diary was read
    db.close()
    const after = await contents()
    for (const store of Object.keys(before)) expect(after[store]).toEqual(before[store])
  })
})
