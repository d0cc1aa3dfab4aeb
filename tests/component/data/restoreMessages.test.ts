import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RestoreSection from '../../../src/components/data/RestoreSection.vue'
import type { RestoreProblem } from '../../../src/composables/useRestoreFlow'
import { readFileSync } from 'node:fs'
import { plugins } from '../support'

// The texts as written (an import would give the compiled message form).
type DataMessages = typeof import('../../../src/i18n/features/data.nl.json')
const read = (language: string): DataMessages => JSON.parse(readFileSync(`src/i18n/features/data.${language}.json`, 'utf8'))
const nl = read('nl')
const en = read('en')

/** Every reason a file can be refused; the compiler reports a code added to the format and not here. */
const PROBLEMS = {
  empty: true,
  tooLarge: true,
  truncated: true,
  notJson: true,
  notABackup: true,
  newerVersion: true,
  checksum: true,
  wrongTypes: true,
  outOfRange: true,
  duplicateDates: true,
  duplicateSettings: true,
  countsMismatch: true,
  unreadable: true,
} satisfies Record<RestoreProblem, true>
const codes = Object.keys(PROBLEMS) as RestoreProblem[]

describe('a refused backup file', () => {
  for (const [language, messages] of [['nl', nl], ['en', en]] as const) {
    it(`has its own message for every reason, in ${language === 'nl' ? 'Dutch' : 'English'}, and says nothing changed`, async () => {
      const { global } = await plugins(language, '/settings/data')
      const seen = new Set<string>()
      for (const problem of codes) {
        const wrapper = mount(RestoreSection, { props: { step: 'refused', problem, preview: null, doneDays: null, reason: '', mode: 'replace' }, global })
        const alert = wrapper.get('[role="alert"]').text()
        expect(alert).toContain(messages.data.problems[problem])
        expect(alert).toContain(messages.data.restore.nothingChanged)
        seen.add(messages.data.problems[problem])
        wrapper.unmount()
      }
      expect(seen.size).toBe(codes.length)
    })
  }
})
