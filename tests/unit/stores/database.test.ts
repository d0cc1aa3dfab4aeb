// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDatabaseStore } from '../../../src/stores/database'
import { NOW } from '../../fixtures/days'

function mockStorageManager(persisted: boolean | 'absent') {
  const manager =
    persisted === 'absent'
      ? undefined
      : {
          persist: vi.fn(async () => persisted),
          persisted: vi.fn(async () => persisted),
          estimate: vi.fn(async () => ({ usage: 12_345, quota: 1_000_000 })),
        }
  vi.stubGlobal('navigator', { ...navigator, storage: manager })
  return manager
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('the database store', () => {
  it.each([true, false])('asks for persistent storage once, after the first save (granted: %s)', async (granted) => {
    const manager = mockStorageManager(granted)
    const store = useDatabaseStore()
    await store.noteSaved(NOW)
    await store.noteSaved(NOW)
    expect(manager?.persist).toHaveBeenCalledTimes(1)
    expect(store.status).toEqual({ persisted: granted, usageBytes: 12_345, quotaBytes: 1_000_000 })
  })

  it('copes with a browser that cannot protect storage', async () => {
    mockStorageManager('absent')
    const store = useDatabaseStore()
    await store.noteSaved(NOW)
    expect(store.status).toEqual({ persisted: null, usageBytes: null, quotaBytes: null })
  })

  it('reports why storage failed and can try again', async () => {
    const saved = globalThis.indexedDB
    // @ts-expect-error no IndexedDB in this browser
    globalThis.indexedDB = undefined
    const store = useDatabaseStore()
    await expect(store.open()).rejects.toMatchObject({ kind: 'unavailable' })
    expect(store.state).toBe('failed')
    expect(store.problem).toBe('unavailable')
    globalThis.indexedDB = saved
    await store.open()
    expect(store.state).toBe('ready')
    expect(store.problem).toBeNull()
  })
})
