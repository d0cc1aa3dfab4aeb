/**
 * Messages come in parts, so the first screen carries only its own: the core file per language
 * (nl.json, en.json: shell, Today, storage) is bundled or loaded at start; feature files
 * (features/<feature>.<language>.json) load with the screens that use them. Dutch is the source of truth.
 */
import { createI18n } from 'vue-i18n'
export { useI18n } from 'vue-i18n'
import nl from './nl.json'

export type MessageSchema = typeof nl
type Messages = Record<string, unknown>
export const LANGUAGES = ['nl', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'nl'
export const FEATURES = ['log', 'setup', 'learn', 'report', 'data', 'diary', 'insights', 'settings'] as const
export type Feature = (typeof FEATURES)[number]

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value)
}

export const i18n = createI18n<[MessageSchema], Language, false>({
  legacy: false,
  locale: DEFAULT_LANGUAGE,
  fallbackLocale: DEFAULT_LANGUAGE,
  messages: { nl } as Record<Language, MessageSchema>,
})

const coreLoaders: Record<Language, () => Promise<Messages>> = {
  nl: async () => nl,
  en: async () => (await import('./en.json')).default,
}
const featureFiles = import.meta.glob<{ default: Messages }>('./features/*.json')
const loaded = new Set<string>() // 'core:en', 'log:nl' …
const wanted = new Set<Feature>()
loaded.add('core:nl')

async function ensure(part: 'core' | Feature, language: Language): Promise<void> {
  const id = `${part}:${language}`
  if (loaded.has(id)) return
  const messages = part === 'core' ? await coreLoaders[language]() : (await featureFiles[`./features/${part}.${language}.json`]!()).default
  i18n.global.mergeLocaleMessage(language, messages)
  loaded.add(id)
}

/** Loads the messages of these features in the current language (and keeps them when it changes). */
export async function loadMessages(features: readonly Feature[]): Promise<void> {
  features.forEach((feature) => wanted.add(feature))
  const language = i18n.global.locale.value
  await Promise.all(features.map((feature) => ensure(feature, language)))
}

/** Loads the language's messages if needed, switches to it and keeps <html lang> in step. */
export async function applyLanguage(language: Language): Promise<void> {
  await Promise.all([ensure('core', language), ...[...wanted].map((feature) => ensure(feature, language))])
  i18n.global.locale.value = language
  document.documentElement.lang = language
}
