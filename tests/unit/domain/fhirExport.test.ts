/**
 * The FHIR bundle is checked against the R4 rules it has to meet, written out by hand (no network and
 * no schema package here): required fields, cardinalities, value sets, data type formats, references
 * that resolve inside the bundle, and no element R4 does not define.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DayRecord } from '../../../src/domain/dayLog'
import { buildFhirBundle, nameBasedUuid, type FhirBundle, type FhirObservation } from '../../../src/domain/fhirExport'
import { daysArb } from '../../fixtures/backupData'
import { makeDay, makeFullDay, NOW } from '../../fixtures/days'

type Json = Record<string, unknown>

/** R4 primitive formats (https://hl7.org/fhir/R4/datatypes.html). */
const ID = /^[A-Za-z0-9\-.]{1,64}$/
const DATE_TIME = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/
const INSTANT = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The elements R4 defines on each resource (those not used here are listed too, so none is refused wrongly). */
const ELEMENTS = {
  Bundle: ['resourceType', 'id', 'meta', 'implicitRules', 'language', 'identifier', 'type', 'timestamp', 'total', 'link', 'entry', 'signature'],
  Patient: ['resourceType', 'id', 'meta', 'implicitRules', 'language', 'text', 'contained', 'extension', 'modifierExtension', 'identifier', 'active', 'name', 'telecom', 'gender', 'birthDate', 'deceasedBoolean', 'deceasedDateTime', 'address', 'maritalStatus', 'multipleBirthBoolean', 'multipleBirthInteger', 'photo', 'contact', 'communication', 'generalPractitioner', 'managingOrganization', 'link'],
  Observation: ['resourceType', 'id', 'meta', 'implicitRules', 'language', 'text', 'contained', 'extension', 'modifierExtension', 'identifier', 'basedOn', 'partOf', 'status', 'category', 'code', 'subject', 'focus', 'encounter', 'effectiveDateTime', 'effectivePeriod', 'effectiveTiming', 'effectiveInstant', 'issued', 'performer', 'valueQuantity', 'valueCodeableConcept', 'valueString', 'valueBoolean', 'valueInteger', 'valueRange', 'valueRatio', 'valueSampledData', 'valueTime', 'valueDateTime', 'valuePeriod', 'dataAbsentReason', 'interpretation', 'note', 'bodySite', 'method', 'specimen', 'device', 'referenceRange', 'hasMember', 'derivedFrom', 'component'],
} as const
const BUNDLE_TYPES = ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection']
const OBSERVATION_STATUS = ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown']
const CATEGORIES = ['social-history', 'vital-signs', 'imaging', 'laboratory', 'procedure', 'survey', 'exam', 'therapy', 'activity']

function onlyKnownElements(resource: Json, type: keyof typeof ELEMENTS): string[] {
  return Object.keys(resource).filter((key) => !(ELEMENTS[type] as readonly string[]).includes(key))
}

function codingProblems(concept: unknown, where: string): string[] {
  const problems: string[] = []
  const c = concept as Json
  if (typeof c !== 'object' || c === null) return [`${where} is not a CodeableConcept`]
  for (const key of Object.keys(c)) if (!['coding', 'text', 'id', 'extension'].includes(key)) problems.push(`${where}.${key} unknown`)
  if (c.coding !== undefined) {
    if (!Array.isArray(c.coding) || c.coding.length === 0) problems.push(`${where}.coding must be a non-empty list`)
    for (const coding of (c.coding as Json[]) ?? []) {
      if (typeof coding.system !== 'string' || !/^https?:\/\//.test(coding.system)) problems.push(`${where}.coding.system must be a URI`)
      if (typeof coding.code !== 'string' || coding.code.trim() === '') problems.push(`${where}.coding.code missing`)
    }
  }
  if (c.coding === undefined && typeof c.text !== 'string') problems.push(`${where} needs coding or text`)
  return problems
}

/** Every R4 rule this bundle must meet; an empty list means it is valid. */
function r4Problems(bundle: FhirBundle): string[] {
  const problems: string[] = []
  const b = bundle as unknown as Json
  if (b.resourceType !== 'Bundle') problems.push('resourceType must be Bundle')
  problems.push(...onlyKnownElements(b, 'Bundle').map((key) => `Bundle.${key} unknown`))
  if (!BUNDLE_TYPES.includes(b.type as string)) problems.push('Bundle.type not in the value set')
  if (typeof b.id !== 'string' || !ID.test(b.id)) problems.push('Bundle.id is not an id')
  if (typeof b.timestamp !== 'string' || !INSTANT.test(b.timestamp)) problems.push('Bundle.timestamp is not an instant')
  const entries = b.entry as Json[]
  const fullUrls = new Set(entries.map((entry) => entry.fullUrl))
  if (fullUrls.size !== entries.length) problems.push('bdl-7: fullUrl must be unique')
  for (const [i, entry] of entries.entries()) {
    const where = `entry[${i}]`
    if (typeof entry.fullUrl !== 'string' || !URN_UUID.test(entry.fullUrl)) problems.push(`${where}.fullUrl is not a urn:uuid`)
    const resource = entry.resource as Json
    if (entry.fullUrl !== `urn:uuid:${resource.id}`) problems.push(`${where}: the fullUrl must end in the resource id`)
    if (typeof resource.id !== 'string' || !ID.test(resource.id)) problems.push(`${where}.resource.id is not an id`)
    if (resource.resourceType === 'Patient') {
      problems.push(...onlyKnownElements(resource, 'Patient').map((key) => `Patient.${key} unknown`))
      for (const identity of ['name', 'identifier', 'birthDate', 'telecom', 'address', 'gender']) {
        if (identity in resource) problems.push(`Patient holds identity data: ${identity}`)
      }
      continue
    }
    if (resource.resourceType !== 'Observation') {
      problems.push(`${where}: unexpected ${String(resource.resourceType)}`)
      continue
    }
    problems.push(...onlyKnownElements(resource, 'Observation').map((key) => `Observation.${key} unknown`))
    if (!OBSERVATION_STATUS.includes(resource.status as string)) problems.push(`${where}.status not in the value set`)
    problems.push(...codingProblems(resource.code, `${where}.code`))
    for (const c of (resource.category as Json[]) ?? []) {
      problems.push(...codingProblems(c, `${where}.category`))
      const codes = ((c.coding as Json[]) ?? []).map((coding) => coding.code)
      if (!codes.every((code) => CATEGORIES.includes(code as string))) problems.push(`${where}.category not in the value set`)
    }
    const subject = resource.subject as Json | undefined
    if (!subject || !fullUrls.has(subject.reference)) problems.push(`${where}.subject does not resolve inside the bundle`)
    if (typeof resource.effectiveDateTime !== 'string' || !DATE_TIME.test(resource.effectiveDateTime)) problems.push(`${where}.effectiveDateTime is not a dateTime`)
    const values = Object.keys(resource).filter((key) => key.startsWith('value'))
    if (values.length !== 1) problems.push(`${where}: obs-6/value[x] must appear once, found ${values.length}`)
    const quantity = resource.valueQuantity as Json | undefined
    if (quantity) {
      if (typeof quantity.value !== 'number' || !Number.isFinite(quantity.value)) problems.push(`${where}.valueQuantity.value is not a decimal`)
      if (quantity.system !== 'http://unitsofmeasure.org' || typeof quantity.code !== 'string') problems.push(`${where}.valueQuantity needs a UCUM code`)
    }
    if (resource.valueCodeableConcept) problems.push(...codingProblems(resource.valueCodeableConcept, `${where}.valueCodeableConcept`))
  }
  return problems
}

const observations = (bundle: FhirBundle) => bundle.entry.map((entry) => entry.resource).filter((r): r is FhirObservation => r.resourceType === 'Observation')
const withCode = (bundle: FhirBundle, code: string) => observations(bundle).filter((o) => o.code.coding?.[0]?.code === code)

describe('buildFhirBundle', () => {
  it('is a valid R4 collection bundle for any diary', () => {
    fc.assert(
      fc.property(daysArb(20), fc.boolean(), (days, smoker) => {
        const bundle = buildFhirBundle(days, { now: NOW, profile: smoker ? { smoking: { cigarettesPerDay: 5 } } : {} })
        expect(r4Problems(bundle)).toEqual([])
        expect(bundle.type).toBe('collection')
      }),
      { numRuns: 200 },
    )
  })

  it('notices a broken bundle (the checker itself can fail)', () => {
    const bundle = buildFhirBundle([makeFullDay('2026-11-01')], { now: NOW })
    const broken = structuredClone(bundle) as unknown as { entry: { resource: Json }[] }
    delete broken.entry[1]!.resource.status
    broken.entry[2]!.resource.subject = { reference: 'Patient/elsewhere' }
    broken.entry[3]!.resource.valueInteger = 4
    expect(r4Problems(broken as unknown as FhirBundle)).toHaveLength(3)
  })

  it('writes pain, weight and activity minutes of a day with their LOINC codes and UCUM units', () => {
    const bundle = buildFhirBundle([makeFullDay('2026-11-01')], { now: NOW })
    const pain = withCode(bundle, '72514-3')
    expect(pain.map((o) => [o.code.text, o.valueQuantity?.value])).toEqual([
      ['Hip pain on waking (0-10)', 4],
      ['Hip pain during the night (0-10)', 3],
      ['Worst hip pain of the day (0-10)', 6],
    ])
    expect(pain[0]?.valueQuantity).toEqual({ value: 4, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' })
    expect(withCode(bundle, '29463-7')[0]).toMatchObject({
      effectiveDateTime: '2026-11-01',
      valueQuantity: { value: 82.5, unit: 'kg', code: 'kg' },
      category: [{ coding: [{ code: 'vital-signs' }] }],
    })
    expect(withCode(bundle, '55411-3')[0]?.valueQuantity).toEqual({ value: 30, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' })
  })

  it('writes the smoking status only when the profile holds smoking details', () => {
    expect(withCode(buildFhirBundle([], { now: NOW, profile: {} }), '72166-2')).toEqual([])
    const smoker = withCode(buildFhirBundle([], { now: NOW, profile: { smoking: { cigarettesPerDay: 8 } } }), '72166-2')
    expect(smoker[0]).toMatchObject({ effectiveDateTime: '2026-11-24', valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '77176002' }] } })
    const quit = withCode(buildFhirBundle([], { now: NOW, profile: { smoking: { cigarettesPerDay: 0, quitDate: '2026-10-01' } } }), '72166-2')
    expect(quit[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('8517006')
  })

  it('holds no identity: the subject is an anonymous Patient inside the bundle', () => {
    const bundle = buildFhirBundle([makeDay('2026-11-01', { worstPain: 3 })], { now: NOW })
    expect(bundle.entry[0]?.resource).toEqual({ resourceType: 'Patient', id: expect.any(String) })
    expect(observations(bundle)[0]?.subject.reference).toBe(bundle.entry[0]?.fullUrl)
  })

  it('gives the same bundle for the same export, and leaves out empty values and (unless asked for) example days', () => {
    const days: DayRecord[] = [makeDay('2026-11-02', { worstPain: 5 }), makeDay('2026-11-01', { worstPain: 1, example: true }), makeDay('2026-11-03')]
    const bundle = buildFhirBundle(days, { now: NOW })
    expect(buildFhirBundle(days, { now: NOW })).toEqual(bundle)
    expect(observations(bundle).map((o) => o.effectiveDateTime)).toEqual(['2026-11-02'])
    expect(buildFhirBundle(days, { now: NOW, seed: 'other' }).id).not.toBe(bundle.id)
    const withExample = buildFhirBundle(days, { now: NOW, includeExampleDays: true })
    expect(observations(withExample).map((o) => o.effectiveDateTime)).toEqual(['2026-11-01', '2026-11-02'])
  })

  it('makes name-based UUIDs of version 8 with the RFC variant', () => {
    const uuid = nameBasedUuid('x')
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(nameBasedUuid('x')).toBe(uuid)
    expect(nameBasedUuid('y')).not.toBe(uuid)
  })
})
