import { describe, expect, it } from 'vitest'
import { combineForRestore, type BackupData } from '../../../src/domain/backupMerge'
import { makeDay } from '../../fixtures/days'

const at = (hour: number) => `2026-11-10T${String(hour).padStart(2, '0')}:00:00.000Z`

const stored: BackupData = {
  days: [
    makeDay('2026-11-01', { worstPain: 4, updatedAt: at(10) }),
    makeDay('2026-11-02', { worstPain: 5, updatedAt: at(10) }),
    makeDay('2026-11-03', { worstPain: 6, updatedAt: at(10) }),
  ],
  settings: [
    { key: 'plan', value: { level: 'active' } },
    { key: 'onlyHere', value: true },
  ],
}
const incoming: BackupData = {
  days: [
    makeDay('2026-11-01', { worstPain: 4, updatedAt: at(10) }), // the same record
    makeDay('2026-11-02', { worstPain: 2, updatedAt: at(12) }), // changed later in the backup
    makeDay('2026-11-03', { worstPain: 1, updatedAt: at(8) }), // changed earlier in the backup
    makeDay('2026-11-04', { worstPain: 3, updatedAt: at(8) }), // only in the backup
  ],
  settings: [
    { key: 'plan', value: { level: 'untrained' } },
    { key: 'onlyInBackup', value: 1 },
  ],
}

describe('combineForRestore', () => {
  it('merges by date, taking the record changed last and keeping the stored one on a tie', () => {
    const { data, changes } = combineForRestore(stored, incoming, 'merge')
    expect(data.days.map((day) => [day.date, day.worstPain])).toEqual([
      ['2026-11-01', 4],
      ['2026-11-02', 2],
      ['2026-11-03', 6],
      ['2026-11-04', 3],
    ])
    expect(changes).toMatchObject({ daysAdded: 1, daysUpdated: 1, daysUnchanged: 1, daysKeptNewer: 1, daysRemoved: 0 })
  })

  it('keeps the stored record when both were changed at the same moment but differ', () => {
    const tie = { days: [makeDay('2026-11-01', { worstPain: 9, updatedAt: at(10) })], settings: [] }
    expect(combineForRestore(stored, tie, 'merge').data.days[0]?.worstPain).toBe(4)
  })

  it('merges settings: the backup wins, stored keys the backup lacks stay', () => {
    const { data, changes } = combineForRestore(stored, incoming, 'merge')
    expect(data.settings).toEqual([
      { key: 'onlyHere', value: true },
      { key: 'onlyInBackup', value: 1 },
      { key: 'plan', value: { level: 'untrained' } },
    ])
    expect(changes).toMatchObject({ settingsAdded: 1, settingsUpdated: 1, settingsUnchanged: 0, settingsRemoved: 0 })
  })

  it('changes nothing when the same backup is merged a second time', () => {
    const once = combineForRestore(stored, incoming, 'merge')
    const twice = combineForRestore(once.data, incoming, 'merge')
    expect(twice.data).toEqual(once.data)
    expect(twice.changes).toMatchObject({ daysAdded: 0, daysUpdated: 0, settingsAdded: 0, settingsUpdated: 0 })
  })

  it('replaces everything with the backup and counts what goes', () => {
    const { data, changes } = combineForRestore(stored, incoming, 'replace')
    expect(data.days).toEqual(incoming.days)
    expect(data.settings.map((setting) => setting.key)).toEqual(['onlyInBackup', 'plan'])
    expect(changes).toMatchObject({ daysAdded: 1, daysUpdated: 2, daysUnchanged: 1, daysRemoved: 0, settingsRemoved: 1 })
    expect(combineForRestore(incoming, stored, 'replace').changes.daysRemoved).toBe(1)
  })
})

describe('the settings of a device', () => {
  const here: BackupData = { days: [], settings: [{ key: 'persistenceAsked', value: { granted: true } }, { key: 'plan', value: 1 }, { key: 'lastBackup', value: { at: at(9), days: 0 } }] }
  const file: BackupData = { days: [], settings: [{ key: 'persistenceAsked', value: { granted: false } }, { key: 'plan', value: 2 }, { key: 'backupReminderSnoozedUntil', value: '2026-12-01' }] }

  it.each(['replace', 'merge'] as const)('stay as they are on %s, and the file’s are left out', (mode) => {
    const { data, changes } = combineForRestore(here, file, mode)
    expect(data.settings).toEqual([
      { key: 'lastBackup', value: { at: at(9), days: 0 } },
      { key: 'persistenceAsked', value: { granted: true } },
      { key: 'plan', value: 2 },
    ])
    expect(changes).toMatchObject({ settingsAdded: 0, settingsUpdated: 1, settingsRemoved: 0 })
  })
})
