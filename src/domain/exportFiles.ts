/** Names and media types of the files the app writes, dated with the local day they were made. */
import type { LocalDate } from './dates'

export interface ExportFileKind {
  prefix: string
  extension: string
  type: string
}

export const EXPORT_FILES = {
  backup: { prefix: 'heupwijs-backup', extension: 'json', type: 'application/json' },
  csv: { prefix: 'heupwijs-logboek', extension: 'csv', type: 'text/csv' },
  // The FHIR media type; sharing targets that do not know it fall back on the .json extension.
  fhir: { prefix: 'heupwijs-fhir', extension: 'json', type: 'application/fhir+json' },
} as const satisfies Record<string, ExportFileKind>

export type ExportFile = keyof typeof EXPORT_FILES

/** e.g. heupwijs-backup-2026-11-24.json */
export function exportFileName(kind: ExportFile, today: LocalDate): string {
  const { prefix, extension } = EXPORT_FILES[kind]
  return `${prefix}-${today}.${extension}`
}
