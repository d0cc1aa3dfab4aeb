/**
 * The doctor-visit report: builds it for a period from the whole diary (the timeline and the bad-period
 * rule look back before the period), and keeps what the patient adds to it: their questions (setting
 * `questions`) and which notes go on the report (setting `reportNotes`, a list of note ids).
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LocalDate } from '../domain/dates'
import { readQuestions, type DoctorQuestion } from '../domain/doctorQuestions'
import { detectFlares } from '../domain/flares'
import { buildReport, type Report } from '../domain/report'
import { getSetting, putSetting } from '../storage'
import { useDatabaseStore } from './database'
import { useDiaryStore } from './diary'
import { usePlanStore } from './plan'
import { plainCopy } from './plainCopy'

export const QUESTIONS = 'questions'
export const REPORT_NOTES = 'reportNotes'

export interface ReportResult {
  report: Report
  /** Example days inside the period: the report then says it shows example data. */
  exampleDays: number
}

export const useReportStore = defineStore('report', () => {
  const database = useDatabaseStore()
  const diary = useDiaryStore()
  const planStore = usePlanStore()
  const questions = ref<DoctorQuestion[]>([])
  const chosenNotes = ref<string[]>([])

  async function build(from: LocalDate, to: LocalDate): Promise<ReportResult> {
    const [days] = await Promise.all([diary.listRange(undefined, to), planStore.load()])
    const report = buildReport({ days, plan: planStore.plan, profile: planStore.profile, from, to, flares: detectFlares(days) })
    const exampleDays = days.filter((day) => day.example === true && day.date >= from).length
    return { report, exampleDays }
  }

  /** Reads the questions and the chosen notes (again, e.g. after a restore). */
  async function loadChoices(): Promise<void> {
    const db = await database.open()
    const [storedQuestions, storedNotes] = await Promise.all([getSetting<unknown>(db, QUESTIONS), getSetting<unknown>(db, REPORT_NOTES)])
    questions.value = readQuestions(storedQuestions)
    chosenNotes.value = Array.isArray(storedNotes) ? storedNotes.filter((id): id is string => typeof id === 'string') : []
  }

  /** Stores the new list; the screen shows it only once it is committed. */
  async function saveQuestions(next: DoctorQuestion[]): Promise<void> {
    const copy = plainCopy(next)
    await putSetting(await database.open(), QUESTIONS, copy)
    questions.value = copy
  }

  async function chooseNote(id: string, chosen: boolean): Promise<void> {
    const next = chosen ? [...new Set([...chosenNotes.value, id])] : chosenNotes.value.filter((noteId) => noteId !== id)
    await putSetting(await database.open(), REPORT_NOTES, next)
    chosenNotes.value = next
  }

  return { questions, chosenNotes, build, loadChoices, saveQuestions, chooseNote }
})
