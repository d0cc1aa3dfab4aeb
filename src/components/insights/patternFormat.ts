/**
 * What the pattern cards share: the patient's language for numbers, shares and weekdays, and how many
 * weeks a pattern still needs.
 */
import { computed } from 'vue'
import { useI18n } from '../../i18n'
import { numberFormatter, weekdayName } from '../../domain/dateLabels'
import type { PatternResult } from '../../domain/patterns'

export function usePatternFormat() {
  const { t, locale } = useI18n()
  const percent = computed(() => numberFormatter(locale.value, { style: 'percent', maximumFractionDigits: 0 }))
  const number = computed(() => numberFormatter(locale.value, { maximumFractionDigits: 1 }))
  const signedNumber = computed(() => numberFormatter(locale.value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }))
  return {
    t,
    missing: (result: PatternResult<object>): number | null => (result.status === 'ok' ? null : result.weeksMissing),
    pct: (share: number): string => percent.value.format(share),
    num: (value: number): string => number.value.format(value),
    signed: (value: number): string => signedNumber.value.format(value),
    weekday: (index: number): string => weekdayName(locale.value, index),
  }
}
