import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openHeupwijsDB, type HeupwijsDatabase } from '../../../src/storage/db'
import { countDays, DAYS_PER_READ, deleteDay, getDay, listDays, saveDay, saveDays } from '../../../src/storage/repositories/days'
import { addDays } from '../../../src/domain/dates'
import { getSetting, putSetting } from '../../../src/storage/repositories/settings'
import { deleteDraft, getDraft, putDraft } from '../../../src/storage/repositories/drafts'
import { write } from '../../../src/storage/transactions'
import { toStorageError } from '../../../src/storage/errors'
import { makeDay, makeFullDay, NOW } from '../../fixtures/days'

let db: HeupwijsDatabase

beforeEach(async () => {
  db = await openHeupwijsDB()
})
afterEach(() => {
  vi.restoreAllMocks()
  db.close()
})

const allDays = () => db.getAll('days')

describe('day records', () => {
  it('creates, reads, updates and deletes a day', async () => {
    const day = makeFullDay('2026-11-20')
    await saveDay(db, day)
    expect(await getDay(db, '2026-11-20')).toEqual(day)

    const edited = { ...day, worstPain: 3 }
    await saveDay(db, edited)
    expect(await getDay(db, '2026-11-20')).toEqual(edited)
    expect(await countDays(db)).toBe(1)

    await deleteDay(db, '2026-11-20')
    expect(await getDay(db, '2026-11-20')).toBeUndefined()
  })

  it('lists a diary longer than one read page whole and in order, for every kind of range', async () => {
    const dates = Array.from({ length: 2 * DAYS_PER_READ + 7 }, (_, i) => addDays('2024-01-01', i))
    await saveDays(db, [...dates].reverse().map((date) => makeDay(date)))
    expect((await listDays(db)).map((d) => d.date)).toEqual(dates)
    expect((await listDays(db, dates[3])).map((d) => d.date)).toEqual(dates.slice(3))
    expect((await listDays(db, undefined, dates[DAYS_PER_READ + 1])).map((d) => d.date)).toEqual(dates.slice(0, DAYS_PER_READ + 2))
    expect((await listDays(db, dates[1], dates[2 * DAYS_PER_READ])).map((d) => d.date)).toEqual(dates.slice(1, 2 * DAYS_PER_READ + 1))
    const exactPages = await listDays(db, dates[7])
    expect(exactPages).toHaveLength(2 * DAYS_PER_READ)
  })

  it('lists an inclusive date range, oldest first', async () => {
    for (const date of ['2026-11-03', '2026-11-01', '2026-11-02', '2026-10-31']) await saveDay(db, makeDay(date))
    expect((await listDays(db, '2026-11-01', '2026-11-02')).map((d) => d.date)).toEqual(['2026-11-01', '2026-11-02'])
    expect((await listDays(db, '2026-11-02')).map((d) => d.date)).toEqual(['2026-11-02', '2026-11-03'])
    expect((await listDays(db)).length).toBe(4)
  })

  it('fills in the lists an older or partial record lacks', async () => {
    await db.put('days', { date: '2026-11-01', worstPain: 4, updatedAt: NOW.toISOString() } as never)
    expect(await getDay(db, '2026-11-01')).toMatchObject({ worstPain: 4, activities: [], notes: [] })
  })

  it('writes with strict durability', async () => {
    const spy = vi.spyOn(db, 'transaction')
    await saveDay(db, makeDay('2026-11-01'))
    await putSetting(db, 'x', 1)
    await putDraft(db, 'today', { painNow: 3 }, NOW)
    for (const call of spy.mock.calls) expect(call[2]).toEqual({ durability: 'strict' })
    expect(spy).toHaveBeenCalledTimes(3)
  })
})

describe('settings and drafts', () => {
  it('stores and reads a named setting', async () => {
    expect(await getSetting(db, 'plan')).toBeUndefined()
    await putSetting(db, 'plan', { days: 5 })
    expect(await getSetting(db, 'plan')).toEqual({ days: 5 })
  })

  it('keeps and removes a draft', async () => {
    await putDraft(db, 'morning', { painNow: 6 }, NOW)
    expect(await getDraft(db, 'morning')).toEqual({ painNow: 6 })
    await deleteDraft(db, 'morning')
    expect(await getDraft(db, 'morning')).toBeUndefined()
  })
})

describe('failed writes', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

  it.each([1, 2, 3, 5, 8])(
    'rejects a save that hits the quota on write %i and leaves the store exactly as it was',
    async (failOn) => {
      for (const date of ['2026-11-01', '2026-11-02']) await saveDay(db, makeFullDay(date))
      const before = await allDays()
      const realPut = IDBObjectStore.prototype.put
      let calls = 0
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (++calls === failOn) throw quotaError()
        return realPut.apply(this, args)
      })
      const days = Array.from({ length: 8 }, (_, i) => makeFullDay(`2026-11-${String(i + 3).padStart(2, '0')}`))
      const saving = write(db, ['days'], (w) => days.forEach((day) => w.put('days', day)))
      await expect(saving).rejects.toMatchObject({ kind: 'quota' })
      vi.restoreAllMocks()
      expect(await allDays()).toEqual(before)
    },
  )

  it('reads a transaction aborted for lack of space as a quota error', () => {
    // Browsers often report a full disk by aborting the transaction: the request only says AbortError.
    const abort = new DOMException('aborted', 'AbortError')
    expect(toStorageError(abort, quotaError()).kind).toBe('quota')
    expect(toStorageError(abort, null).kind).toBe('failed')
  })

  it('keeps nothing of a transaction in which one of several writes fails', async () => {
    const saving = write(db, ['days', 'settings'], (w) => {
      w.put('days', makeDay('2026-11-05'))
      w.put('settings', { key: 'plan', value: 1 })
      w.put('days', { date: undefined } as never) // no key: a DataError
    })
    await expect(saving).rejects.toMatchObject({ kind: 'failed' })
    expect(await allDays()).toEqual([])
    expect(await db.getAll('settings')).toEqual([])
  })
})
