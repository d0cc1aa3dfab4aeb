/** The storage API the stores use. Nothing outside src/storage imports idb. */
export { openHeupwijsDB, OPEN_TIMEOUT_MS, type HeupwijsDatabase, type OpenOptions } from './db'
export { StorageError, type StorageErrorKind } from './errors'
export { getDay, listDays, countDays, saveDay, deleteDay, saveDays, deleteDays } from './repositories/days'
export { listDayFigures } from './repositories/dayFigures'
export { getSetting, putSetting, putSettings } from './repositories/settings'
export { getDraft, putDraft, deleteDraft } from './repositories/drafts'
export { readStorageStatus, requestPersistence, type StorageStatus } from './persistence'
export { readLanguagePreference, writeLanguagePreference } from './preferences'
// The backup functions are imported from './backup' itself: kept out of this file, so the first screen
// (which loads this one) does not carry the backup format, its checks and SHA-256.
