/**
 * Numbers and dates of the report in the patient's language: one decimal at most, "–" for "not
 * logged", dates written out. Made once per language, not per table cell.
 */
import { computed } from 'vue'
import { useI18n } from '../../i18n'
import { dateLabeller, dateRangeLabeller } from '../../domain/dateLabels'

export function useReportFormat() {
  const { t, locale } = useI18n()
  return computed(() => {
    const numbers = new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 })
    const signed = new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })
    const dash = t('report.notLogged')
    return {
      number: (value: number | null | undefined): string => (value === null || value === undefined ? dash : numbers.format(value)),
      change: (value: number): string => signed.format(value),
      date: dateLabeller(locale.value, { day: 'numeric', month: 'long', year: 'numeric' }),
      shortDate: dateLabeller(locale.value, { day: 'numeric', month: 'short' }),
      range: dateRangeLabeller(locale.value, { day: 'numeric', month: 'long', year: 'numeric' }),
      ofLogged: (count: number, logged: number): string => (logged === 0 ? dash : t('report.ofLogged', { count, logged })),
    }
  })
}
