/**
 * The interface language lives in localStorage rather than IndexedDB: it is needed before the database
 * opens and must work even when IndexedDB is unavailable. It holds no health data.
 */
const LANGUAGE_KEY = 'heupwijs.language'

export function readLanguagePreference(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY)
  } catch {
    return null
  }
}

export function writeLanguagePreference(language: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language)
  } catch {
    // Storage disabled: the choice then lasts for this visit only.
  }
}
