/**
 * The diary as an HL7 FHIR R4 Bundle of type `collection`: Observations with LOINC codes (see
 * ../shared/clinical.md), for a doctor's or a health app's system. Only what the patient logged goes in:
 * no interpretation, and no identity — the subject is an anonymous Patient in the same bundle.
 *
 * Choices, in short (docs/fhir-export.md has the long form):
 * - Pain (72514-3) as valueQuantity with the UCUM unit {score}, not valueInteger: LOINC gives {score} as
 *   the unit of this code, R4's own score examples use Quantity, and a Quantity keeps that unit and
 *   system with the number, which systems that chart observations expect. Worst pain, pain on waking
 *   and night pain share the code and are told apart by code.text.
 * - Body weight (29463-7) in kg, declared against the R4 bodyweight vital-signs profile it meets.
 * - Activity minutes of a day as exercise duration (55411-3) in UCUM `min`.
 * - Smoking status (72166-2) once, at the export date, only when the profile holds smoking details:
 *   SNOMED CT 8517006 "Ex-smoker" when the quit date has passed, else 77176002 "Smoker". Cigarettes per
 *   day are left out: there is no code for them in the project's list, and a guessed code is worse
 *   than none (they are in the CSV).
 * - Effective time is the local calendar day ('YYYY-MM-DD', a valid FHIR dateTime), never an instant.
 * - Ids are derived from `seed` and a name with SHA-256, so the same export gives the same bundle.
 */
import { toLocalDate, type LocalDate } from './dates'
import type { DayRecord } from './dayLog'
import type { Profile } from './plan'
import { sha256Hex } from './sha256'

export const LOINC = 'http://loinc.org'
export const SNOMED = 'http://snomed.info/sct'
export const UCUM = 'http://unitsofmeasure.org'
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category'

export interface FhirCoding {
  system: string
  code: string
  display?: string
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[]
  text?: string
}

export interface FhirQuantity {
  value: number
  unit: string
  system: string
  code: string
}

export interface FhirReference {
  reference: string
}

export interface FhirPatient {
  resourceType: 'Patient'
  id: string
}

export interface FhirObservation {
  resourceType: 'Observation'
  id: string
  meta?: { profile: string[] }
  status: 'final'
  category: FhirCodeableConcept[]
  code: FhirCodeableConcept
  subject: FhirReference
  effectiveDateTime: string
  valueQuantity?: FhirQuantity
  valueCodeableConcept?: FhirCodeableConcept
}

export interface FhirBundleEntry {
  fullUrl: string
  resource: FhirPatient | FhirObservation
}

export interface FhirBundle {
  resourceType: 'Bundle'
  id: string
  type: 'collection'
  timestamp: string
  entry: FhirBundleEntry[]
}

/** The code.text of each kind of observation, in the patient's language. */
export interface FhirTexts {
  worstPain: string
  morningPain: string
  nightPain: string
  bodyWeight: string
  activityDuration: string
  smokingStatus: string
}

export const ENGLISH_FHIR_TEXTS: FhirTexts = {
  worstPain: 'Worst hip pain of the day (0-10)',
  morningPain: 'Hip pain on waking (0-10)',
  nightPain: 'Hip pain during the night (0-10)',
  bodyWeight: 'Body weight',
  activityDuration: 'Physical activity, total minutes of the day',
  smokingStatus: 'Tobacco smoking status',
}

export interface FhirOptions {
  /** The time of the export: the bundle's timestamp and the date of the smoking status. */
  now: Date
  profile?: Profile | null
  texts?: FhirTexts
  /** Generated example days are left out unless asked for, so no made-up data reaches a doctor's system. */
  includeExampleDays?: boolean
  /**
   * Makes the ids unique to this export; defaults to the export time. The app may pass a random value
   * it keeps, so that repeated exports name the same resources.
   */
  seed?: string
}

/** A name-based UUID (RFC 9562 version 8) from SHA-256, so ids need no random numbers. */
export function nameBasedUuid(name: string): string {
  const hex = sha256Hex(name).slice(0, 32).split('')
  hex[12] = '8' // version 8: custom
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16) // the RFC 4122 variant
  const h = hex.join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

const category = (code: 'survey' | 'vital-signs' | 'activity' | 'social-history', display: string): FhirCodeableConcept[] => [
  { coding: [{ system: OBSERVATION_CATEGORY, code, display }] },
]
const loinc = (code: string, display: string, text: string): FhirCodeableConcept => ({ coding: [{ system: LOINC, code, display }], text })
const quantity = (value: number, code: string, unit = code): FhirQuantity => ({ value, unit, system: UCUM, code })

const PAIN = { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' }

export function buildFhirBundle(
  days: readonly DayRecord[],
  { now, profile, texts = ENGLISH_FHIR_TEXTS, seed = now.toISOString(), includeExampleDays = false }: FhirOptions,
): FhirBundle {
  const uuid = (name: string) => nameBasedUuid(`${seed}/${name}`)
  const patientUuid = uuid('patient')
  const subject = { reference: `urn:uuid:${patientUuid}` }
  const entry: FhirBundleEntry[] = [{ fullUrl: subject.reference, resource: { resourceType: 'Patient', id: patientUuid } }]
  const add = (name: string, date: LocalDate, observation: Omit<FhirObservation, 'resourceType' | 'id' | 'status' | 'subject' | 'effectiveDateTime'>): void => {
    const id = uuid(name)
    entry.push({
      fullUrl: `urn:uuid:${id}`,
      resource: { resourceType: 'Observation', id, status: 'final', ...observation, subject, effectiveDateTime: date },
    })
  }
  const pain = (name: string, date: LocalDate, value: number | undefined, text: string): void => {
    if (value === undefined) return
    add(`${name}/${date}`, date, { category: category('survey', 'Survey'), code: loinc(PAIN.code, PAIN.display, text), valueQuantity: quantity(value, '{score}') })
  }

  const real = days.filter((day) => includeExampleDays || day.example !== true).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  for (const day of real) {
    pain('morning-pain', day.date, day.morning?.painNow, texts.morningPain)
    pain('night-pain', day.date, day.morning?.nightPain, texts.nightPain)
    pain('worst-pain', day.date, day.worstPain, texts.worstPain)
    if (day.weightKg !== undefined) {
      add(`body-weight/${day.date}`, day.date, {
        meta: { profile: ['http://hl7.org/fhir/StructureDefinition/bodyweight'] },
        category: category('vital-signs', 'Vital Signs'),
        code: loinc('29463-7', 'Body weight', texts.bodyWeight),
        valueQuantity: quantity(day.weightKg, 'kg'),
      })
    }
    const minutes = day.activities.reduce((sum, activity) => sum + activity.minutes, 0)
    if (minutes > 0) {
      add(`activity-duration/${day.date}`, day.date, {
        category: category('activity', 'Activity'),
        code: loinc('55411-3', 'Exercise duration', texts.activityDuration),
        valueQuantity: quantity(minutes, 'min'),
      })
    }
  }

  const smoking = profile?.smoking
  if (smoking) {
    const today = toLocalDate(now)
    const quit = smoking.quitDate !== undefined && smoking.quitDate <= today
    add(`smoking-status/${today}`, today, {
      category: category('social-history', 'Social History'),
      code: loinc('72166-2', 'Tobacco smoking status', texts.smokingStatus),
      valueCodeableConcept: quit
        ? { coding: [{ system: SNOMED, code: '8517006', display: 'Ex-smoker' }] }
        : { coding: [{ system: SNOMED, code: '77176002', display: 'Smoker' }] },
    })
  }

  return { resourceType: 'Bundle', id: uuid('bundle'), type: 'collection', timestamp: now.toISOString(), entry }
}
