import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCsv, CSV_COLUMNS, defuseFormula, type CsvLabels, type CsvVariant } from '../../../src/domain/csvExport'
import type { DayRecord } from '../../../src/domain/dayLog'
import { daysArb } from '../../fixtures/backupData'
import { makeDay, makeFullDay } from '../../fixtures/days'

const labels: CsvLabels = {
  headers: Object.fromEntries(CSV_COLUMNS.map((column) => [column, `kop ${column}`])) as CsvLabels['headers'],
  taken: 'ja',
  heavyLoads: { heavyWork: 'zwaar werk', intensiveSport: 'intensief sporten', longStandingOrWalking: 'lang staan of lopen', fall: 'gevallen' },
}

/** A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"' && field === '') {
      quoted = true
    } else if (char === separator) {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += char
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last row must end with CRLF')
  return rows
}

function read(days: DayRecord[], variant: CsvVariant) {
  const text = buildCsv(days, { variant, labels })
  expect(text.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsv(text.slice(1), variant === 'nl' ? ';' : ',')
  return { header: header!, rows: rows.map((row) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]]))) }
}

describe('buildCsv', () => {
  it('writes the documented columns with the given header texts', () => {
    const { header } = read([], 'nl')
    expect(header).toEqual(CSV_COLUMNS.map((column) => `kop ${column}`))
    expect(CSV_COLUMNS).toHaveLength(21)
  })

  it('writes one row per day, oldest first, with every value of a full day', () => {
    const day = makeFullDay('2026-11-01')
    day.activities.push({ id: 'w', type: 'walking', minutes: 15 }, { id: 'w2', type: 'walking', minutes: 5 })
    day.medication.push({ id: 'i', kind: 'injection' }, { id: 'o', kind: 'otherPainkiller', description: 'naproxen' })
    const { rows } = read([makeDay('2026-11-03', { worstPain: 2 }), day], 'nl')
    expect(rows.map((row) => row.date)).toEqual(['2026-11-01', '2026-11-03'])
    expect(rows[0]).toEqual({
      date: '2026-11-01',
      morningPain: '4',
      nightPain: '3',
      stiffnessMinutes: '20',
      startUpPain: '1',
      worstPain: '6',
      badPeriod: '0',
      activityMinutes: '50',
      cyclingMinutes: '30',
      swimmingMinutes: '0',
      gardeningMinutes: '0',
      walkingMinutes: '20',
      otherActivityMinutes: '0',
      exerciseSets: '2',
      paracetamolDoses: '2',
      otherPainkiller: 'naproxen',
      injection: 'ja',
      weightKg: '82,5',
      cigarettes: '3',
      heavyLoads: 'lang staan of lopen',
      notes: 'Tuin gedaan, daarna wat stijf. <b>geen html</b> 🌷',
    })
    expect(rows[1]).toMatchObject({ worstPain: '2', morningPain: '', weightKg: '', startUpPain: '', badPeriod: '0', activityMinutes: '0' })
  })

  it('uses ; and a decimal comma for Dutch spreadsheets, and , and a decimal point in English', () => {
    const day = makeDay('2026-11-01', { weightKg: 82.5, notes: [{ id: 'n', text: 'a;b,c' }] })
    const nl = buildCsv([day], { variant: 'nl', labels })
    const en = buildCsv([day], { variant: 'en', labels })
    expect(nl.split('\r\n')[1]).toContain(';82,5;')
    expect(nl.split('\r\n')[1]!.endsWith(';"a;b,c"')).toBe(true)
    expect(en.split('\r\n')[1]).toContain(',82.5,')
    expect(en.split('\r\n')[1]!.endsWith(',"a;b,c"')).toBe(true)
  })

  it('quotes notes with quotes and line breaks, and keeps several notes in one cell', () => {
    const notes = [
      { id: '1', text: 'Hij zei: "rustig aan"' },
      { id: '2', text: 'regel een\r\nregel twee' },
    ]
    const { rows } = read([makeDay('2026-11-01', { notes })], 'nl')
    expect(rows[0]?.notes).toBe('Hij zei: "rustig aan"\nregel een\r\nregel twee')
  })

  it('writes text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(defuseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`)
    expect(defuseFormula('-2 kg')).toBe(`'-2 kg`)
    expect(defuseFormula('goed')).toBe('goed')
    const { rows } = read([makeDay('2026-11-01', { notes: [{ id: 'n', text: '@SUM(A1)' }] })], 'en')
    expect(rows[0]?.notes).toBe(`'@SUM(A1)`)
  })

  it('leaves out generated example days unless asked for', () => {
    const days = [makeDay('2026-11-01', { example: true }), makeDay('2026-11-02')]
    const { rows } = read(days, 'nl')
    expect(rows.map((row) => row.date)).toEqual(['2026-11-02'])
    expect(buildCsv(days, { variant: 'nl', labels, includeExampleDays: true }).split('\r\n')).toHaveLength(4) // header, 2 rows, end
  })

  it('round-trips any diary through a CSV reader: one row per day, every number back', () => {
    fc.assert(
      fc.property(daysArb(20), fc.constantFrom<CsvVariant>('nl', 'en'), (days, variant) => {
        const real = days.filter((day) => day.example !== true).sort((a, b) => (a.date < b.date ? -1 : 1))
        const { rows } = read(days, variant)
        expect(rows.map((row) => row.date)).toEqual(real.map((day) => day.date))
        rows.forEach((row, i) => {
          const day = real[i]!
          const asNumber = (cell: string | undefined) => (cell === '' || cell === undefined ? undefined : Number(cell.replace(',', '.')))
          expect(asNumber(row.worstPain)).toBe(day.worstPain)
          expect(asNumber(row.weightKg)).toBe(day.weightKg)
          expect(asNumber(row.cigarettes)).toBe(day.cigarettes)
          expect(asNumber(row.morningPain)).toBe(day.morning?.painNow)
          expect(asNumber(row.activityMinutes)).toBe(day.activities.reduce((sum, a) => sum + a.minutes, 0))
          const notes = day.notes.map((note) => note.text).filter((text) => text.trim() !== '')
          expect(row.notes).toBe(notes.map(defuseFormula).join('\n'))
        })
      }),
      { numRuns: 200 },
    )
  })
})
