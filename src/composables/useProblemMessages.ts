/** Turns the domain's validation problems into messages next to the fields, in the patient's language. */
import { useI18n } from '../i18n'

type Limits = Readonly<Record<string, { min?: number; max?: number }>>

/** `limits` are the ranges the messages name (LIMITS for a day, PLAN_LIMITS for the plan). */
export function useProblemMessages(limits: Limits) {
  const { t } = useI18n()

  /** Messages keyed by field path without `prefix` ('morning.painNow' with 'morning.' → 'painNow'). */
  return function messagesFor(problems: readonly { field: string; code: string }[], prefix = ''): Record<string, string> {
    const messages: Record<string, string> = {}
    for (const { field, code } of problems) {
      if (!field.startsWith(prefix)) continue
      const range = limits[code] ?? {}
      messages[field.slice(prefix.length)] ??= t(`validation.${code}`, { min: range.min ?? '', max: range.max ?? '' })
    }
    return messages
  }
}
