/** Byte sizes in the unit a person reads easily (kB, MB, GB; decimal, as phones show storage). */
export type ByteUnit = 'bytes' | 'kilobytes' | 'megabytes' | 'gigabytes'

export function scaleBytes(bytes: number): { value: number; unit: ByteUnit } {
  if (bytes < 1000) return { value: bytes, unit: 'bytes' }
  if (bytes < 1e6) return { value: bytes / 1e3, unit: 'kilobytes' }
  if (bytes < 1e9) return { value: bytes / 1e6, unit: 'megabytes' }
  return { value: bytes / 1e9, unit: 'gigabytes' }
}
