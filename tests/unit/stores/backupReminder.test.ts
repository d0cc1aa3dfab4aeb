// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { putSetting } from '../../../src/storage'
import { useBackupReminderStore } from '../../../src/stores/backupReminder'
import { useDatabaseStore } from '../../../src/stores/database'
import { useDiaryStore } from '../../../src/stores/diary'
import { makeDay } from '../../fixtures/days'

const day = (n: number, hour = 10) => new Date(2026, 10, n, hour) // November 2026, local time

beforeEach(() => setActivePinia(createPinia()))

async function logDays(count: number, savedAt: Date): Promise<void> {
  const diary = useDiaryStore()
  for (let i = 0; i < count; i++) await diary.save(makeDay(`2026-10-${String(i + 1).padStart(2, '0')}`, { worstPain: 3 }), savedAt)
}

describe('the backup reminder store', () => {
  it('prompts on the 14th day after the last backup when something changed since, not on the 13th', async () => {
    const reminder = useBackupReminderStore()
    await logDays(3, day(1))
    await reminder.recordBackup({ at: day(2).toISOString(), days: 3 })
    await useDiaryStore().save(makeDay('2026-11-03', { worstPain: 5 }), day(3))

    await reminder.check(day(15))
    expect(reminder.changedDays).toBe(1)
    expect(reminder.due).toBe(false)
    await reminder.check(day(16))
    expect(reminder.due).toBe(true)
  })

  it('prompts straight away after 30 changed days without any backup', async () => {
    const reminder = useBackupReminderStore()
    await putSetting(await useDatabaseStore().open(), 'setup', { state: 'done', at: day(1).toISOString() })
    await logDays(29, day(2))
    await reminder.check(day(3))
    expect(reminder.due).toBe(false)
    await logDays(30, day(2))
    await reminder.check(day(3))
    expect(reminder.due).toBe(true)
  })

  it('keeps away for a week after "not now", remembered across restarts', async () => {
    const reminder = useBackupReminderStore()
    await logDays(30, day(1))
    await reminder.check(day(2))
    expect(reminder.due).toBe(true)
    await reminder.snooze(day(2, 9))
    expect(reminder.due).toBe(false)

    setActivePinia(createPinia())
    const restarted = useBackupReminderStore()
    await restarted.check(day(8, 23))
    expect(restarted.due).toBe(false)
    await restarted.check(day(9, 0))
    expect(restarted.due).toBe(true)
  })

  it('stops prompting once a backup was made', async () => {
    const reminder = useBackupReminderStore()
    await logDays(30, day(1))
    await reminder.check(day(2))
    await reminder.recordBackup({ at: day(2, 12).toISOString(), days: 30 })
    expect(reminder.due).toBe(false)
    await reminder.check(day(3))
    expect(reminder.due).toBe(false)
  })
})
