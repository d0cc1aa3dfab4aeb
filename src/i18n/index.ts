/**
 * Dutch is bundled with the app shell; English is a separate chunk, fetched (or read from the precache)
 * only when chosen. Keys are checked against the Dutch file, the source of truth.
 */
import { createI18n } from 'vue-i18n'
import nl from './nl.json'

export type MessageSchema = typeof nl
export const LANGUAGES = ['nl', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'nl'

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value)
}

export const i18n = createI18n<[MessageSchema], Language, false>({
  legacy: false,
  locale: DEFAULT_LANGUAGE,
  fallbackLocale: DEFAULT_LANGUAGE,
  messages: { nl } as Record<Language, MessageSchema>,
})

const loaders: Record<Language, () => Promise<MessageSchema>> = {
  nl: async () => nl,
  en: async () => (await import('./en.json')).default,
}

/** Loads the language's messages if needed, switches to it and keeps <html lang> in step. */
export async function applyLanguage(language: Language): Promise<void> {
  if (!i18n.global.availableLocales.includes(language)) {
    i18n.global.setLocaleMessage(language, await loaders[language]())
  }
  i18n.global.locale.value = language
  document.documentElement.lang = language
}
