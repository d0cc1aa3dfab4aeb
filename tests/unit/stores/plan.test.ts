// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { reactive } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultPlan } from '../../../src/domain/plan'
import { InvalidPlanError, usePlanStore } from '../../../src/stores/plan'
import { NOW } from '../../fixtures/days'

beforeEach(() => setActivePinia(createPinia()))

describe('the plan store', () => {
  it('starts with the set-up pending and no plan', async () => {
    const store = usePlanStore()
    await store.load()
    expect(store.setup).toBe('pending')
    expect(store.plan).toBeNull()
  })

  it('saves an edited (reactive) plan and profile and reads them back after a restart', async () => {
    const store = usePlanStore()
    const plan = reactive(defaultPlan('2026-11-24', 'active'))
    await store.save(plan, reactive({ heightCm: 172 }), NOW)
    setActivePinia(createPinia())
    const fresh = usePlanStore()
    await fresh.load()
    expect(fresh.setup).toBe('done')
    expect(fresh.plan?.activities).toEqual([{ type: 'cycling', daysPerWeek: 5, minutesPerDay: 30 }])
    expect(fresh.profile).toEqual({ heightCm: 172 })
  })

  it('keeps the appointment that took place when the patient enters the next one, for the report', async () => {
    const store = usePlanStore()
    const plan = defaultPlan('2026-11-24', 'active')
    await store.save(plan, { nextAppointment: { date: '2026-09-15', with: 'gp' } }, NOW)
    await store.save(plan, { ...store.profile, nextAppointment: { date: '2027-01-12', with: 'surgeon' } }, NOW)
    setActivePinia(createPinia())
    const fresh = usePlanStore()
    await fresh.load()
    expect(fresh.profile).toEqual({ nextAppointment: { date: '2027-01-12', with: 'surgeon' }, lastAppointment: { date: '2026-09-15', with: 'gp' } })
  })

  it('refuses an invalid plan and keeps the stored one', async () => {
    const store = usePlanStore()
    await store.save(defaultPlan('2026-11-24', 'active'), {}, NOW)
    const bad = { ...defaultPlan('2026-11-24', 'active'), activities: [{ type: 'cycling' as const, daysPerWeek: 9, minutesPerDay: 30 }] }
    await expect(store.save(bad, {}, NOW)).rejects.toBeInstanceOf(InvalidPlanError)
    setActivePinia(createPinia())
    const fresh = usePlanStore()
    await fresh.load()
    expect(fresh.plan?.activities[0]?.daysPerWeek).toBe(5)
  })

  it('starts the gentle default plan when the set-up is skipped', async () => {
    const store = usePlanStore()
    await store.skip(NOW)
    expect(store.setup).toBe('skipped')
    expect(store.plan?.level).toBe('untrained')
  })
})
