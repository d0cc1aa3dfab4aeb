/**
 * The patient's plan and profile, and whether the first-run set-up was done or skipped. Kept as named
 * settings; a save resolves only after it committed.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { toLocalDate } from '../domain/dates'
import type { BuildUpSuggestion } from '../domain/buildUp'
import { defaultPlan, type Plan, type Profile } from '../domain/plan'
import type { PlanProblem } from '../domain/planValidation'
import { getSetting, putSettings } from '../storage'
import { useDatabaseStore } from './database'
import { plainCopy } from './plainCopy'

export type SetupState = 'unknown' | 'pending' | 'done' | 'skipped'

interface SetupRecord {
  state: 'done' | 'skipped'
  at: string
}

export class InvalidPlanError extends Error {
  readonly problems: PlanProblem[]

  constructor(problems: PlanProblem[]) {
    super('invalid plan')
    this.name = 'InvalidPlanError'
    this.problems = problems
  }
}

export const usePlanStore = defineStore('plan', () => {
  const database = useDatabaseStore()
  const plan = ref<Plan | null>(null)
  const profile = ref<Profile>({})
  const setup = ref<SetupState>('unknown')
  let loading: Promise<void> | null = null

  function load(): Promise<void> {
    loading ??= (async () => {
      const db = await database.open()
      const [storedPlan, storedProfile, storedSetup] = await Promise.all([
        getSetting<Plan>(db, 'plan'),
        getSetting<Profile>(db, 'profile'),
        getSetting<SetupRecord>(db, 'setup'),
      ])
      plan.value = storedPlan ?? null
      profile.value = storedProfile ?? {}
      setup.value = storedSetup?.state ?? 'pending'
    })().catch((error: unknown) => {
      loading = null
      throw error
    })
    return loading
  }

  /** Stores plan and profile after checking them; rejects with InvalidPlanError or a StorageError. */
  async function save(editedPlan: Plan, editedProfile: Profile, now: Date): Promise<void> {
    const nextPlan = plainCopy(editedPlan)
    // Loaded here, not with the first screen: only set-up and Settings save a plan.
    const [{ validatePlan, validateProfile }, { keepPastAppointment }] = await Promise.all([
      import('../domain/planValidation'),
      import('../domain/appointmentHistory'),
    ])
    const nextProfile = keepPastAppointment(profile.value, plainCopy(editedProfile), toLocalDate(now))
    const problems = [...validatePlan(nextPlan), ...validateProfile(nextProfile, toLocalDate(now))]
    if (problems.length) throw new InvalidPlanError(problems)
    await putSettings(await database.open(), {
      plan: nextPlan,
      profile: nextProfile,
      setup: { state: 'done', at: now.toISOString() } satisfies SetupRecord,
    })
    plan.value = nextPlan
    profile.value = nextProfile
    setup.value = 'done'
  }

  /** Skipping the set-up starts the gentle default plan; everything stays editable in Settings. */
  async function skip(now: Date): Promise<void> {
    const gentle = defaultPlan(toLocalDate(now), 'untrained')
    await putSettings(await database.open(), { plan: gentle, setup: { state: 'skipped', at: now.toISOString() } satisfies SetupRecord })
    plan.value = gentle
    setup.value = 'skipped'
  }

  /** Records the patient's answer to a build-up suggestion; only "accepted" raises the minutes. */
  async function decideBuildUp(suggestion: BuildUpSuggestion, decision: 'accepted' | 'declined', now: Date): Promise<void> {
    if (!plan.value) return
    // The build-up rules load with the first suggestion on Today, not with the first screen.
    const { applyBuildUp } = await import('../domain/buildUp')
    const next = applyBuildUp(plan.value, suggestion, decision, toLocalDate(now))
    await putSettings(await database.open(), { plan: next })
    plan.value = next
  }

  return { plan, profile, setup, load, save, skip, decideBuildUp }
})
