/**
 * The diary: day records read and written through storage, validated by the domain first. A save
 * resolves only after its transaction committed; invalid input is refused before anything is written.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DayRecord } from '../domain/dayLog'
import { validateDay, type Problem } from '../domain/validation'
import { countDays, saveDay } from '../storage'
import { useDatabaseStore } from './database'

export class InvalidDayError extends Error {
  readonly problems: Problem[]

  constructor(problems: Problem[]) {
    super('invalid day record')
    this.name = 'InvalidDayError'
    this.problems = problems
  }
}

export const useDiaryStore = defineStore('diary', () => {
  const storage = useDatabaseStore()
  const loggedDays = ref<number | null>(null)

  async function refreshCount(): Promise<void> {
    loggedDays.value = await countDays(await storage.open())
  }

  /** Validates and stores the whole day; rejects with InvalidDayError or a StorageError. */
  async function save(day: DayRecord, now: Date): Promise<void> {
    const problems = validateDay(day, now)
    if (problems.length) throw new InvalidDayError(problems)
    await saveDay(await storage.open(), { ...day, updatedAt: now.toISOString() })
    await refreshCount()
    storage.noteSaved(now).catch(() => undefined) // asking for protection must never fail a save
  }

  return { loggedDays, refreshCount, save }
})
