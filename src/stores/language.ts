/** The chosen interface language: remembered on this device, applied to the messages and <html lang>. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { applyLanguage, DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n'
import { readLanguagePreference, writeLanguagePreference } from '../storage'

export const useLanguageStore = defineStore('language', () => {
  const language = ref<Language>(DEFAULT_LANGUAGE)

  /** Applies the remembered choice, or Dutch when there is none. */
  async function restore(): Promise<void> {
    const remembered = readLanguagePreference()
    await choose(isLanguage(remembered) ? remembered : DEFAULT_LANGUAGE, false)
  }

  async function choose(next: Language, remember = true): Promise<void> {
    await applyLanguage(next)
    language.value = next
    if (remember) writeLanguagePreference(next)
  }

  return { language, restore, choose }
})
