/**
 * The ladder that keeps every older backup readable: step N takes a file of format version N to
 * version N + 1, the way the database migrations do. A file is first checked against the checksum
 * rule of its own version, then climbs every step up to the current version, and only then is it
 * validated, strictly, as a current file. Steps are never edited once released.
 *
 * Format version 1 is the first, so the ladder has no steps yet. A step to version 2 would be added as
 *   (file) => ({ ...file, formatVersion: 2, data: { ...data, days: data.days.map(dayV1toV2) } })
 * and must cope with anything an older app wrote, since the strict check only comes afterwards.
 */
export type BackupMigrationStep = (file: Record<string, unknown>) => Record<string, unknown>

/** BACKUP_MIGRATIONS[i] takes format version i + 1 to version i + 2. */
export const BACKUP_MIGRATIONS: readonly BackupMigrationStep[] = []

/** The format version this app writes. */
export const BACKUP_FORMAT_VERSION = BACKUP_MIGRATIONS.length + 1

/** Climbs from `fromVersion` to the current version; returns the file as it is when already current. */
export function migrateBackup(
  file: Record<string, unknown>,
  fromVersion: number,
  steps: readonly BackupMigrationStep[] = BACKUP_MIGRATIONS,
): Record<string, unknown> {
  let migrated = file
  for (let version = fromVersion; version <= steps.length; version++) {
    const step = steps[version - 1]
    if (!step) throw new Error(`no backup migration from format version ${version}`)
    migrated = { ...step(migrated), formatVersion: version + 1 }
  }
  return migrated
}
