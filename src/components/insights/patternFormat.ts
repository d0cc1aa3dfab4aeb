/**
 * What the pattern cards share: the patient's language for numbers, shares and weekdays, and what a
 * pattern still needs (weeks of logging, or for "before your bad periods" the bad periods counted).
 */
import { computed } from 'vue'
import { useI18n } from '../../i18n'
import { numberFormatter, weekdayName } from '../../domain/dateLabels'
import type { PatternResult, TooFewFlares } from '../../domain/patterns'

export function usePatternFormat() {
  const { t, locale } = useI18n()
  const percent = computed(() => numberFormatter(locale.value, { style: 'percent', maximumFractionDigits: 0 }))
  const number = computed(() => numberFormatter(locale.value, { maximumFractionDigits: 1 }))
  const signedNumber = computed(() => numberFormatter(locale.value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }))
  return {
    t,
    /** The card's "not enough data yet" sentence, or null when the pattern has its numbers. */
    notEnough: (result: PatternResult<object> | TooFewFlares): string | null => {
      if (result.status === 'ok') return null
      if (result.status === 'notEnoughData') return t('insights.patterns.notEnough', { count: result.weeksMissing }, result.weeksMissing)
      // Counts only: a time estimate would need a guess at how often bad periods come, a forecast.
      const text = [t('insights.patterns.beforeFlares.tooFew', { needed: result.needed, count: result.found }, result.found)]
      if (result.counted < result.found) {
        text.push(t('insights.patterns.beforeFlares.counted', { count: result.counted }, result.counted), t('insights.patterns.beforeFlares.countRule'))
      }
      return text.join(' ')
    },
    pct: (share: number): string => percent.value.format(share),
    num: (value: number): string => number.value.format(value),
    signed: (value: number): string => signedNumber.value.format(value),
    weekday: (index: number): string => weekdayName(locale.value, index),
  }
}
