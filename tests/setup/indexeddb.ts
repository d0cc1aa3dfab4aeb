// Every test file starts with an empty in-memory IndexedDB (fake-indexeddb), reset before each test.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach } from 'vitest'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
