/**
 * The patient's own recent numbers for the side panel of the Learn pages on pain, bad periods and
 * moving with pain: read once (the last year, one request) and again after every diary change.
 * `numbers` is null when nothing was logged in that year; `available` stays false until read, and
 * when storage cannot be read (the Learn pages work without it, so the panel then stays away).
 */
import { ref, shallowRef, watch, type Ref } from 'vue'
import { recentNumbers, recentReadFrom, type RecentNumbers } from '../domain/recentNumbers'
import { useDiaryStore } from '../stores/diary'
import { useToday } from './useToday'

export interface UseRecentNumbersOptions {
  /** Read only while this is true (the page shown is one with the panel). */
  enabled: Readonly<Ref<boolean>>
}

export function useRecentNumbers({ enabled }: UseRecentNumbersOptions) {
  const diary = useDiaryStore()
  const today = useToday()
  const numbers = shallowRef<RecentNumbers | null>(null)
  const available = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    if (!enabled.value) return
    const day = today.value
    try {
      const days = await diary.listRange(recentReadFrom(day), day)
      if (request !== latest) return
      numbers.value = days.length > 0 ? recentNumbers(days, day) : null
      available.value = true
    } catch {
      if (request !== latest) return
      numbers.value = null
      available.value = false
    }
  }

  watch([enabled, today, () => diary.revision], () => void load(), { immediate: true })

  return { numbers, available }
}
