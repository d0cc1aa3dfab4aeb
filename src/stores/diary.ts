/**
 * The diary: day records read and written through storage, validated by the domain first. A change
 * resolves only after its transaction committed; invalid input is refused before anything is written.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LocalDate } from '../domain/dates'
import { emptyDay, isEmptyDay, type DayRecord } from '../domain/dayLog'
import { validateDay, type Problem } from '../domain/validation'
import type { DayFigures } from '../domain/dayFigures'
import { countDays, deleteDay, getDay, listDayFigures, listDays, saveDay } from '../storage'
import { useDatabaseStore } from './database'
import { plainCopy } from './plainCopy'

export class InvalidDayError extends Error {
  readonly problems: Problem[]

  constructor(problems: Problem[]) {
    super('invalid day record')
    this.name = 'InvalidDayError'
    this.problems = problems
  }
}

export const useDiaryStore = defineStore('diary', () => {
  const database = useDatabaseStore()
  const loggedDays = ref<number | null>(null)
  /** Goes up after every committed change, so screens know to read again. */
  const revision = ref(0)

  async function refreshCount(): Promise<void> {
    loggedDays.value = await countDays(await database.open())
  }

  /** Days from `from` to `to` inclusive (open ends allowed), oldest first. */
  async function listRange(from?: LocalDate, to?: LocalDate): Promise<DayRecord[]> {
    return listDays(await database.open(), from, to)
  }

  /** Reads of figures under way, by revision and range: asking again meanwhile shares the same read. */
  const figureReads = new Map<string, Promise<DayFigures[]>>()

  /**
   * The figures of the days from `from` to `to` (domain/dayFigures.ts): far cheaper to read than the
   * days. With the database open, the read is asked for at once, not a microtask later, so a read
   * started before a screen is set up (see InsightsView's `prefetch`) is on its way while it is drawn.
   * A read under way is shared only within one revision: after a change, the next read is a new one.
   */
  function listFigures(from?: LocalDate, to?: LocalDate): Promise<DayFigures[]> {
    const key = `${revision.value} ${from ?? ''} ${to ?? ''}`
    const underWay = figureReads.get(key)
    if (underWay) return underWay
    const open = database.db
    const reading = (open ? listDayFigures(open, from, to) : database.open().then((db) => listDayFigures(db, from, to))).finally(() =>
      figureReads.delete(key),
    )
    figureReads.set(key, reading)
    return reading
  }

  async function readDay(date: LocalDate): Promise<DayRecord | undefined> {
    return getDay(await database.open(), date)
  }

  /** Validates and stores the whole day; rejects with InvalidDayError or a StorageError. */
  async function save(edited: DayRecord, now: Date): Promise<void> {
    const day = plainCopy(edited)
    const problems = validateDay(day, now)
    if (problems.length) throw new InvalidDayError(problems)
    await saveDay(await database.open(), { ...day, updatedAt: now.toISOString() })
    await afterChange(now)
  }

  /**
   * Applies an edit to the stored day (reading it fresh, so other entries stay as they are) and saves it.
   * A day that ends up empty is removed. Real input on a day of example data replaces the example.
   */
  async function change(date: LocalDate, edit: (day: DayRecord) => DayRecord, now: Date): Promise<DayRecord> {
    const stored = await readDay(date)
    const base = !stored || stored.example ? emptyDay(date, now) : stored
    const next = { ...edit(base), date }
    delete next.example
    if (isEmptyDay(next)) {
      const problems = validateDay(next, now) // still refuse a future date
      if (problems.length) throw new InvalidDayError(problems)
      if (stored) await remove(date, now)
      return next
    }
    await save(next, now)
    return { ...next, updatedAt: now.toISOString() }
  }

  async function remove(date: LocalDate, now: Date): Promise<void> {
    await deleteDay(await database.open(), date)
    await afterChange(now)
  }

  async function afterChange(now: Date): Promise<void> {
    revision.value++
    await refreshCount()
    database.noteSaved(now).catch(() => undefined) // asking for protection must never fail a save
  }

  return { loggedDays, revision, refreshCount, listRange, listFigures, readDay, save, change, remove }
})
