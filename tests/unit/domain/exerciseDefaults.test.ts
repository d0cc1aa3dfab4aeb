import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEFAULT_EXERCISE_DAYS_PER_WEEK, DEFAULT_EXERCISES } from '../../../src/domain/exerciseDefaults'

interface Dose {
  sets: number
  reps?: number
  seconds?: number
}
interface ExerciseFrontMatter {
  id: string
  order: number
  levels: { easy: Dose; medium: Dose; hard: Dose }
}

const exercisesDir = (lang: string) => new URL(`../../../content/exercises/${lang}/`, import.meta.url)

function readLibrary(lang: string): ExerciseFrontMatter[] {
  return readdirSync(exercisesDir(lang))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(new URL(name, exercisesDir(lang)), 'utf8')
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)
      if (!match) throw new Error(`no front matter in ${lang}/${name}`)
      return parse(match[1]!) as ExerciseFrontMatter
    })
}

const dutch = readLibrary('nl')
const english = readLibrary('en')

describe('default exercise programme', () => {
  it('reads the library, so the comparisons below have something to compare with', () => {
    expect(dutch.length).toBeGreaterThanOrEqual(6)
    expect(dutch.every((e) => typeof e.id === 'string' && typeof e.order === 'number')).toBe(true)
  })

  it('holds six different exercises', () => {
    expect(new Set(DEFAULT_EXERCISES.map((e) => e.exerciseId)).size).toBe(6)
  })

  it('uses the easy dose of each exercise exactly as the library gives it', () => {
    for (const goal of DEFAULT_EXERCISES) {
      const inLibrary = dutch.find((e) => e.id === goal.exerciseId)
      expect(inLibrary, goal.exerciseId).toBeDefined()
      const { exerciseId: _id, ...dose } = goal
      expect(dose, goal.exerciseId).toEqual(inLibrary!.levels.easy)
    }
  })

  it('takes the first six exercises in the library order', () => {
    const firstSix = [...dutch].sort((a, b) => a.order - b.order).slice(0, 6).map((e) => e.id)
    expect(DEFAULT_EXERCISES.map((e) => e.exerciseId)).toEqual(firstSix)
  })

  it('names exercises that exist with the same easy dose in the English library too', () => {
    for (const goal of DEFAULT_EXERCISES) {
      const inEnglish = english.find((e) => e.id === goal.exerciseId)
      expect(inEnglish?.levels.easy, goal.exerciseId).toEqual(dutch.find((e) => e.id === goal.exerciseId)!.levels.easy)
    }
  })

  it('asks for exercise on at least two days a week, as KNGF and WHO advise', () => {
    expect(DEFAULT_EXERCISE_DAYS_PER_WEEK).toBeGreaterThanOrEqual(2)
  })
})
