/** Storage failures, sorted into the few kinds the app explains differently to the patient. */
export type StorageErrorKind =
  | 'unavailable' // no IndexedDB here (private mode, disabled, broken)
  | 'blocked' // another tab holds an older version open
  | 'versionTooNew' // a newer app version already upgraded the database
  | 'timeout' // the database did not open in time
  | 'quota' // the device is out of space for this site
  | 'failed' // any other failed write or read

export class StorageError extends Error {
  readonly kind: StorageErrorKind

  constructor(kind: StorageErrorKind, cause?: unknown) {
    super(`storage ${kind}`, { cause })
    this.name = 'StorageError'
    this.kind = kind
  }
}

const errorName = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'name' in error ? String(error.name) : undefined

/** Maps what IndexedDB threw (or the transaction's own error after an abort) to a StorageError. */
export function toStorageError(error: unknown, transactionError?: DOMException | null): StorageError {
  if (error instanceof StorageError) return error
  const names = [errorName(error), errorName(transactionError)]
  if (names.includes('QuotaExceededError')) return new StorageError('quota', error)
  if (names.includes('VersionError')) return new StorageError('versionTooNew', error)
  if (names.includes('SecurityError') || names.includes('InvalidStateError')) return new StorageError('unavailable', error)
  return new StorageError('failed', error)
}
