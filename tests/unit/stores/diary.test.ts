// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { InvalidDayError, useDiaryStore } from '../../../src/stores/diary'
import { useDatabaseStore } from '../../../src/stores/database'
import { listDays } from '../../../src/storage'
import { makeDay, makeFullDay, NOW } from '../../fixtures/days'

beforeEach(() => setActivePinia(createPinia()))

describe('the diary store', () => {
  it('stores a valid day and counts it only after the commit', async () => {
    const diary = useDiaryStore()
    await diary.save(makeFullDay('2026-11-24'), NOW)
    expect(diary.loggedDays).toBe(1)
    const stored = await listDays(await useDatabaseStore().open())
    expect(stored.map((d) => d.date)).toEqual(['2026-11-24'])
  })

  it('refuses invalid input and leaves what is stored unchanged', async () => {
    const diary = useDiaryStore()
    await diary.save(makeDay('2026-11-23', { worstPain: 5 }), NOW)
    const db = await useDatabaseStore().open()
    const before = await listDays(db)
    const attempt = diary.save(makeDay('2026-11-23', { worstPain: 14 }), NOW)
    await expect(attempt).rejects.toBeInstanceOf(InvalidDayError)
    await expect(attempt).rejects.toMatchObject({ problems: [{ field: 'worstPain', code: 'pain' }] })
    expect(await listDays(db)).toEqual(before)
  })

  it('rejects when the write fails, so nothing is confirmed', async () => {
    const diary = useDiaryStore()
    const db = await useDatabaseStore().open()
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await expect(diary.save(makeDay('2026-11-24'), NOW)).rejects.toMatchObject({ kind: 'quota' })
    expect(diary.loggedDays).toBeNull()
  })
})

describe('saving what a screen hands over', () => {
  it('stores a day built from reactive form state (Vue proxies cannot be cloned by IndexedDB)', async () => {
    const { reactive } = await import('vue')
    const diary = useDiaryStore()
    const form = reactive({ minutes: 30, painDuring: 2 })
    await diary.change('2026-11-24', (day) => ({ ...day, activities: [reactive({ id: 'a', type: 'walking' as const, ...form })] }), NOW)
    expect((await diary.readDay('2026-11-24'))?.activities).toEqual([{ id: 'a', type: 'walking', minutes: 30, painDuring: 2 }])
  })
})

describe('reading the figures', () => {
  it('asks storage at once when the database is open, so the answer is on its way while a screen is drawn', async () => {
    const diary = useDiaryStore()
    await diary.save(makeFullDay('2026-11-24'), NOW)
    const db = await useDatabaseStore().open()
    const transaction = vi.spyOn(db, 'transaction')
    const reading = diary.listFigures('2026-11-01')
    expect(transaction).toHaveBeenCalledTimes(1) // before any microtask ran
    expect((await reading).map((day) => day.date)).toEqual(['2026-11-24'])
  })

  it('shares a read under way, but never across a change to the diary', async () => {
    const diary = useDiaryStore()
    await diary.save(makeFullDay('2026-11-24'), NOW)
    const db = await useDatabaseStore().open()
    const transaction = vi.spyOn(db, 'transaction')
    const reads = () => transaction.mock.calls.filter(([stores, mode]) => String(stores) === 'monthFigures' && mode === undefined).length
    const [first, again] = [diary.listFigures('2026-11-01'), diary.listFigures('2026-11-01')]
    expect(reads()).toBe(1)
    expect(await again).toEqual(await first)
    void diary.listFigures('2026-10-01') // another range is another read
    expect(reads()).toBe(2)
    await diary.save(makeFullDay('2026-11-23'), NOW)
    const afterSave = diary.listFigures('2026-11-01')
    expect(reads()).toBe(3)
    expect((await afterSave).map((day) => day.date)).toEqual(['2026-11-23', '2026-11-24'])
  })

  it('opens the database first when it is not open yet', async () => {
    const diary = useDiaryStore()
    await diary.save(makeFullDay('2026-11-24'), NOW)
    setActivePinia(createPinia()) // a fresh start: no connection yet
    expect((await useDiaryStore().listFigures()).map((day) => day.date)).toEqual(['2026-11-24'])
  })
})
