/**
 * Reads the figures of the chosen period's days (with the weeks before it that the bad-period rule
 * needs), computes what the Insights charts draw in one pass, and reads again after every change to
 * the diary. The patterns need every entry of those days: they are read and worked out only when asked
 * for (the last part of the screen), a piece per task, so ten years of diary never make one long task.
 */
import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import type { LocalDate } from '../domain/dates'
import { detectFlares } from '../domain/flares'
import { readFrom, type InsightPeriod } from '../domain/insightPeriods'
import { buildInsights, patternsInSteps, type Insights } from '../domain/insights'
import type { Patterns } from '../domain/patterns'
import type { Plan } from '../domain/plan'
import { useDiaryStore } from '../stores/diary'
import { usePlanStore } from '../stores/plan'
import { nextTask } from './tasks'

export interface UseInsightsOptions {
  period: Readonly<Ref<InsightPeriod>>
  today: Readonly<Ref<LocalDate>>
}

/** Up to this many days (the default 3 months read about 150), the steps after reading share its task. */
const ONE_TASK_DAYS = 400

export type InsightsState = 'loading' | 'ready' | 'failed'

export function useInsights({ period, today }: UseInsightsOptions) {
  const diary = useDiaryStore()
  const planStore = usePlanStore()
  const insights = shallowRef<Insights | null>(null)
  /** The first day read for the insights shown (undefined: the whole diary); the patterns read the same. */
  let readStart: LocalDate | undefined
  const plan = shallowRef<Plan | null>(null)
  const state = ref<InsightsState>('loading')
  /** The storage error kind when reading failed (see StorageError). */
  const problem = ref<string | null>(null)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    const chosen = period.value
    const day = today.value
    const from = readFrom(chosen, day)
    try {
      const [days] = await Promise.all([diary.listFigures(from), planStore.load()])
      // Only an empty period asks whether the whole diary is empty: a new user is told how to start.
      if (!days.length && diary.loggedDays === null) await diary.refreshCount()
      if (request !== latest) return // a newer choice is already being read
      // Each step on a long diary gets a task of its own: on a slow phone, reading, the bad periods and
      // the sums of ten years each take tens of ms. A few months take a few ms, and a task hop may wait
      // for a frame, so those steps run at once.
      const step = days.length > ONE_TASK_DAYS ? nextTask : async () => {}
      await step()
      if (request !== latest) return
      const flares = detectFlares(days)
      await step()
      if (request !== latest) return
      const built = buildInsights({ days, period: chosen, today: day, profile: planStore.profile, flares })
      // Drawing always gets a task of its own.
      await nextTask()
      if (request !== latest) return
      plan.value = planStore.plan
      readStart = from
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
    // Should reading fail, the pattern cards stay away; the charts above were read and stay right.
    const days = await diary.listRange(readStart).catch(() => null)
    if (!days || insights.value !== shown) return
    const steps = patternsInSteps(days, shown)
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        patterns.value = step.value
        return
      }
      await nextTask()
      if (insights.value !== shown) return
    }
  }

  /** Nothing was ever logged: a new user is told how to start rather than shown empty charts. */
  const diaryEmpty = computed(() => diary.loggedDays === 0)

  return { insights, patterns, preparePatterns, plan, state, problem, diaryEmpty, reload: load }
}
