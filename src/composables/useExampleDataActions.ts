/**
 * The Settings flow around example data: ask first when the patient has real logs, say "done" only
 * after the commit, and turn a failure into a plain message.
 */
import { computed, reactive } from 'vue'
import { useI18n } from '../i18n'
import { useExampleDataStore } from '../stores/exampleData'

export function useExampleDataActions() {
  const { t } = useI18n()
  const store = useExampleDataStore()
  const state = reactive({
    // The store's count, so the section follows a load or removal made anywhere.
    exampleDays: computed(() => store.exampleDays),
    busy: false,
    asking: false,
    status: '',
    failure: '',
  })

  async function run(working: string, action: () => Promise<string>): Promise<void> {
    state.busy = true
    state.failure = ''
    state.status = working
    try {
      state.status = await action()
    } catch (error) {
      state.status = ''
      const kind = (error as { kind?: string }).kind ?? 'failed'
      state.failure = t('exampleData.failed', { reason: t(`storage.${kind}`) })
    } finally {
      state.busy = false
    }
  }

  /** Loads right away into an empty diary; asks first when there are days the patient logged. */
  async function load(): Promise<void> {
    state.status = ''
    state.failure = ''
    let realDays = 0
    try {
      realDays = await store.countRealDays()
    } catch (error) {
      const kind = (error as { kind?: string }).kind ?? 'failed'
      state.failure = t('exampleData.failed', { reason: t(`storage.${kind}`) })
      return
    }
    if (realDays > 0) state.asking = true
    else await confirm()
  }

  async function confirm(): Promise<void> {
    await run(t('exampleData.loading'), async () => {
      const count = await store.load(new Date())
      return t('exampleData.loaded', { count }, count)
    })
    state.asking = false
  }

  function cancel(): void {
    state.asking = false
  }

  async function remove(): Promise<void> {
    await run(t('exampleData.removing'), async () => {
      await store.remove()
      return t('exampleData.removed')
    })
  }

  void store.refresh().catch(() => undefined)

  return { state, load, confirm, cancel, remove }
}
