import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { openHeupwijsDB } from '../../../src/storage/db'
import { StorageError } from '../../../src/storage/errors'
import { DB_VERSION, MIGRATIONS, type MigrationStep } from '../../../src/storage/migrations'
import { DB_NAME } from '../../../src/storage/schema'
import { makeFullDay } from '../../fixtures/days'

async function snapshot(name = DB_NAME) {
  const db = await openDB(name)
  const stores = [...db.objectStoreNames]
  const data = Object.fromEntries(await Promise.all(stores.map(async (store) => [store, await db.getAll(store)])))
  const version = db.version
  db.close()
  return { version, stores, data }
}

/** Opens the database at an older version and fills it the way that version stored data. */
async function seedAtVersion(version: number) {
  const db = await openHeupwijsDB({ steps: MIGRATIONS.slice(0, version) })
  const tx = db.transaction(['days', 'settings'], 'readwrite')
  for (let day = 1; day <= 28; day++) await tx.objectStore('days').put(makeFullDay(`2026-02-${String(day).padStart(2, '0')}`))
  await tx.objectStore('settings').put({ key: 'plan', value: { cyclingDays: 5 } })
  await tx.done
  db.close()
}

describe('opening the database', () => {
  it('creates every store on a first open', async () => {
    const db = await openHeupwijsDB()
    expect(db.version).toBe(DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'drafts', 'monthFigures', 'settings', 'snapshots'])
    db.close()
  })

  it.each(Array.from({ length: DB_VERSION }, (_, i) => i + 1))(
    'upgrades from a version %i fixture to the latest version and keeps every record',
    async (version) => {
      await seedAtVersion(version)
      const before = await snapshot()
      const db = await openHeupwijsDB()
      db.close()
      const after = await snapshot()
      expect(after.version).toBe(DB_VERSION)
      for (const store of before.stores) expect(after.data[store]).toEqual(before.data[store])
    },
  )

  it('runs a new step on a version 1 database with data and keeps every record', async () => {
    await seedAtVersion(1)
    const before = await snapshot()
    const addIndex: MigrationStep = (_db, tx) => {
      tx.objectStore('days').createIndex('by-updated' as never, 'updatedAt')
    }
    const db = await openHeupwijsDB({ steps: [...MIGRATIONS, addIndex] })
    expect(db.version).toBe(MIGRATIONS.length + 1)
    expect([...db.transaction('days').store.indexNames]).toEqual(['by-updated'])
    db.close()
    const after = await snapshot()
    for (const store of before.stores) expect(after.data[store]).toEqual(before.data[store])
  })

  it('leaves the old version and its data untouched when a step fails', async () => {
    await seedAtVersion(1)
    const before = await snapshot()
    const failing: MigrationStep = (_db, tx) => {
      tx.objectStore('days').createIndex('by-updated' as never, 'updatedAt')
      throw new Error('step failed halfway')
    }
    await expect(openHeupwijsDB({ steps: [...MIGRATIONS, failing] })).rejects.toBeInstanceOf(StorageError)
    expect(await snapshot()).toEqual(before)
  })

  it('ends in a "blocked" error, not a hang, when another tab holds an older version open', async () => {
    const oldTab = await openDB(DB_NAME, 1, { upgrade: (db) => MIGRATIONS[0]?.(db as never, undefined as never) })
    const newer: MigrationStep = () => undefined
    const started = Date.now()
    await expect(openHeupwijsDB({ steps: [...MIGRATIONS, newer], timeoutMs: 3000 })).rejects.toMatchObject({ kind: 'blocked' })
    expect(Date.now() - started).toBeLessThan(3000)
    oldTab.close()
  })

  it('closes its own connection when a newer version asks for it, and says so', async () => {
    let asked = false
    const db = await openHeupwijsDB({ onVersionChange: () => (asked = true) })
    const newer = await openHeupwijsDB({ steps: [...MIGRATIONS, () => undefined] })
    expect(asked).toBe(true)
    expect(newer.version).toBe(DB_VERSION + 1)
    newer.close()
    db.close()
  })

  it('reports "unavailable" when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB
    // @ts-expect-error simulating a browser without IndexedDB
    globalThis.indexedDB = undefined
    try {
      await expect(openHeupwijsDB()).rejects.toMatchObject({ kind: 'unavailable' })
    } finally {
      globalThis.indexedDB = saved
    }
  })

  it('reports "unavailable" when opening throws a SecurityError', async () => {
    const saved = globalThis.indexedDB
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    } as unknown as IDBFactory
    try {
      await expect(openHeupwijsDB()).rejects.toMatchObject({ kind: 'unavailable' })
    } finally {
      globalThis.indexedDB = saved
    }
  })

  it('gives up with a "timeout" error when the open never settles', async () => {
    const saved = globalThis.indexedDB
    // A real request object that never fires success or error.
    globalThis.indexedDB = { open: () => new IDBOpenDBRequest() } as unknown as IDBFactory
    try {
      await expect(openHeupwijsDB({ timeoutMs: 50 })).rejects.toMatchObject({ kind: 'timeout' })
    } finally {
      globalThis.indexedDB = saved
    }
  })
})
