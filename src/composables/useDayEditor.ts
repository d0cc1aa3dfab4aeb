/**
 * Saving a change to a day from a form: busy while it runs, "Saved" only after the commit, messages
 * next to the fields for invalid input, and a plain failure message that keeps what was typed.
 */
import { ref } from 'vue'
import { useI18n } from '../i18n'
import type { LocalDate } from '../domain/dates'
import type { DayRecord } from '../domain/dayLog'
import type { Problem } from '../domain/validation'
import { InvalidDayError, useDiaryStore } from '../stores/diary'

export function useDayEditor() {
  const { t } = useI18n()
  const diary = useDiaryStore()
  const busy = ref(false)
  const status = ref('')
  const failure = ref('')
  const problems = ref<Problem[]>([])

  function reset(): void {
    status.value = ''
    failure.value = ''
    problems.value = []
  }

  /** Resolves true once the change committed; false (with messages set) when it did not. */
  async function commit(date: LocalDate, edit: (day: DayRecord) => DayRecord, savedMessage = t('log.saved')): Promise<boolean> {
    reset()
    busy.value = true
    status.value = t('log.saving')
    try {
      await diary.change(date, edit, new Date())
      status.value = savedMessage
      return true
    } catch (error) {
      status.value = ''
      if (error instanceof InvalidDayError) {
        problems.value = error.problems
        failure.value = t('log.fixErrors')
      } else {
        const kind = (error as { kind?: string }).kind ?? 'failed'
        failure.value = t('log.saveFailed', { reason: t(`storage.${kind}`) })
      }
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, status, failure, problems, commit, reset }
}
