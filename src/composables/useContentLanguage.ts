/** The language the content is shown in: the interface language, as a content language. */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from '../i18n'
import type { ContentLanguage } from '../content/types'

// Deliberately not imported from src/i18n: a lazy chunk importing the shell's i18n module makes the
// bundler split it out of the first route's chunk, which costs the first route bytes.
const isContentLanguage = (value: string): value is ContentLanguage => value === 'nl' || value === 'en'

export function useContentLanguage(): ComputedRef<ContentLanguage> {
  const { locale, fallbackLocale } = useI18n()
  return computed(() => {
    if (isContentLanguage(locale.value)) return locale.value
    return typeof fallbackLocale.value === 'string' && isContentLanguage(fallbackLocale.value) ? fallbackLocale.value : 'nl'
  })
}
