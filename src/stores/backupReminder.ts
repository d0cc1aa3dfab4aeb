/**
 * The gentle backup prompt and what it is based on: the last checked backup (setting `lastBackup`),
 * the days changed since, and a "not now" that lasts a week (setting `backupReminderSnoozedUntil`).
 * Checked once the first screen is up, not on every save: the count only matters across days.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { backupReminderDue, countChangedDays, firstOwnChange, readLastBackup, snoozeUntil, type LastBackup } from '../domain/backupReminder'
import { isLocalDate } from '../domain/dates'
import { getSetting, listDayFigures, putSetting } from '../storage'
import { useDatabaseStore } from './database'

export const LAST_BACKUP = 'lastBackup'
export const REMINDER_SNOOZED_UNTIL = 'backupReminderSnoozedUntil'

/** How long after start-up the first check waits, so it never competes with the first screen. */
const FIRST_CHECK_DELAY_MS = 1500

export const useBackupReminderStore = defineStore('backupReminder', () => {
  const database = useDatabaseStore()
  /** null until read, and when no backup was made yet. */
  const lastBackup = ref<LastBackup | null>(null)
  /** Days changed since the last backup; null until counted. */
  const changedDays = ref<number | null>(null)
  const due = ref(false)

  async function check(now: Date): Promise<void> {
    const db = await database.open()
    const [storedLast, snoozed, setup] = await Promise.all([
      getSetting<unknown>(db, LAST_BACKUP),
      getSetting<unknown>(db, REMINDER_SNOOZED_UNTIL),
      getSetting<{ at?: unknown }>(db, 'setup'),
    ])
    const last = readLastBackup(storedLast)
    // The figures of the whole diary are small to read, so an old day edited since the backup counts
    // too. Reading them also builds the months not yet built, before Insights needs them.
    const days = await listDayFigures(db)
    const changed = countChangedDays(days, last?.at ?? null)
    lastBackup.value = last
    changedDays.value = changed
    due.value = backupReminderDue({
      now,
      lastBackup: last,
      startedAt: typeof setup?.at === 'string' ? setup.at : firstOwnChange(days),
      changedDays: changed,
      snoozedUntil: isLocalDate(snoozed) ? snoozed : null,
    })
  }

  /** "Not now": the prompt stays away for a week. Never rejects: if storing fails, it simply comes back. */
  async function snooze(now: Date): Promise<void> {
    due.value = false
    await putSetting(await database.open(), REMINDER_SNOOZED_UNTIL, snoozeUntil(now)).catch(() => undefined)
  }

  /** After a backup was written and checked: the count starts again. */
  async function recordBackup(backup: LastBackup): Promise<void> {
    await putSetting(await database.open(), LAST_BACKUP, backup)
    lastBackup.value = backup
    changedDays.value = 0
    due.value = false
  }

  // The first check runs once storage is open and the first screen had its moment.
  let scheduled = false
  watch(
    () => database.state,
    (state) => {
      if (state !== 'ready' || scheduled) return
      scheduled = true
      setTimeout(() => void check(new Date()).catch(() => undefined), FIRST_CHECK_DELAY_MS)
    },
    { immediate: true },
  )

  return { lastBackup, changedDays, due, check, snooze, recordBackup }
})
