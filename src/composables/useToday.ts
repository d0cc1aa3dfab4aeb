/** Today's local date, moved on when the app comes back into view on a later day (e.g. after midnight). */
import { onScopeDispose, readonly, ref, type Ref } from 'vue'
import { toLocalDate, type LocalDate } from '../domain/dates'

export function useToday(): Readonly<Ref<LocalDate>> {
  const today = ref(toLocalDate(new Date()))
  const refresh = (): void => {
    if (document.visibilityState === 'visible') today.value = toLocalDate(new Date())
  }
  document.addEventListener('visibilitychange', refresh)
  const timer = setInterval(refresh, 60_000)
  onScopeDispose(() => {
    document.removeEventListener('visibilitychange', refresh)
    clearInterval(timer)
  })
  return readonly(today)
}
