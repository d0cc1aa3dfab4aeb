// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addDays } from '../../../src/domain/dates'
import { defaultPlan } from '../../../src/domain/plan'
import { listDays } from '../../../src/storage'
import { useDatabaseStore } from '../../../src/stores/database'
import { useDiaryStore } from '../../../src/stores/diary'
import { EXAMPLE_SPAN_DAYS, useExampleDataStore } from '../../../src/stores/exampleData'
import { usePlanStore } from '../../../src/stores/plan'
import { makeDay, makeFullDay, NOW } from '../../fixtures/days'

const TODAY = '2026-11-24'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.restoreAllMocks())

async function storedDays() {
  return listDays(await useDatabaseStore().open())
}

/**
 * A read-write transaction over the days with strict durability: every write of days. (Building month
 * figures also locks the days, to read them, but with relaxed durability: it writes only figures.)
 */
const writesDays = (stores: unknown, mode: unknown, options: unknown): boolean =>
  mode === 'readwrite' && ([stores].flat() as unknown[]).includes('days') && (options as { durability?: string } | undefined)?.durability === 'strict'

/** Counts the transactions that write days while `action` runs. */
async function dayWritesDuring(action: () => Promise<unknown>): Promise<number> {
  const db = await useDatabaseStore().open()
  const transaction = vi.spyOn(db, 'transaction')
  await action()
  const writes = transaction.mock.calls.filter(([stores, mode, options]) => writesDays(stores, mode, options))
  transaction.mockRestore()
  return writes.length
}

describe('the example data store', () => {
  it('loads 90 days of marked example data into an empty diary and reports it present', async () => {
    const example = useExampleDataStore()
    const loaded = await example.load(NOW)
    const days = await storedDays()
    expect(days.length).toBe(loaded)
    expect(loaded).toBeGreaterThan(EXAMPLE_SPAN_DAYS * 0.9)
    expect(days.every((day) => day.example === true)).toBe(true)
    expect(days[0]!.date >= addDays(TODAY, -(EXAMPLE_SPAN_DAYS - 1))).toBe(true)
    expect(days.at(-1)!.date <= TODAY).toBe(true)
    expect(example.present).toBe(true)
    expect(example.exampleDays).toBe(loaded)
    expect(useDiaryStore().loggedDays).toBe(loaded)
  })

  it('writes all example days in one transaction', async () => {
    const example = useExampleDataStore()
    expect(await dayWritesDuring(() => example.load(NOW))).toBe(1)
  })

  it('never overwrites a day the patient logged', async () => {
    const diary = useDiaryStore()
    const real = [makeFullDay(addDays(TODAY, -3)), makeDay(addDays(TODAY, -40), { worstPain: 2 }), makeDay(TODAY, { weightKg: 80 })]
    for (const day of real) await diary.save(day, NOW)
    const before = await storedDays()

    await useExampleDataStore().load(NOW)
    const after = await storedDays()
    for (const day of before) expect(after.find((stored) => stored.date === day.date)).toEqual(day)
    expect(after.filter((day) => !day.example)).toEqual(before)
    expect(after.filter((day) => day.example).length).toBeGreaterThan(80)
  })

  it('counts the real days, so the screen can ask before loading', async () => {
    const example = useExampleDataStore()
    expect(await example.countRealDays()).toBe(0)
    await useDiaryStore().save(makeDay(addDays(TODAY, -1), { worstPain: 4 }), NOW)
    await example.load(NOW)
    expect(await example.countRealDays()).toBe(1)
  })

  it('removes exactly the example days, in one transaction, and leaves real days as they were', async () => {
    const diary = useDiaryStore()
    await diary.save(makeFullDay(addDays(TODAY, -5)), NOW)
    await diary.save(makeDay(addDays(TODAY, -200), { worstPain: 6 }), NOW)
    const real = await storedDays()
    const example = useExampleDataStore()
    await example.load(NOW)

    let removed = 0
    expect(await dayWritesDuring(async () => (removed = await example.remove()))).toBe(1)
    expect(removed).toBeGreaterThan(80)
    expect(await storedDays()).toEqual(real)
    expect(example.present).toBe(false)
    expect(diary.loggedDays).toBe(2)
  })

  it('finds example data again after a restart, and nothing once it was removed', async () => {
    await useExampleDataStore().load(NOW)
    setActivePinia(createPinia())
    const afterRestart = useExampleDataStore()
    await afterRestart.refresh()
    expect(afterRestart.present).toBe(true)

    await afterRestart.remove()
    setActivePinia(createPinia())
    const afterRemoval = useExampleDataStore()
    await afterRemoval.refresh()
    expect(afterRemoval.present).toBe(false)
  })

  it('starts the default plan when no plan was set up yet', async () => {
    await useExampleDataStore().load(NOW)
    const plan = usePlanStore()
    expect(plan.setup).toBe('skipped')
    expect(plan.plan).toEqual(defaultPlan(TODAY, 'untrained'))
  })

  it('keeps a plan the patient set up', async () => {
    const plan = usePlanStore()
    await plan.load()
    const own = { ...defaultPlan(TODAY, 'active') }
    await plan.save(own, {}, NOW)
    const skip = vi.spyOn(plan, 'skip')
    await useExampleDataStore().load(NOW)
    expect(skip).not.toHaveBeenCalled()
    expect(plan.setup).toBe('done')
    expect(plan.plan).toEqual(own)
  })

  it('stores nothing and claims nothing when the write fails', async () => {
    const example = useExampleDataStore()
    const db = await useDatabaseStore().open()
    const original = db.transaction.bind(db)
    const failingDayWrites = (stores: never, mode: never, options: never) => {
      if (writesDays(stores, mode, options)) throw new DOMException('full', 'QuotaExceededError')
      return original(stores, mode, options)
    }
    vi.spyOn(db, 'transaction').mockImplementation(failingDayWrites as unknown as typeof db.transaction)
    await expect(example.load(NOW)).rejects.toMatchObject({ kind: 'quota' })
    vi.restoreAllMocks()
    expect(await storedDays()).toEqual([])
    await example.refresh()
    expect(example.present).toBe(false)
  })
})
