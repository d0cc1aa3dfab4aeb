/**
 * Reads the days of the chosen period (with the weeks before it that the bad-period rule needs),
 * computes what the Insights charts draw in one pass, and reads again after every change to the
 * diary. The patterns are worked out only when asked for (the last part of the screen), a piece per
 * task, so ten years of diary never make one long task.
 */
import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import type { LocalDate } from '../domain/dates'
import type { DayRecord } from '../domain/dayLog'
import { detectFlares } from '../domain/flares'
import { buildInsights, patternsInSteps, readFrom, type InsightPeriod, type Insights } from '../domain/insights'
import type { Patterns } from '../domain/patterns'
import type { Plan } from '../domain/plan'
import { useDiaryStore } from '../stores/diary'
import { usePlanStore } from '../stores/plan'

export interface UseInsightsOptions {
  period: Readonly<Ref<InsightPeriod>>
  today: Readonly<Ref<LocalDate>>
}

export type InsightsState = 'loading' | 'ready' | 'failed'

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

export function useInsights({ period, today }: UseInsightsOptions) {
  const diary = useDiaryStore()
  const planStore = usePlanStore()
  const insights = shallowRef<Insights | null>(null)
  const readDays = shallowRef<readonly DayRecord[]>([])
  const plan = shallowRef<Plan | null>(null)
  const state = ref<InsightsState>('loading')
  /** The storage error kind when reading failed (see StorageError). */
  const problem = ref<string | null>(null)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    const chosen = period.value
    const day = today.value
    try {
      const [days] = await Promise.all([
        diary.listRange(readFrom(chosen, day)),
        planStore.load(),
        diary.loggedDays === null ? diary.refreshCount() : undefined,
      ])
      // Reading, computing and drawing each get a task of their own: in one go they would be one long task.
      await nextTask()
      if (request !== latest) return // a newer choice is already being read
      const flares = detectFlares(days)
      await nextTask()
      if (request !== latest) return
      const built = buildInsights({ days, period: chosen, today: day, profile: planStore.profile, flares })
      await nextTask()
      if (request !== latest) return
      plan.value = planStore.plan
      readDays.value = days
      patterns.value = null
      insights.value = built
      state.value = 'ready'
      problem.value = null
    } catch (error) {
      if (request !== latest) return
      state.value = 'failed'
      problem.value = (error as { kind?: string }).kind ?? 'failed'
    }
  }

  watch([period, today, () => diary.revision], () => void load(), { immediate: true })

  const patterns = shallowRef<Patterns | null>(null)

  /** Works out the patterns of the insights shown, one piece per task; stops if newer ones arrive. */
  async function preparePatterns(): Promise<void> {
    const shown = insights.value
    if (!shown || patterns.value) return
    const steps = patternsInSteps(readDays.value, shown)
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        patterns.value = step.value
        return
      }
      await nextTask()
      if (insights.value !== shown) return
    }
  }

  /** Days logged in the whole diary, so a new user is told so rather than shown empty charts. */
  const totalDays = computed(() => diary.loggedDays)

  return { insights, patterns, preparePatterns, plan, state, problem, totalDays, reload: load }
}
