/**
 * The interface texts. Messages come in parts, so the first screen carries only its own: the core file
 * per language (nl.json, en.json: shell, Today, storage) is bundled or loaded at start; feature files
 * (features/<feature>.<language>.json) load with the screens that use them. Dutch is the source of
 * truth and the fallback.
 *
 * A small translator of our own rather than vue-i18n: the texts need only values and count forms
 * (format.ts), and vue-i18n's runtime was 11.5 KiB gzip on the first screen, a fifth of its budget.
 */
import { ref, type App, type Ref } from 'vue'
import { numberFormatter } from '../domain/dateLabels'
import { formatMessage, lookup, mergeMessages, type Messages } from './format'
import nl from './nl.json'

export const LANGUAGES = ['nl', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'nl'
export const FEATURES = ['log', 'setup', 'learn', 'report', 'data', 'diary', 'insights', 'settings'] as const
export type Feature = (typeof FEATURES)[number]

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value)
}

const locale: Ref<Language> = ref(DEFAULT_LANGUAGE)
const catalogue: Record<Language, Messages> = { nl: structuredClone(nl), en: {} }
/** Bumped when texts arrive, so whatever was drawn without them is drawn again. */
const revision = ref(0)

function find(key: string): string | undefined {
  void revision.value
  return lookup(catalogue[locale.value], key) ?? lookup(catalogue[DEFAULT_LANGUAGE], key)
}

/** A number written the way the current language writes it (decimal comma in Dutch). */
export const n = (value: number, options: Intl.NumberFormatOptions = {}): string => numberFormatter(locale.value, options).format(value)

/**
 * The text for a key in the current language, with its values filled in: `t(key)`, `t(key, values)`,
 * `t(key, count)` or `t(key, values, count)`. An unknown key shows as itself, so it is easy to spot.
 */
export function t(key: string, valuesOrCount?: object | number, count?: number): string {
  const message = find(key)
  if (message === undefined) return key
  const values = typeof valuesOrCount === 'number' ? {} : valuesOrCount
  return formatMessage(message, values, typeof valuesOrCount === 'number' ? valuesOrCount : count, plainNumber)
}

/** Numbers inside a text: the language's decimal mark, no thousands mark (a year stays "2026"). */
const PLAIN_NUMBER: Intl.NumberFormatOptions = { useGrouping: false }
const plainNumber = (value: number): string => n(value, PLAIN_NUMBER)

/** Whether the current language has a text for the key (the fallback does not count). */
export const te = (key: string): boolean => lookup(catalogue[locale.value], key) !== undefined

/** What views and composables use: the translator, the number formatter and the current language. */
export function useI18n() {
  return { t, te, n, locale: locale as Readonly<Ref<Language>> }
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $t: typeof t
    $n: typeof n
  }
}

/** The plugin: `$t` and `$n` in templates. */
export const i18n = {
  install(app: App): void {
    Object.assign(app.config.globalProperties, { $t: t, $n: n })
  },
}

/** Core texts of the languages that are not bundled (Dutch is, in `catalogue`). */
const coreLoaders: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<Messages>> = {
  en: async () => (await import('./en.json')).default,
}
const featureFiles = import.meta.glob<{ default: Messages }>('./features/*.json')
const loaded = new Set<string>(['core:nl']) // 'core:en', 'log:nl' …
const wanted = new Set<Feature>()

async function ensure(part: 'core' | Feature, language: Language): Promise<void> {
  const id = `${part}:${language}`
  if (loaded.has(id)) return
  const messages =
    part === 'core' ? await coreLoaders[language as keyof typeof coreLoaders]() : (await featureFiles[`./features/${part}.${language}.json`]!()).default
  mergeMessages(catalogue[language], messages)
  loaded.add(id)
  revision.value++
}

/** Loads the messages of these features in the current language (and keeps them when it changes). */
export async function loadMessages(features: readonly Feature[]): Promise<void> {
  features.forEach((feature) => wanted.add(feature))
  const language = locale.value
  await Promise.all(features.map((feature) => ensure(feature, language)))
}

/** Loads the language's messages if needed, switches to it and keeps <html lang> in step. */
export async function applyLanguage(language: Language): Promise<void> {
  await Promise.all([ensure('core', language), ...[...wanted].map((feature) => ensure(feature, language))])
  locale.value = language
  document.documentElement.lang = language
}
