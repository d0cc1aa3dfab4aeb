/**
 * The backup file: one JSON text that holds every day record and every setting, in a versioned
 * envelope (see docs/backup-format.md for the full description and the JSON Schema).
 *
 * Writing: createBackup builds the envelope and serializeBackup writes it as canonical JSON (sorted
 * keys, no spaces), so two backups of the same data are byte-identical apart from `exportedAt`.
 *
 * Reading: parseBackup checks the whole file before anything is written anywhere, and names the first
 * problem it finds with a code the app turns into a message in the patient's language. Drafts (unsaved
 * form input) are never part of a backup.
 */
import { canonicalJson, TooDeepError } from './canonicalJson'
import type { DayRecord } from './dayLog'
import { BACKUP_FORMAT_VERSION, migrateBackup } from './backupMigrations'
import type { BackupData, BackupSetting } from './backupMerge'
import {
  aCount,
  aString,
  anInstant,
  arrayOf,
  checkShape,
  dayRecordShape,
  isPlainObject,
  objectWith,
  oneOf,
  required,
  settingShape,
  type ShapeCheck,
} from './backupShape'
import { sha256Hex } from './sha256'
import { isDeviceSetting } from './deviceSettings'
import { validateDay } from './validation'

export { BACKUP_FORMAT_VERSION } from './backupMigrations'
export type { BackupData, BackupSetting } from './backupMerge'

export const BACKUP_FORMAT = 'heupwijs-backup'
export const CHECKSUM_ALGORITHM = 'SHA-256'

/**
 * Larger files are refused before they are read as JSON. Ten years of a full diary is about 4 MB, so
 * this leaves room for growth while keeping a junk file from freezing the phone. Counted in UTF-16
 * code units of the text; the app should compare File.size (bytes) with it before reading the file.
 */
export const MAX_BACKUP_CHARS = 50_000_000

/**
 * Days up to this many calendar days after today are accepted: a backup made in a time zone ahead of
 * ours (or on a phone whose clock ran a little fast) may hold "tomorrow". Later dates are refused.
 */
export const FUTURE_DAYS_ACCEPTED = 1

export interface BackupCounts {
  days: number
  settings: number
}

/** The first and last date of the day records; null when the backup holds no days. */
export interface BackupRange {
  from: string
  to: string
}

export interface BackupChecksum {
  algorithm: typeof CHECKSUM_ALGORITHM
  /** 64 lowercase hexadecimal digits. */
  value: string
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** The version of the app that wrote the file (for support; it does not change how it is read). */
  appVersion: string
  /** ISO instant; the only field outside the checksum, so the checksum names the content. */
  exportedAt: string
  counts: BackupCounts
  range: BackupRange | null
  checksum: BackupChecksum
  data: BackupData
}

declare const checked: unique symbol
/** A backup that parseBackup accepted: the only kind a restore takes. */
export type CheckedBackup = BackupFile & { readonly [checked]: true }

export type BackupProblemCode =
  /** Nothing in the file (or only spaces). */
  | 'empty'
  /** Over MAX_BACKUP_CHARS. */
  | 'tooLarge'
  /** JSON that stops in the middle: the file was cut off while copying or downloading. */
  | 'truncated'
  /** Not JSON at all. */
  | 'notJson'
  /** JSON, but not a Heupwijs backup (another app's file, an export, a list …). */
  | 'notABackup'
  /** A backup from a newer version of the app, which this version cannot read yet. */
  | 'newerVersion'
  /** The content does not match its checksum: the file was changed or damaged after it was made. */
  | 'checksum'
  /** A field is missing, unknown, or holds the wrong kind of value. */
  | 'wrongTypes'
  /** A value lies outside what the app accepts (pain 11, a date that does not exist, …). */
  | 'outOfRange'
  /** The same date appears twice. */
  | 'duplicateDates'
  /** The same setting appears twice. */
  | 'duplicateSettings'
  /** The counts or the date range in the header do not match the records. */
  | 'countsMismatch'

export type BackupParseResult =
  | { ok: true; backup: CheckedBackup }
  | { ok: false; problem: BackupProblemCode; detail?: string }

export interface BackupInput {
  days: readonly DayRecord[]
  settings: readonly BackupSetting[]
  appVersion: string
  now: Date
}

// ---- writing ----------------------------------------------------------------------------------

const byKey =
  <T>(keyOf: (item: T) => string) =>
  (a: T, b: T): number =>
    keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0

/** The checksum of a file: SHA-256 of the canonical JSON of every field except checksum and exportedAt. */
export function backupChecksum(file: Record<string, unknown>): string {
  return sha256Hex(checksumInput(file))
}

/** The text the checksum is taken of: the canonical JSON of every field except checksum and exportedAt. */
function checksumInput(file: Record<string, unknown>): string {
  const { checksum: _checksum, exportedAt: _exportedAt, ...content } = file
  return canonicalJson(content)
}

/** The envelope for a set of days and settings, sorted by date and key. */
export function createBackup({ days, settings, appVersion, now }: BackupInput): BackupFile {
  const content = backupContent(days, settings, appVersion)
  return {
    ...content,
    exportedAt: now.toISOString(),
    checksum: { algorithm: CHECKSUM_ALGORITHM, value: backupChecksum(content) },
  }
}

function backupContent(days: readonly DayRecord[], settings: readonly BackupSetting[], appVersion: string) {
  const sortedDays = [...days].sort(byKey((day) => day.date))
  const sortedSettings = settings.filter((setting) => !isDeviceSetting(setting.key)).sort(byKey((setting) => setting.key))
  const first = sortedDays[0]
  const last = sortedDays.at(-1)
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    counts: { days: sortedDays.length, settings: sortedSettings.length },
    range: first && last ? { from: first.date, to: last.date } : null,
    data: { days: sortedDays, settings: sortedSettings },
  } as const
}

/** The file's text: canonical JSON and a final line break. */
export function serializeBackup(file: BackupFile): string {
  return `${canonicalJson(file)}\n`
}

/** An object written from the canonical JSON of each of its values: keys sorted, as canonicalJson does. */
function joinCanonical(values: Record<string, string>): string {
  return `{${Object.keys(values)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${values[key]}`)
    .join(',')}}`
}

/**
 * The same text as serializeBackup(createBackup(input)), but the data (nearly all of the file) is
 * written as JSON once instead of twice: once for the checksum and once for the file.
 */
export function buildBackupText(input: BackupInput): string {
  const { checksumInput, withChecksum } = backupTextParts(input)
  return withChecksum(sha256Hex(checksumInput))
}

/**
 * A SHA-256 of a text's UTF-8 bytes as 64 lowercase hex digits. The app passes the browser's native
 * crypto.subtle.digest (asynchronous, many times faster than sha256Hex on a ten-year file); the
 * result must be the same as sha256Hex's.
 */
export type Sha256Digest = (text: string) => Promise<string>

/** buildBackupText with the checksum computed by `digest`: the same text. */
export async function buildBackupTextWith(input: BackupInput, digest: Sha256Digest): Promise<string> {
  return (await writeBackupWith(input, digest)).text
}

/** A backup just written, with the checksum computed for it, so reading it back needs no second hash. */
export interface WrittenBackup {
  text: string
  /** The checksum computed while writing: 64 lowercase hexadecimal digits. */
  checksum: string
}

/** The backup's text (as buildBackupTextWith), and what verifyWrittenBackup needs to check it. */
export async function writeBackupWith(input: BackupInput, digest: Sha256Digest): Promise<WrittenBackup> {
  const { checksumInput, withChecksum } = backupTextParts(input)
  const checksum = await digest(checksumInput)
  return { text: withChecksum(checksum), checksum }
}

function backupTextParts({ days, settings, appVersion, now }: BackupInput): { checksumInput: string; withChecksum: (hex: string) => string } {
  const content = backupContent(days, settings, appVersion)
  const parts = Object.fromEntries(Object.entries(content).map(([key, value]) => [key, canonicalJson(value)]))
  return {
    checksumInput: joinCanonical(parts),
    withChecksum: (hex) => {
      const checksum: BackupChecksum = { algorithm: CHECKSUM_ALGORITHM, value: hex }
      return `${joinCanonical({ ...parts, exportedAt: canonicalJson(now.toISOString()), checksum: canonicalJson(checksum) })}\n`
    },
  }
}

// ---- reading ----------------------------------------------------------------------------------

const checksumShape = objectWith({
  algorithm: required(oneOf([CHECKSUM_ALGORITHM])),
  value: required((value, path) => (typeof value === 'string' && /^[0-9a-fA-F]{64}$/.test(value) ? null : path.join('.'))),
})

const rangeShape: ShapeCheck = (value, path) =>
  value === null ? null : objectWith({ from: required(aString), to: required(aString) })(value, path)

/** The whole envelope of the current format version. */
const backupShape = objectWith({
  format: required(oneOf([BACKUP_FORMAT])),
  formatVersion: required(oneOf([BACKUP_FORMAT_VERSION])),
  appVersion: required(aString),
  exportedAt: required(anInstant),
  counts: required(objectWith({ days: required(aCount), settings: required(aCount) })),
  range: required(rangeShape),
  checksum: required(checksumShape),
  data: required(objectWith({ days: required(arrayOf(dayRecordShape)), settings: required(arrayOf(settingShape)) })),
})

const refuse = (problem: BackupProblemCode, detail?: string): BackupParseResult =>
  detail === undefined ? { ok: false, problem } : { ok: false, problem, detail }

/**
 * Reads a backup file's text and checks all of it: its size, that it is JSON, that it is a Heupwijs
 * backup of a version this app can read, its checksum, the type of every field, every value against
 * the app's limits, that no date or setting appears twice, and that the header matches the records.
 * `now` is the current time, for the check that no day lies in the future.
 */
export function parseBackup(text: string, now: Date): BackupParseResult {
  const read = readEnvelope(text)
  if ('ok' in read) return read
  const hashed = contentToHash(read)
  return typeof hashed === 'string' ? finishParse(read, sha256Hex(hashed), now) : hashed
}

/** parseBackup with the checksum computed by `digest`: the same result. */
export async function parseBackupWith(text: string, now: Date, digest: Sha256Digest): Promise<BackupParseResult> {
  const read = readEnvelope(text)
  if ('ok' in read) return read
  const hashed = contentToHash(read)
  return typeof hashed === 'string' ? finishParse(read, await digest(hashed), now) : hashed
}

type Refused = Extract<BackupParseResult, { ok: false }>

interface Envelope {
  raw: Record<string, unknown>
  version: number
}

/** The checks before the checksum: size, JSON, a Heupwijs backup of a version this app can read. */
function readEnvelope(text: string): Envelope | Refused {
  const refused = (problem: BackupProblemCode, detail?: string) => refuse(problem, detail) as Refused
  if (text.length > MAX_BACKUP_CHARS) return refused('tooLarge')
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text // a byte order mark some editors add
  if (body.trim() === '') return refused('empty')

  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch {
    return refused(stopsMidway(body) ? 'truncated' : 'notJson')
  }
  if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) return refused('notABackup')

  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refused('wrongTypes', 'formatVersion')
  if (version > BACKUP_FORMAT_VERSION) return refused('newerVersion', String(version))

  const checksumProblem = checkShape(checksumShape, raw.checksum, 'checksum')
  if (checksumProblem !== null) return refused('wrongTypes', checksumProblem)
  return { raw, version }
}

/** The text a file's checksum must be the hash of; refused when the file is nested too deeply to write. */
function contentToHash({ raw }: Envelope): string | Refused {
  try {
    return checksumInput(raw)
  } catch (error) {
    if (error instanceof TooDeepError) return refuse('wrongTypes', 'nesting') as Refused
    throw error
  }
}

/** The checks after the checksum was computed: that it matches, then the shape, values and header. */
function finishParse({ raw, version }: Envelope, expected: string, now: Date): BackupParseResult {
  if (expected !== (raw.checksum as BackupChecksum).value.toLowerCase()) return refuse('checksum')

  const file = migrateBackup(raw, version)
  const wrongType = checkShape(backupShape, file, 'file')
  if (wrongType !== null) return refuse('wrongTypes', wrongType)
  const backup = file as unknown as BackupFile

  const problem = checkValues(backup, now) ?? checkUnique(backup) ?? checkHeader(backup)
  if (problem) return problem
  return { ok: true, backup: backup as CheckedBackup }
}

function checkValues(backup: BackupFile, now: Date): BackupParseResult | null {
  const latestAccepted = new Date(now.getTime() + FUTURE_DAYS_ACCEPTED * 86_400_000)
  for (let i = 0; i < backup.data.days.length; i++) {
    const problems = validateDay(backup.data.days[i]!, latestAccepted)
    if (problems.length > 0) return refuse('outOfRange', `file.data.days.${i}.${problems[0]!.field}`)
  }
  return null
}

function checkUnique(backup: BackupFile): BackupParseResult | null {
  const dates = new Set<string>()
  for (const day of backup.data.days) {
    if (dates.has(day.date)) return refuse('duplicateDates', day.date)
    dates.add(day.date)
  }
  const keys = new Set<string>()
  for (const setting of backup.data.settings) {
    if (keys.has(setting.key)) return refuse('duplicateSettings', setting.key)
    keys.add(setting.key)
  }
  return null
}

function checkHeader({ counts, range, data }: BackupFile): BackupParseResult | null {
  if (counts.days !== data.days.length) return refuse('countsMismatch', 'counts.days')
  if (counts.settings !== data.settings.length) return refuse('countsMismatch', 'counts.settings')
  let from: string | null = null
  let to: string | null = null
  for (const { date } of data.days) {
    if (from === null || date < from) from = date
    if (to === null || date > to) to = date
  }
  const matches = range === null ? from === null : range.from === from && range.to === to
  return matches ? null : refuse('countsMismatch', 'range')
}

/**
 * True when a text that failed to parse looks like JSON cut off: it opens an object or array and ends
 * while one is still open (or inside a string), with no closing bracket that does not fit before that.
 */
export function stopsMidway(text: string): boolean {
  const start = text.search(/\S/)
  if (text[start] !== '{' && text[start] !== '[') return false
  const open: string[] = []
  let inString = false
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') {
      inString = true
    } else if (char === '{' || char === '[') {
      open.push(char)
    } else if (char === '}' || char === ']') {
      if (open.pop() !== (char === '}' ? '{' : '[')) return false
      if (open.length === 0) return false // the outermost value closed: whatever is wrong, it is not the end
    }
  }
  return inString || open.length > 0
}

// ---- checking a written backup ----------------------------------------------------------------

/**
 * Reads a just-written backup back as a restore would: it must be JSON, a Heupwijs backup of this
 * version, of the right shape, with every value in range, no date or setting twice, a header that
 * matches, the checksum that was computed, and the counts of the database. One thing is not done
 * again: writing the content canonically and hashing it. The text was written as canonical JSON, and
 * canonical JSON read back and written again is the same text (a property test holds canonicalJson to
 * that), so a restore's hash of it is the checksum that was just computed.
 */
export function verifyWrittenBackup(written: WrittenBackup, expected: BackupCounts, now: Date): BackupParseResult {
  const read = readEnvelope(written.text)
  if ('ok' in read) return read
  return countsAsExpected(finishParse(read, written.checksum, now), expected)
}

function countsAsExpected(parsed: BackupParseResult, expected: BackupCounts): BackupParseResult {
  if (!parsed.ok) return parsed
  const { counts } = parsed.backup
  if (counts.days !== expected.days) return refuse('countsMismatch', 'days')
  if (counts.settings !== expected.settings) return refuse('countsMismatch', 'settings')
  return parsed
}
