/**
 * The patient's own recent numbers for the side panel of the Learn pages on pain, bad periods and
 * moving with pain: read once (the last year, one request) and again after every diary change.
 */
import { ref, shallowRef, watch } from 'vue'
import { recentNumbers, recentReadFrom, type RecentNumbers } from '../domain/recentNumbers'
import { useDiaryStore } from '../stores/diary'
import { useToday } from './useToday'

export function useRecentNumbers() {
  const diary = useDiaryStore()
  const today = useToday()
  const numbers = shallowRef<RecentNumbers | null>(null)
  /** True once read; a panel without data (or when storage failed) simply stays away. */
  const loaded = ref(false)
  /** Whether anything at all was logged in the last year. */
  const hasData = ref(false)

  async function load(): Promise<void> {
    const day = today.value
    try {
      const days = await diary.listRange(recentReadFrom(day), day)
      numbers.value = recentNumbers(days, day)
      hasData.value = days.length > 0
    } catch {
      numbers.value = null
      hasData.value = false
    } finally {
      loaded.value = true
    }
  }

  watch([today, () => diary.revision], () => void load(), { immediate: true })

  return { numbers, loaded, hasData }
}
