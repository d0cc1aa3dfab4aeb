/** The storage API the stores use. Nothing outside src/storage imports idb. */
export { openHeupwijsDB, OPEN_TIMEOUT_MS, type HeupwijsDatabase, type OpenOptions } from './db'
export { StorageError, type StorageErrorKind } from './errors'
export { getDay, listDays, countDays, saveDay, deleteDay } from './repositories/days'
export { getSetting, putSetting } from './repositories/settings'
export { getDraft, putDraft, deleteDraft } from './repositories/drafts'
export { readStorageStatus, requestPersistence, type StorageStatus } from './persistence'
export { readLanguagePreference, writeLanguagePreference } from './preferences'
