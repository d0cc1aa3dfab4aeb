import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { openHeupwijsDB } from '../../../src/storage/db'
import { MIGRATIONS } from '../../../src/storage/migrations'
import { DB_NAME } from '../../../src/storage/schema'
import { makeFullDay, NOW } from '../../fixtures/days'

/** A version 1 database as the first release left it: days, settings and a draft. */
async function seedVersion1() {
  const db = await openHeupwijsDB({ steps: MIGRATIONS.slice(0, 1) })
  const tx = db.transaction(['days', 'settings', 'drafts'], 'readwrite')
  for (let day = 1; day <= 30; day++) await tx.objectStore('days').put(makeFullDay(`2026-09-${String(day).padStart(2, '0')}`))
  await tx.objectStore('settings').put({ key: 'plan', value: { level: 'active' } })
  await tx.objectStore('drafts').put({ key: 'today', value: { painNow: 3 }, savedAt: NOW.toISOString() })
  await tx.done
  db.close()
}

async function contents() {
  const db = await openDB(DB_NAME)
  const data = { days: await db.getAll('days'), settings: await db.getAll('settings'), drafts: await db.getAll('drafts') }
  db.close()
  return data
}

describe('migration 002: the snapshots store', () => {
  it('adds an empty snapshots store keyed by takenAt to a version 1 database and keeps every record', async () => {
    await seedVersion1()
    const before = await contents()
    const db = await openHeupwijsDB({ steps: MIGRATIONS.slice(0, 2) })
    expect(db.version).toBe(2)
    const store = db.transaction('snapshots').store
    expect(store.keyPath).toBe('takenAt')
    expect(await store.count()).toBe(0)
    db.close()
    expect(await contents()).toEqual(before)
    expect(before.days).toHaveLength(30)
  })

  it('stores safety copies in key order, oldest first', async () => {
    const db = await openHeupwijsDB()
    for (const takenAt of ['2026-11-24T10:00:00.000Z', '2026-11-22T10:00:00.000Z', '2026-11-23T10:00:00.000Z']) {
      await db.put('snapshots', { takenAt, reason: 'beforeRestore', days: [], settings: [] })
    }
    expect(await db.getAllKeys('snapshots')).toEqual(['2026-11-22T10:00:00.000Z', '2026-11-23T10:00:00.000Z', '2026-11-24T10:00:00.000Z'])
    db.close()
  })
})
