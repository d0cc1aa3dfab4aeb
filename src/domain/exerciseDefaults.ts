/**
 * The default hip exercise programme: the first six exercises of the library (content/exercises, by
 * `order`) at their easy level. It is copied here as data because src/domain never reads Markdown;
 * tests/unit/domain/exerciseDefaults.test.ts checks it against the front matter, so a change in the
 * library that is not made here too fails the tests.
 */
import type { ExerciseGoal } from './plan'

export const DEFAULT_EXERCISES: readonly Readonly<ExerciseGoal>[] = [
  { exerciseId: 'bridging', sets: 2, reps: 8 },
  { exerciseId: 'side-lying-leg-lift', sets: 2, reps: 8 },
  { exerciseId: 'standing-hip-abduction', sets: 2, reps: 8 },
  { exerciseId: 'standing-hip-extension', sets: 2, reps: 8 },
  { exerciseId: 'sit-to-stand', sets: 2, reps: 8 },
  { exerciseId: 'step-up', sets: 2, reps: 8 },
]

/** KNGF and WHO: strength exercise on at least 2 days a week. */
export const DEFAULT_EXERCISE_DAYS_PER_WEEK = 2
