import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT_VERSION,
  backupChecksum,
  buildBackupText,
  createBackup,
  parseBackup,
  serializeBackup,
  stopsMidway,
  verifyWrittenBackup,
  writeBackupWith,
  type BackupFile,
} from '../../../src/domain/backupFormat'
import { migrateBackup, type BackupMigrationStep } from '../../../src/domain/backupMigrations'
import { addDays, toLocalDate } from '../../../src/domain/dates'
import { sha256Hex } from '../../../src/domain/sha256'
import { canonicalJson } from '../../../src/domain/canonicalJson'
import { dataArb, NOW, sampleData } from '../../fixtures/backupData'
import { badFiles, edited } from '../../fixtures/badBackups'
import { makeDay } from '../../fixtures/days'

const build = (now = NOW) => buildBackupText({ ...sampleData(), appVersion: '0.1.0', now })

describe('createBackup', () => {
  it('writes the envelope with format, version, app version, export time, counts, range and checksum', () => {
    const file = createBackup({ ...sampleData(), appVersion: '0.1.0', now: NOW })
    expect(file).toMatchObject({
      format: 'heupwijs-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: NOW.toISOString(),
      counts: { days: 3, settings: 2 },
      range: { from: '2026-11-01', to: '2026-11-05' },
      checksum: { algorithm: 'SHA-256' },
    })
    expect(file.checksum.value).toMatch(/^[0-9a-f]{64}$/)
  })

  it('has no range when there are no days', () => {
    const file = createBackup({ days: [], settings: [], appVersion: '0.1.0', now: NOW })
    expect(file.range).toBeNull()
    expect(parseBackup(serializeBackup(file), NOW)).toMatchObject({ ok: true })
  })

  it('sorts days by date and settings by key, whatever order they came in', () => {
    const { days, settings } = sampleData()
    const text = buildBackupText({ days: [...days].reverse(), settings: [...settings].reverse(), appVersion: '0.1.0', now: NOW })
    expect(text).toBe(build())
    const file = JSON.parse(text) as BackupFile
    expect(file.data.days.map((day) => day.date)).toEqual(['2026-11-01', '2026-11-02', '2026-11-05'])
  })

  it('leaves the export time out of the checksum, so the checksum names the content', () => {
    const first = JSON.parse(build(NOW)) as BackupFile
    const later = JSON.parse(build(new Date(NOW.getTime() + 3_600_000))) as BackupFile
    expect(later.exportedAt).not.toBe(first.exportedAt)
    expect(later.checksum).toEqual(first.checksum)
  })

  it('computes the checksum as SHA-256 of the canonical JSON without checksum and exportedAt', () => {
    const file = JSON.parse(build()) as BackupFile
    const { checksum: _c, exportedAt: _e, ...content } = file
    expect(file.checksum.value).toBe(sha256Hex(canonicalJson(content)))
    expect(backupChecksum(file as unknown as Record<string, unknown>)).toBe(file.checksum.value)
  })

  it('writes canonical JSON: sorted keys, no spaces, one final line break', () => {
    const text = build()
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.startsWith('{"appVersion":"0.1.0","checksum":{"algorithm":"SHA-256","value":"')).toBe(true)
    expect(text).toBe(`${canonicalJson(JSON.parse(text))}\n`)
  })
})

describe('parseBackup', () => {
  it('reads back exactly the data that was written', () => {
    fc.assert(
      fc.property(dataArb(), (data) => {
        const text = buildBackupText({ ...data, appVersion: '0.1.0', now: NOW })
        const parsed = parseBackup(text, NOW)
        if (!parsed.ok) throw new Error(`refused: ${parsed.problem} ${parsed.detail}`)
        expect(parsed.backup.data.days).toEqual([...data.days].sort((a, b) => (a.date < b.date ? -1 : 1)))
        expect(buildBackupText({ ...parsed.backup.data, appVersion: '0.1.0', now: NOW })).toBe(text)
        expect(serializeBackup(createBackup({ ...data, appVersion: '0.1.0', now: NOW }))).toBe(text)
      }),
      { numRuns: 200 },
    )
  })

  it('accepts a file with a byte order mark, or one that an editor re-indented', () => {
    const text = build()
    expect(parseBackup(`\uFEFF${text}`, NOW).ok).toBe(true)
    expect(parseBackup(JSON.stringify(JSON.parse(text), null, 2), NOW).ok).toBe(true)
  })

  it('accepts a checksum written in capitals', () => {
    const file = JSON.parse(build()) as BackupFile
    file.checksum.value = file.checksum.value.toUpperCase()
    expect(parseBackup(JSON.stringify(file), NOW).ok).toBe(true)
  })

  it('accepts tomorrow (another time zone) but refuses a day after that', () => {
    const today = toLocalDate(NOW)
    const withDay = (date: string) => buildBackupText({ days: [makeDay(date)], settings: [], appVersion: '0.1.0', now: NOW })
    expect(parseBackup(withDay(addDays(today, 1)), NOW).ok).toBe(true)
    expect(parseBackup(withDay(addDays(today, 2)), NOW)).toEqual({ ok: false, problem: 'outOfRange', detail: 'file.data.days.0.date' })
  })

  it('names the field that is wrong', () => {
    expect(parseBackup(edited((file) => (((file.data as { days: Record<string, unknown>[] }).days[0]!.worstPain = '6'))), NOW)).toEqual({
      ok: false,
      problem: 'wrongTypes',
      detail: 'file.data.days.0.worstPain',
    })
  })

  it('refuses every file of the bad corpus with its own problem code', () => {
    const files = badFiles().filter((file) => !file.name.includes('MB'))
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) expect({ name: file.name, problem: parseBackup(file.text(), NOW) }).toMatchObject({ name: file.name, problem: { ok: false, problem: file.problem } })
  })
})

describe('stopsMidway', () => {
  it.each([
    ['{"a":', true],
    ['{"a":"unfinished', true],
    ['[1,2', true],
    ['  {"a":[1,{"b":2}', true],
    ['{"a":1}}', false],
    ['{"a":1]', false],
    ['hello', false],
    ['{"quote \\" inside":', true],
  ])('says %j stops midway: %s', (text, expected) => {
    expect(stopsMidway(text)).toBe(expected)
  })
})

describe('verifyWrittenBackup', () => {
  const written = () => writeBackupWith({ ...sampleData(), appVersion: '0.1.0', now: NOW }, async (text) => sha256Hex(text))

  it('passes a written backup that holds as many records as the database', async () => {
    expect(verifyWrittenBackup(await written(), { days: 3, settings: 2 }, NOW)).toMatchObject({ ok: true, backup: { counts: { days: 3, settings: 2 } } })
  })

  it('fails a backup that holds fewer records than the database', async () => {
    expect(verifyWrittenBackup(await written(), { days: 4, settings: 2 }, NOW)).toEqual({ ok: false, problem: 'countsMismatch', detail: 'days' })
    expect(verifyWrittenBackup(await written(), { days: 3, settings: 3 }, NOW)).toEqual({ ok: false, problem: 'countsMismatch', detail: 'settings' })
  })

  it('fails a damaged text with the problem parseBackup finds', async () => {
    const backup = await written()
    expect(verifyWrittenBackup({ ...backup, text: backup.text.slice(0, 100) }, { days: 3, settings: 2 }, NOW)).toMatchObject({ ok: false, problem: 'truncated' })
  })

  it('fails a text that does not hold the checksum computed while writing', async () => {
    const backup = await written()
    expect(verifyWrittenBackup({ ...backup, checksum: sha256Hex('something else') }, { days: 3, settings: 2 }, NOW)).toEqual({ ok: false, problem: 'checksum' })
  })

  it('passes exactly the written files a restore accepts, without hashing them again', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb(), async (data) => {
        const backup = await writeBackupWith({ ...data, appVersion: '0.1.0', now: NOW }, async (text) => sha256Hex(text))
        const counts = { days: data.days.length, settings: data.settings.length }
        expect(verifyWrittenBackup(backup, counts, NOW)).toEqual(parseBackup(backup.text, NOW))
      }),
      { numRuns: 100 },
    )
  })

  it('writes the same text as buildBackupText', async () => {
    expect((await written()).text).toBe(build())
  })
})

describe('migrateBackup', () => {
  it('has no steps while format version 1 is the only one', () => {
    expect(BACKUP_FORMAT_VERSION).toBe(1)
    const file = { formatVersion: 1, anything: true }
    expect(migrateBackup(file, 1)).toBe(file)
  })

  it('climbs every step from an older version, in order', () => {
    const calls: number[] = []
    const step =
      (from: number): BackupMigrationStep =>
      (file) => {
        calls.push(from)
        return { ...file, [`step${from}`]: true }
      }
    const migrated = migrateBackup({ formatVersion: 1 }, 1, [step(1), step(2)])
    expect(calls).toEqual([1, 2])
    expect(migrated).toEqual({ formatVersion: 3, step1: true, step2: true })
    expect(migrateBackup({ formatVersion: 2 }, 2, [step(1), step(2)])).toEqual({ formatVersion: 3, step2: true })
  })
})
