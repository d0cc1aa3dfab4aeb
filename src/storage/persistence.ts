/**
 * Best-effort storage can be wiped by the browser under pressure. These wrap navigator.storage so the
 * app can ask for protection once and show the patient where they stand.
 */
export interface StorageStatus {
  /** null when the browser cannot tell (no StorageManager). */
  persisted: boolean | null
  usageBytes: number | null
  quotaBytes: number | null
}

export async function readStorageStatus(manager: StorageManager | undefined = navigator.storage): Promise<StorageStatus> {
  if (!manager) return { persisted: null, usageBytes: null, quotaBytes: null }
  const [persisted, estimate] = await Promise.all([
    manager.persisted ? manager.persisted().catch(() => null) : null,
    manager.estimate ? manager.estimate().catch(() => null) : null,
  ])
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null }
}

/** Asks the browser to protect this site's data; null when the browser has no way to ask. */
export async function requestPersistence(manager: StorageManager | undefined = navigator.storage): Promise<boolean | null> {
  if (!manager?.persist) return null
  return manager.persist().catch(() => false)
}
