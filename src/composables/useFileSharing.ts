/**
 * Handing a file to the patient: a download through a Blob and an <a download>, or the device's share
 * sheet (Web Share API with files) where the browser supports sharing files. Nothing leaves the device
 * unless the patient picks a target in that sheet.
 */
import { ref } from 'vue'

export interface FileToHand {
  name: string
  type: string
  text: string
}

/** How long the Blob URL stays valid: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000

export function downloadFile({ name, type, text }: FileToHand): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}

/** True when this browser can share a file of this type (most phones; few desktops). */
export function canShareFiles(type = 'application/json'): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File(['{}'], 'probe.json', { type })] })
  } catch {
    return false
  }
}

/** 'shared' when the patient picked a target, 'cancelled' when they closed the sheet. */
export async function shareFile({ name, type, text }: FileToHand, title: string): Promise<'shared' | 'cancelled'> {
  try {
    await navigator.share({ files: [new File([text], name, { type })], title })
    return 'shared'
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') return 'cancelled'
    throw error
  }
}

/** Whether to offer "Share": checked once when the screen opens. */
export function useFileSharing() {
  const canShare = ref(canShareFiles())
  return { canShare, download: downloadFile, share: shareFile }
}
