/**
 * Example data: 90 made-up days to explore the app with. Every example day is marked `example: true`,
 * lands only on dates without real logs, and all of them are written (or removed) in one transaction.
 *
 * A setting remembers that example data was loaded, so the app knows at start-up whether to show the
 * banner without reading every day. It is written before the days and cleared after them: whatever
 * fails half-way, example days are never present without the banner that offers to remove them.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { toLocalDate } from '../domain/dates'
import type { DayRecord } from '../domain/dayLog'
import { deleteDays, getSetting, listDayFigures, putSetting, saveDays, type HeupwijsDatabase } from '../storage'
import { useDatabaseStore } from './database'
import { useDiaryStore } from './diary'
import { usePlanStore } from './plan'

export const EXAMPLE_SPAN_DAYS = 90
/** Same seed, same example: what a patient sees matches what the help text and the tests describe. */
export const EXAMPLE_SEED = 20_240_611
const MARKER = 'exampleData'

interface ExampleMarker {
  loadedAt: string
}

export const useExampleDataStore = defineStore('exampleData', () => {
  const database = useDatabaseStore()
  const diary = useDiaryStore()
  const planStore = usePlanStore()
  /** Example days in storage; null until known. */
  const exampleDays = ref<number | null>(null)
  const present = computed(() => (exampleDays.value ?? 0) > 0)

  // Which days are examples is in the month figures, far cheaper to read than every day record.
  async function exampleDates(db: HeupwijsDatabase): Promise<string[]> {
    return (await listDayFigures(db)).filter((day) => day.example).map((day) => day.date)
  }

  /** Reads whether example data is stored; only walks the days when the marker says it was loaded. */
  async function refresh(): Promise<void> {
    const db = await database.open()
    const marker = await getSetting<ExampleMarker | null>(db, MARKER)
    exampleDays.value = marker ? (await exampleDates(db)).length : 0
  }

  /** Days holding the patient's own logs: when there are any, the patient is asked before loading. */
  async function countRealDays(): Promise<number> {
    return (await listDayFigures(await database.open())).filter((day) => !day.example).length
  }

  /** Loads the example on every date of the last 90 days without real logs; resolves after the commit. */
  async function load(now: Date, seed = EXAMPLE_SEED): Promise<number> {
    // The generator is loaded only when asked for: the shell shows the banner without it.
    const { makeExampleDays } = await import('../domain/exampleData')
    const db = await database.open()
    const realDates = new Set((await listDayFigures(db)).filter((day) => !day.example).map((day) => day.date))
    const days: DayRecord[] = makeExampleDays({ end: toLocalDate(now), days: EXAMPLE_SPAN_DAYS, seed })
      .filter((day) => !realDates.has(day.date))
      .map((day) => ({ ...day, example: true, updatedAt: now.toISOString() }))
    await putSetting(db, MARKER, { loadedAt: now.toISOString() } satisfies ExampleMarker)
    await saveDays(db, days)
    exampleDays.value = (await exampleDates(db)).length
    await afterChange()
    // Exploring needs a plan to show; a patient who has not set one up gets the gentle default.
    await planStore.load()
    if (planStore.setup === 'pending') await planStore.skip(now)
    return days.length
  }

  /** Removes every example day (and only those) in one transaction; resolves after the commit. */
  async function remove(): Promise<number> {
    const db = await database.open()
    const dates = await exampleDates(db)
    await deleteDays(db, dates)
    await putSetting(db, MARKER, null)
    exampleDays.value = 0
    await afterChange()
    return dates.length
  }

  /** Screens that show days read them again; the count of logged days follows. */
  async function afterChange(): Promise<void> {
    diary.revision++
    await diary.refreshCount().catch(() => undefined)
  }

  // Known as soon as storage is open (and again after it reopened), without opening it here.
  watch(
    () => database.state,
    (state) => {
      if (state === 'ready') refresh().catch(() => undefined)
    },
    { immediate: true },
  )

  return { exampleDays, present, refresh, countRealDays, load, remove }
})
