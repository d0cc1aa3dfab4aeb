/**
 * The words that go into export files, in the patient's language: CSV column headers and cell words,
 * and the FHIR observations' code texts. The domain writes the files; these come from the messages.
 */
import { useI18n, loadMessages } from '../i18n'
import { CSV_COLUMNS, type CsvLabels, type CsvVariant } from '../domain/csvExport'
import { HEAVY_LOAD_KINDS } from '../domain/dayLog'
import type { FhirTexts } from '../domain/fhirExport'

const FHIR_TEXT_KEYS: (keyof FhirTexts)[] = ['worstPain', 'morningPain', 'nightPain', 'bodyWeight', 'activityDuration', 'smokingStatus']

export function useExportLabels() {
  const { t, locale } = useI18n()

  /** The words live in the `data` messages, which another screen (the report) may not have loaded yet. */
  async function ready(): Promise<void> {
    await loadMessages(['data'])
  }

  function csvLabels(): CsvLabels {
    return {
      headers: Object.fromEntries(CSV_COLUMNS.map((column) => [column, t(`data.csv.headers.${column}`)])) as CsvLabels['headers'],
      taken: t('data.csv.taken'),
      heavyLoads: Object.fromEntries(HEAVY_LOAD_KINDS.map((kind) => [kind, t(`data.csv.heavyLoads.${kind}`)])) as CsvLabels['heavyLoads'],
    }
  }

  function fhirTexts(): FhirTexts {
    return Object.fromEntries(FHIR_TEXT_KEYS.map((key) => [key, t(`data.fhir.${key}`)])) as unknown as FhirTexts
  }

  /** The spreadsheet set-up that matches the interface language (docs/csv-format.md). */
  const csvVariant = (): CsvVariant => (locale.value === 'en' ? 'en' : 'nl')

  return { ready, csvLabels, fhirTexts, csvVariant }
}
