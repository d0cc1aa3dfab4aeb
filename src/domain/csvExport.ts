/**
 * The diary as a CSV file: one row per logged day, oldest first, with the columns described in
 * docs/csv-format.md. Meant to be opened in a spreadsheet, not read back by the app (that is what
 * the backup is for).
 *
 * Separator and decimal mark: Excel and LibreOffice in Dutch use the comma as the decimal mark, so a
 * comma-separated file would split "82,5" into two cells; their CSV separator is the semicolon. The
 * 'nl' variant therefore writes `;` and `82,5`, the 'en' variant `,` and `82.5`. Both are UTF-8 with
 * a byte order mark (without it Excel reads UTF-8 as an old Windows code page and garbles é and ë),
 * CRLF line ends, and fields quoted as RFC 4180 describes.
 *
 * The domain knows no language: the header texts and the few words in cells come in as `labels`.
 */
import { ACTIVITY_TYPES, type ActivityType, type DayRecord, type HeavyLoadKind } from './dayLog'

export const CSV_COLUMNS = [
  'date',
  'morningPain',
  'nightPain',
  'stiffnessMinutes',
  'startUpPain',
  'worstPain',
  'badPeriod',
  'activityMinutes',
  'cyclingMinutes',
  'swimmingMinutes',
  'gardeningMinutes',
  'walkingMinutes',
  'otherActivityMinutes',
  'exerciseSets',
  'paracetamolDoses',
  'otherPainkiller',
  'injection',
  'weightKg',
  'cigarettes',
  'heavyLoads',
  'notes',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export type CsvVariant = 'nl' | 'en'

export const CSV_FORMATS: Record<CsvVariant, { separator: string; decimalMark: string }> = {
  nl: { separator: ';', decimalMark: ',' },
  en: { separator: ',', decimalMark: '.' },
}

export interface CsvLabels {
  /** The header text of every column, in the patient's language. */
  headers: Record<CsvColumn, string>
  /** Written for a painkiller or injection logged without a description ("ja", "yes"). */
  taken: string
  heavyLoads: Record<HeavyLoadKind, string>
}

export interface CsvOptions {
  variant: CsvVariant
  labels: CsvLabels
  /** Generated example days are left out unless asked for: a file for others never holds made-up data by accident. */
  includeExampleDays?: boolean
}

const BOM = '\uFEFF'
const LINE_END = '\r\n'
/** Several notes or descriptions in one cell. */
const LIST_JOIN = '\n'

const MINUTES_COLUMN: Record<ActivityType, CsvColumn> = {
  cycling: 'cyclingMinutes',
  swimming: 'swimmingMinutes',
  gardening: 'gardeningMinutes',
  walking: 'walkingMinutes',
  other: 'otherActivityMinutes',
}

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula. The patient's own text is
 * written with a leading apostrophe in that case (OWASP's advice), so a note can never run as one.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** Quotes a field when it holds the separator, a quote or a line break; quotes inside are doubled. */
export function quoteField(field: string, separator: string): string {
  if (!field.includes(separator) && !/["\r\n]/.test(field)) return field
  return `"${field.replaceAll('"', '""')}"`
}

/** The CSV file's text (byte order mark included) for the days, one row per day, oldest first. */
export function buildCsv(days: readonly DayRecord[], { variant, labels, includeExampleDays = false }: CsvOptions): string {
  const { separator, decimalMark } = CSV_FORMATS[variant]
  const number = (value: number | undefined): string => (value === undefined ? '' : String(value).replace('.', decimalMark))
  const flag = (value: boolean | undefined): string => (value === undefined ? '' : value ? '1' : '0')
  const text = (value: string): string => defuseFormula(value)

  const rows = [CSV_COLUMNS.map((column) => labels.headers[column])]
  const sorted = days.filter((day) => includeExampleDays || day.example !== true).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  for (const day of sorted) {
    const minutesByType = new Map<ActivityType, number>(ACTIVITY_TYPES.map((type) => [type, 0]))
    for (const activity of day.activities) minutesByType.set(activity.type, minutesByType.get(activity.type)! + activity.minutes)
    const described = (kind: 'otherPainkiller' | 'injection'): string =>
      day.medication
        .filter((entry) => entry.kind === kind)
        .map((entry) => text(entry.description?.trim() || labels.taken))
        .join(LIST_JOIN)
    const paracetamol = day.medication.filter((entry) => entry.kind === 'paracetamol')

    const cells: Record<CsvColumn, string> = {
      date: day.date,
      morningPain: number(day.morning?.painNow),
      nightPain: number(day.morning?.nightPain),
      stiffnessMinutes: number(day.morning?.stiffnessMinutes),
      startUpPain: flag(day.morning?.startUpPain),
      worstPain: number(day.worstPain),
      badPeriod: flag(day.badPeriod ?? false),
      activityMinutes: number(day.activities.reduce((sum, activity) => sum + activity.minutes, 0)),
      cyclingMinutes: '',
      swimmingMinutes: '',
      gardeningMinutes: '',
      walkingMinutes: '',
      otherActivityMinutes: '',
      exerciseSets: number(day.exercises.reduce((sum, exercise) => sum + exercise.sets, 0)),
      // A paracetamol entry without a number of doses counts as one dose.
      paracetamolDoses: number(paracetamol.length === 0 ? 0 : paracetamol.reduce((sum, entry) => sum + (entry.doses ?? 1), 0)),
      otherPainkiller: described('otherPainkiller'),
      injection: described('injection'),
      weightKg: number(day.weightKg),
      cigarettes: number(day.cigarettes),
      heavyLoads: day.heavyLoads.map((load) => labels.heavyLoads[load.kind]).join(LIST_JOIN),
      notes: day.notes
        .map((note) => note.text)
        .filter((note) => note.trim() !== '')
        .map(text)
        .join(LIST_JOIN),
    }
    for (const [type, minutes] of minutesByType) cells[MINUTES_COLUMN[type]] = number(minutes)
    rows.push(CSV_COLUMNS.map((column) => cells[column]))
  }
  return BOM + rows.map((row) => row.map((field) => quoteField(field, separator)).join(separator) + LINE_END).join('')
}
