/**
 * The patient's own questions for the doctor, kept as the setting `questions`: added, edited, put in
 * the order they want to ask them, and ticked off after the visit. Every change returns a new list.
 */

export interface DoctorQuestion {
  id: string
  /** In the patient's own words. */
  text: string
  /** Ticked off after the visit. */
  done: boolean
}

/** Long enough for a question with some background, short enough to fit the printed report. */
export const MAX_QUESTION_LENGTH = 500

/** Trims the text to what is stored; an empty result means "no question". */
export function cleanQuestion(text: string): string {
  return text.trim().slice(0, MAX_QUESTION_LENGTH)
}

export function addQuestion(list: readonly DoctorQuestion[], id: string, text: string): DoctorQuestion[] {
  const clean = cleanQuestion(text)
  return clean === '' ? [...list] : [...list, { id, text: clean, done: false }]
}

/** Changes the words of a question; an emptied question is removed. */
export function editQuestion(list: readonly DoctorQuestion[], id: string, text: string): DoctorQuestion[] {
  const clean = cleanQuestion(text)
  if (clean === '') return removeQuestion(list, id)
  return list.map((question) => (question.id === id ? { ...question, text: clean } : question))
}

export function removeQuestion(list: readonly DoctorQuestion[], id: string): DoctorQuestion[] {
  return list.filter((question) => question.id !== id)
}

/** Moves a question one place up (-1) or down (+1); at either end nothing moves. */
export function moveQuestion(list: readonly DoctorQuestion[], id: string, step: -1 | 1): DoctorQuestion[] {
  const from = list.findIndex((question) => question.id === id)
  const to = from + step
  const next = [...list]
  if (from === -1 || to < 0 || to >= list.length) return next
  ;[next[from], next[to]] = [next[to]!, next[from]!]
  return next
}

export function setQuestionDone(list: readonly DoctorQuestion[], id: string, done: boolean): DoctorQuestion[] {
  return list.map((question) => (question.id === id ? { ...question, done } : question))
}

/** Removes the ticked-off questions, for a fresh list before the next visit. */
export function clearDoneQuestions(list: readonly DoctorQuestion[]): DoctorQuestion[] {
  return list.filter((question) => !question.done)
}

/**
 * Reads the stored setting. A restored backup may hold anything under this key, so what does not fit
 * is left out rather than trusted; a repeated id keeps only its first question.
 */
export function readQuestions(value: unknown): DoctorQuestion[] {
  if (!Array.isArray(value)) return []
  const seen = new Set<string>()
  const questions: DoctorQuestion[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue
    const { id, text, done } = item as Record<string, unknown>
    if (typeof id !== 'string' || id === '' || seen.has(id) || typeof text !== 'string') continue
    const clean = cleanQuestion(text)
    if (clean === '') continue
    seen.add(id)
    questions.push({ id, text: clean, done: done === true })
  }
  return questions
}
