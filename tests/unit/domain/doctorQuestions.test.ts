import { describe, expect, it } from 'vitest'
import {
  addQuestion,
  clearDoneQuestions,
  editQuestion,
  MAX_QUESTION_LENGTH,
  moveQuestion,
  readQuestions,
  removeQuestion,
  setQuestionDone,
  type DoctorQuestion,
} from '../../../src/domain/doctorQuestions'

const q = (id: string, done = false): DoctorQuestion => ({ id, text: `Vraag ${id}`, done })
const ids = (list: DoctorQuestion[]) => list.map((question) => question.id)

describe('the questions for the doctor', () => {
  it('adds a question at the end in the patient’s words, trimmed, and ignores an empty one', () => {
    const list = addQuestion([q('a')], 'b', '  Mag ik nog fietsen?  ')
    expect(list).toEqual([q('a'), { id: 'b', text: 'Mag ik nog fietsen?', done: false }])
    expect(addQuestion(list, 'c', '   ')).toEqual(list)
    expect(addQuestion([], 'd', 'x'.repeat(MAX_QUESTION_LENGTH + 20))[0]!.text).toHaveLength(MAX_QUESTION_LENGTH)
  })

  it('changes the words of one question and removes a question emptied while editing', () => {
    expect(editQuestion([q('a'), q('b')], 'b', 'Nieuw')).toEqual([q('a'), { id: 'b', text: 'Nieuw', done: false }])
    expect(ids(editQuestion([q('a'), q('b')], 'a', ' '))).toEqual(['b'])
  })

  it('moves a question one place up or down, and not past either end', () => {
    const list = [q('a'), q('b'), q('c')]
    expect(ids(moveQuestion(list, 'c', -1))).toEqual(['a', 'c', 'b'])
    expect(ids(moveQuestion(list, 'a', 1))).toEqual(['b', 'a', 'c'])
    expect(ids(moveQuestion(list, 'a', -1))).toEqual(['a', 'b', 'c'])
    expect(ids(moveQuestion(list, 'c', 1))).toEqual(['a', 'b', 'c'])
    expect(ids(moveQuestion(list, 'missing', 1))).toEqual(['a', 'b', 'c'])
  })

  it('ticks a question off and back on, removes one, and clears the ticked ones', () => {
    const ticked = setQuestionDone([q('a'), q('b')], 'a', true)
    expect(ticked).toEqual([q('a', true), q('b')])
    expect(setQuestionDone(ticked, 'a', false)).toEqual([q('a'), q('b')])
    expect(ids(removeQuestion(ticked, 'b'))).toEqual(['a'])
    expect(ids(clearDoneQuestions(ticked))).toEqual(['b'])
  })

  it('reads a stored list, leaving out what does not fit (a restored backup may hold anything)', () => {
    expect(readQuestions([q('a', true), { id: 'a', text: 'twice', done: false }, { id: 'b', text: ' ' }, { id: 3, text: 'x' }, 'text', null, { id: 'c', text: 'Waarom?', done: 'yes' }])).toEqual([
      q('a', true),
      { id: 'c', text: 'Waarom?', done: false },
    ])
    expect(readQuestions(undefined)).toEqual([])
    expect(readQuestions({ a: 1 })).toEqual([])
  })
})
