/**
 * The notices the shell shows above every screen: example data in the diary, and a backup that is
 * due. Both depend on a database read, so they can never be there at the first paint anyway; their
 * stores load just after it, which keeps their code (and the backup rules) off the first screen.
 */
import { computed, shallowRef } from 'vue'
import type { useBackupReminderStore } from '../stores/backupReminder'
import type { useExampleDataStore } from '../stores/exampleData'

interface NoticeStores {
  exampleData: ReturnType<typeof useExampleDataStore>
  backupReminder: ReturnType<typeof useBackupReminderStore>
}

export function useShellNotices() {
  const stores = shallowRef<NoticeStores | null>(null)
  void Promise.all([import('../stores/exampleData'), import('../stores/backupReminder')]).then(([example, reminder]) => {
    stores.value = { exampleData: example.useExampleDataStore(), backupReminder: reminder.useBackupReminderStore() }
  })

  return {
    exampleDataPresent: computed(() => stores.value?.exampleData.present ?? false),
    backupDue: computed(() => stores.value?.backupReminder.due ?? false),
    neverBackedUp: computed(() => !stores.value?.backupReminder.lastBackup),
    /** "Not now" on the backup prompt. */
    snoozeBackup: (now: Date): void => void stores.value?.backupReminder.snooze(now),
  }
}
