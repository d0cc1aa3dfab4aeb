/**
 * Patterns in the patient's own diary, described and never causal (issue 5, item 3). Every function
 * returns numbers only (counts, shares from 0 to 1, medians); the view phrases them ("before your bad
 * periods you more often …") and links the page that explains them.
 *
 * Each pattern is either `{ status: 'ok', … }` or `{ status: 'notEnoughData', weeksMissing }`, where
 * weeksMissing is a rough "about N more weeks" assuming the patient keeps logging as they have so far
 * (or daily, for a brand-new diary). That estimate rests only on how often the patient logs. The one
 * pattern that waits for bad periods says `{ status: 'tooFewFlares', … }` with counts instead: how many
 * more bad periods will come, and when, is a forecast about the illness, which Heupwijs never makes.
 * Minimum amounts live in PATTERNS in ./thresholds.ts.
 *
 * Periods: patterns look at days from `from` (default: the whole diary) up to `today`; usual levels
 * and bad periods may look further back, as detectFlares does. Change over time always compares the
 * last 4 weeks up to `today` with the 4 before.
 *
 * This file runs them and holds their public names; the sums are in movementPatterns.ts and
 * painPatterns.ts, on the indexed diary of patternDiary.ts.
 */
import { beforeFlaresIn, nextDayPainIn, nextMorningAfterActivityIn, painDuringActivitiesIn } from './movementPatterns'
import type { BeforeFlares, NextDayPain, NextMorningAfterActivity, PainDuringActivities, TooFewFlares } from './movementPatterns'
import { changeOverTimeIn, morningStiffnessIn, nightPainIn, startUpPainIn, weekdaysIn } from './painPatterns'
import type { ChangeOverTime, MorningStiffness, NightPain, StartUpPain, WeekdayPattern } from './painPatterns'
import { indexDiary, type PatternInput, type PatternResult } from './patternDiary'

export type { NotEnoughData, PatternInput, PatternResult } from './patternDiary'
export type * from './movementPatterns'
export type * from './painPatterns'
export { classifyChange } from './painPatterns'

export interface Patterns {
  beforeFlares: PatternResult<BeforeFlares> | TooFewFlares
  nextDayPain: PatternResult<NextDayPain>
  painDuringActivities: PatternResult<PainDuringActivities>
  nextMorningAfterActivity: PatternResult<NextMorningAfterActivity>
  changeOverTime: PatternResult<ChangeOverTime>
  weekdays: PatternResult<WeekdayPattern>
  nightPain: PatternResult<NightPain>
  startUpPain: PatternResult<StartUpPain>
  morningStiffness: PatternResult<MorningStiffness>
}

/** Every pattern at once, indexing the diary a single time. */
export function findPatterns(input: PatternInput): Patterns {
  return toEnd(findPatternsInSteps(input))
}

/** Runs work written in steps without pausing. */
function toEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The same work as findPatterns, paused after indexing and after each pattern (`yield`), so a screen
 * can let the browser draw and answer taps in between: over ten years of diary the whole sum is a long
 * task on a slow phone, each piece is not. The result is findPatterns' by construction.
 */
export function* findPatternsInSteps(input: PatternInput): Generator<void, Patterns, void> {
  const diary = indexDiary(input)
  yield
  const beforeFlares = yield* beforeFlaresIn(diary)
  yield
  const nextDayPain = nextDayPainIn(diary)
  yield
  const painDuringActivities = painDuringActivitiesIn(diary)
  const nextMorningAfterActivity = nextMorningAfterActivityIn(diary)
  yield
  const changeOverTime = changeOverTimeIn(diary)
  const weekdays = weekdaysIn(diary)
  yield
  return {
    beforeFlares,
    nextDayPain,
    painDuringActivities,
    nextMorningAfterActivity,
    changeOverTime,
    weekdays,
    nightPain: nightPainIn(diary),
    startUpPain: startUpPainIn(diary),
    morningStiffness: morningStiffnessIn(diary),
  }
}

/** What was logged in the 3 days before each bad period, against the usual 3 days. Needs ≥ 3 flare-ups. */
export function compareBeforeFlares(input: PatternInput): PatternResult<BeforeFlares> | TooFewFlares {
  return toEnd(beforeFlaresIn(indexDiary(input)))
}

/** Next-day worst pain after each activity type, against days without it. */
export function compareNextDayPain(input: PatternInput): PatternResult<NextDayPain> {
  return nextDayPainIn(indexDiary(input))
}

/** The pain-monitoring traffic light over pain during activities. */
export function countPainDuringActivities(input: PatternInput): PatternResult<PainDuringActivities> {
  return painDuringActivitiesIn(indexDiary(input))
}

/** How often the morning after an activity day was back at the usual morning level. */
export function countNextMorningsBackToUsual(input: PatternInput): PatternResult<NextMorningAfterActivity> {
  return nextMorningAfterActivityIn(indexDiary(input))
}

/** The last 4 weeks against the 4 before, in meaningful-change bands. */
export function compareRecentWeeks(input: PatternInput): PatternResult<ChangeOverTime> {
  return changeOverTimeIn(indexDiary(input))
}

/** Median worst pain per weekday. */
export function compareWeekdays(input: PatternInput): PatternResult<WeekdayPattern> {
  return weekdaysIn(indexDiary(input))
}

export function countNightPain(input: PatternInput): PatternResult<NightPain> {
  return nightPainIn(indexDiary(input))
}

export function countStartUpPain(input: PatternInput): PatternResult<StartUpPain> {
  return startUpPainIn(indexDiary(input))
}

export function summariseMorningStiffness(input: PatternInput): PatternResult<MorningStiffness> {
  return morningStiffnessIn(indexDiary(input))
}
