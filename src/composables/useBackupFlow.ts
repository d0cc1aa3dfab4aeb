/**
 * Handing data to the patient: the backup (written, read back and checked, and only then downloaded or
 * shared and called done) and the CSV and FHIR exports. Marks `export-ready` once the checked backup
 * file is ready, for the bench.
 */
import { reactive } from 'vue'
import { useI18n } from '../i18n'
import type { CsvVariant } from '../domain/csvExport'
import { EXPORT_FILES } from '../domain/exportFiles'
import { BackupNotVerifiedError, useDataExchangeStore, type ExportedFile } from '../stores/dataExchange'
import { useExportLabels } from './useExportLabels'
import { downloadFile, shareFile } from './useFileSharing'

export type HandOver = 'download' | 'share'

export interface ActionState {
  busy: boolean
  status: string
  failure: string
}

const storageReason = (error: unknown): string => (error as { kind?: string }).kind ?? 'failed'
/** Storage errors carry a kind; anything else here came from the share sheet. */
const fromStorage = (error: unknown): boolean => typeof (error as { kind?: unknown }).kind === 'string'

export function useBackupFlow() {
  const { t } = useI18n()
  const store = useDataExchangeStore()
  const labels = useExportLabels()
  const backup = reactive<ActionState>({ busy: false, status: '', failure: '' })
  const exports = reactive<ActionState>({ busy: false, status: '', failure: '' })

  /** Downloads or shares the file; 'cancelled' when the patient closed the share sheet. */
  async function handOver(file: ExportedFile, how: HandOver): Promise<'done' | 'cancelled'> {
    const toHand = { name: file.name, text: file.text, type: EXPORT_FILES[file.kind].type }
    if (how === 'download') {
      downloadFile(toHand)
      return 'done'
    }
    return (await shareFile(toHand, file.name)) === 'shared' ? 'done' : 'cancelled'
  }

  async function makeBackup(how: HandOver): Promise<void> {
    Object.assign(backup, { busy: true, status: t('data.backup.working'), failure: '' })
    try {
      const file = await store.makeBackup(new Date())
      performance.mark('export-ready')
      const outcome = await handOver(file, how)
      if (outcome === 'cancelled') {
        backup.status = t('data.backup.shareCancelled')
        return
      }
      await store.backupHandedOver(file)
      const days = file.counts.days
      backup.status = how === 'download' ? t('data.backup.downloaded', { name: file.name, count: days }, days) : t('data.backup.shared', { count: days }, days)
    } catch (error) {
      backup.status = ''
      if (error instanceof BackupNotVerifiedError) backup.failure = t('data.backup.notVerified')
      else if (how === 'share' && !fromStorage(error)) backup.failure = t('data.shareFailed')
      else backup.failure = t('data.backup.failed', { reason: t(`storage.${storageReason(error)}`) })
    } finally {
      backup.busy = false
    }
  }

  async function exportFile(kind: 'csv' | 'fhir', how: HandOver, variant: CsvVariant): Promise<void> {
    Object.assign(exports, { busy: true, status: t('data.export.working'), failure: '' })
    try {
      await labels.ready()
      const now = new Date()
      const file = kind === 'csv' ? await store.csvFile(variant, labels.csvLabels(), now) : await store.fhirFile(labels.fhirTexts(), now)
      const outcome = await handOver(file, how)
      exports.status = outcome === 'cancelled' ? t('data.export.shareCancelled') : how === 'download' ? t('data.export.downloaded', { name: file.name }) : t('data.export.shared')
    } catch (error) {
      exports.status = ''
      exports.failure = how === 'share' && !fromStorage(error) ? t('data.shareFailed') : t('data.export.failed', { reason: t(`storage.${storageReason(error)}`) })
    } finally {
      exports.busy = false
    }
  }

  return { backup, exports, makeBackup, exportFile }
}
