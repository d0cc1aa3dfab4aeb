/**
 * docs/backup-format.schema.json and parseBackup must agree: files the app writes pass the schema,
 * and files the app refuses for their shape or values fail it. The checker below implements the few
 * JSON Schema 2020-12 keywords the schema uses, and fails on any other, so it cannot silently skip one.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildBackupText, parseBackup } from '../../../src/domain/backupFormat'
import { LIMITS } from '../../../src/domain/validation'
import { dataArb, NOW } from '../../fixtures/backupData'
import { badFiles, goodText } from '../../fixtures/badBackups'

type Schema = Record<string, unknown>
const root = JSON.parse(readFileSync(new URL('../../../docs/backup-format.schema.json', import.meta.url), 'utf8')) as Schema

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs'])

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

/** The first place where `value` breaks `schema`, or null. */
function schemaError(value: unknown, schema: Schema, path = '#'): string | null {
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue
    const fail = (why: string) => `${path}: ${why}`
    switch (keyword) {
      case '$ref': {
        const name = (rule as string).replace('#/$defs/', '')
        const error = schemaError(value, (root.$defs as Record<string, Schema>)[name]!, path)
        if (error) return error
        break
      }
      case 'type': {
        const actual = typeOf(value)
        if (!(actual === rule || (rule === 'number' && actual === 'integer'))) return fail(`expected ${String(rule)}, got ${actual}`)
        break
      }
      case 'const':
        if (value !== rule) return fail(`expected ${JSON.stringify(rule)}`)
        break
      case 'enum':
        if (!(rule as unknown[]).includes(value)) return fail('not in enum')
        break
      case 'anyOf':
        if ((rule as Schema[]).every((option) => schemaError(value, option, path) !== null)) return fail('matches no option of anyOf')
        break
      case 'required':
        if (typeOf(value) === 'object') for (const key of rule as string[]) if (!Object.hasOwn(value as object, key)) return fail(`missing ${key}`)
        break
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, sub] of Object.entries(rule as Record<string, Schema>)) {
            if (!Object.hasOwn(value as object, key)) continue
            const error = schemaError((value as Record<string, unknown>)[key], sub, `${path}/${key}`)
            if (error) return error
          }
        }
        break
      case 'additionalProperties':
        if (rule !== false) throw new Error('only additionalProperties: false is supported')
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties as object) ?? {})
          const extra = Object.keys(value as object).find((key) => !known.includes(key))
          if (extra !== undefined) return fail(`unknown property ${extra}`)
        }
        break
      case 'items':
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const error = schemaError(value[i], rule as Schema, `${path}/${i}`)
            if (error) return error
          }
        }
        break
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) return fail('below minimum')
        break
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) return fail('above maximum')
        break
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) return fail('does not match pattern')
        break
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number)) return fail('too short')
        break
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (rule as number)) return fail('too long')
        break
      default:
        throw new Error(`the test's checker does not know the keyword ${keyword}`)
    }
  }
  return null
}

const validate = (text: string) => schemaError(JSON.parse(text), root)
const def = (name: string) => (root.$defs as Record<string, Schema>)[name]!
const property = (defName: string, name: string) => (def(defName).properties as Record<string, Schema>)[name]!

/** Refused by the app for reasons the schema cannot express (see docs/backup-format.md). */
const BEYOND_THE_SCHEMA = new Set(['30 February', 'a day next year'])

describe('the JSON Schema of format version 1', () => {
  it('accepts the golden file and what the app writes for any diary', () => {
    expect(validate(readFileSync(new URL('../../fixtures/backups/v1.json', import.meta.url), 'utf8'))).toBeNull()
    expect(validate(goodText())).toBeNull()
    fc.assert(
      fc.property(dataArb(20), (data) => {
        const text = buildBackupText({ ...data, appVersion: '0.1.0', now: NOW })
        expect(parseBackup(text, NOW).ok).toBe(true)
        expect(validate(text)).toBeNull()
      }),
      { numRuns: 100 },
    )
  })

  it('refuses every file the app refuses for a wrong type, a missing or unknown field, or a value out of range', () => {
    const files = badFiles().filter((file) => (file.problem === 'wrongTypes' || file.problem === 'outOfRange') && !BEYOND_THE_SCHEMA.has(file.name))
    expect(files.length).toBeGreaterThan(40)
    for (const file of files) expect({ name: file.name, error: validate(file.text()) }).toEqual({ name: file.name, error: expect.any(String) })
  })

  it('leaves the checksum, duplicates, counts, calendar and future dates to the app', () => {
    const files = badFiles().filter(
      (file) => BEYOND_THE_SCHEMA.has(file.name) || ['checksum', 'duplicateDates', 'duplicateSettings', 'countsMismatch'].includes(file.problem),
    )
    for (const file of files) expect({ name: file.name, error: validate(file.text()) }).toEqual({ name: file.name, error: null })
  })

  it('is the same in docs/backup-format.md as in the schema file', () => {
    const doc = readFileSync(new URL('../../../docs/backup-format.md', import.meta.url), 'utf8')
    const block = doc.split('## JSON Schema')[1]?.match(/```json\n([\s\S]*?)\n```/)?.[1]
    expect(JSON.parse(block ?? 'null')).toEqual(root)
  })

  it("uses the app's own limits for every value", () => {
    const range = (schema: Schema) => ({ min: schema.minimum, max: schema.maximum })
    expect(range(def('pain'))).toEqual(LIMITS.pain)
    expect(range(def('minutes'))).toEqual(LIMITS.minutes)
    expect(range(property('day', 'weightKg'))).toEqual(LIMITS.weightKg)
    expect(range(property('day', 'cigarettes'))).toEqual(LIMITS.cigarettes)
    expect(range(property('morning', 'stiffnessMinutes'))).toEqual(LIMITS.stiffnessMinutes)
    expect(range(property('exercise', 'sets'))).toEqual(LIMITS.sets)
    expect(range(property('exercise', 'reps'))).toEqual(LIMITS.reps)
    expect(range(property('exercise', 'seconds'))).toEqual(LIMITS.seconds)
    expect(range(property('medication', 'doses'))).toEqual(LIMITS.doses)
    expect(property('note', 'text').maxLength).toBe(LIMITS.noteLength.max)
  })
})
