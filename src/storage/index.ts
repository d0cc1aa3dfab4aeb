/** The storage API the stores use. Nothing outside src/storage imports idb. */
export { openHeupwijsDB, OPEN_TIMEOUT_MS, type HeupwijsDatabase, type OpenOptions } from './db'
export { StorageError, type StorageErrorKind } from './errors'
export { getDay, listDays, countDays, saveDay, deleteDay, saveDays, deleteDays } from './repositories/days'
export { getSetting, putSetting, putSettings } from './repositories/settings'
export { getDraft, putDraft, deleteDraft } from './repositories/drafts'
export { readStorageStatus, requestPersistence, type StorageStatus } from './persistence'
export { readLanguagePreference, writeLanguagePreference } from './preferences'
export {
  exportBackup,
  exportCheckedBackup,
  checkBackupText,
  previewRestore,
  restoreBackup,
  restoreFromText,
  listSnapshots,
  restoreSnapshot,
  deleteAllData,
  SNAPSHOTS_KEPT,
  type ExportOptions,
  type RestoreResult,
  type RestorePreview,
  type RestoreFromTextResult,
  type SnapshotSummary,
} from './backup'
