/** The language the content is shown in: the interface language (every one of them has content). */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from '../i18n'
import type { ContentLanguage } from '../content/types'

export function useContentLanguage(): ComputedRef<ContentLanguage> {
  const { locale } = useI18n()
  return computed(() => locale.value)
}
