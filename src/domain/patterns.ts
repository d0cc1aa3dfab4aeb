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
 */
import type { LocalDate } from './dates'
import { ACTIVITY_TYPES, type ActivityType, type DayRecord } from './dayLog'
import type { FlareEpisode } from './flares'
import { dateOfDayNumber, dayNumber, median, RecentMedian, weekdayOfDayNumber } from './statistics'
import { FLARE, MEANINGFUL_CHANGE, PAIN_DURING_ACTIVITY, PATTERNS, TYPICAL_MORNING_STIFFNESS_MAX_MINUTES } from './thresholds'

export interface NotEnoughData {
  status: 'notEnoughData'
  /** About how many more weeks of logging the pattern needs (at least 1). */
  weeksMissing: number
}

export type PatternResult<T> = ({ status: 'ok' } & T) | NotEnoughData

/** "Before your bad periods" while fewer bad periods can be compared than it needs: counts, never weeks. */
export interface TooFewFlares {
  status: 'tooFewFlares'
  /** Bad periods the comparison needs (PATTERNS.minFlaresForBeforePattern). */
  needed: number
  /** Bad periods reaching into the period: the ones the Insights screen lists. */
  found: number
  /**
   * Of those, the ones the comparison can use: begun in the period, with at least one logged day outside
   * another bad period in the 3 days before.
   */
  counted: number
}

export interface PatternInput {
  /** The whole diary, any order, one record per date. */
  days: readonly DayRecord[]
  /** detectFlares(days) over the whole diary. */
  flares: readonly FlareEpisode[]
  /** The patient's current local date (the clock comes in as a parameter). */
  today: LocalDate
  /** First day of the chosen period; the whole diary when left out. */
  from?: LocalDate
}

/** What a group of 3-day windows held. Shares are from 0 to 1. */
export interface WindowProfile {
  windows: number
  /** Windows with at least one heavy load logged. */
  heavyLoadShare: number
  /** Windows with a walk of 60 minutes or more, or "long standing or walking" logged as a heavy load. */
  longWalkShare: number
  /** Of the logged days in these windows, the share without any exercise logged. */
  noExerciseDayShare: number
  /** Median total activity minutes per window. */
  medianMinutes: number
  byType: Record<ActivityType, { share: number; medianMinutes: number }>
}

export interface BeforeFlares {
  /** The bad periods whose 3 days before held at least one logged day outside another bad period. */
  flares: number
  before: WindowProfile
  /**
   * The 3 days before every day with a worst-pain score outside a bad period, when those 3 days hold no
   * bad-period day either (the windows overlap). Days inside a bad period are left out of both groups.
   */
  usual: WindowProfile
}

export interface NextDayPainFigure {
  /** Days behind the figure. */
  days: number
  medianNextDayWorstPain: number
}

export type NextDayPainForType =
  | { type: ActivityType; status: 'ok'; after: NextDayPainFigure; without: NextDayPainFigure }
  | { type: ActivityType; status: 'notEnoughData'; weeksMissing: number; daysAfter: number }

export interface NextDayPain {
  /** One entry for each activity type logged in the period, in ACTIVITY_TYPES order. */
  byType: NextDayPainForType[]
}

export interface PainDuringActivities {
  /** Activities with pain during logged. */
  activities: number
  safe: number
  acceptable: number
  tooMuch: number
  /** Share of those activities with pain above 5 ("too much" on the traffic light). */
  tooMuchShare: number
}

export interface NextMorningAfterActivity {
  /** Activity days followed by a morning pain score and a known usual morning level. */
  days: number
  backToUsual: number
  backToUsualShare: number
}

export type ChangeBand = 'muchBetter' | 'noticeablyBetter' | 'aboutTheSame' | 'noticeablyWorse' | 'muchWorse'

export interface ChangeOverTime {
  recent: { from: LocalDate; to: LocalDate; days: number; medianWorstPain: number }
  previous: { from: LocalDate; to: LocalDate; days: number; medianWorstPain: number }
  /** recent minus previous, in points: negative means less pain. */
  difference: number
  band: ChangeBand
}

export interface WeekdayPattern {
  /** Monday (0) to Sunday (6). */
  weekdays: { weekday: number; days: number; medianWorstPain: number }[]
  overallMedianWorstPain: number
}

export interface NightPain {
  mornings: number
  /** Nights with night pain of 1 or more. */
  nightsWithPain: number
  share: number
  medianOnPainNights: number | null
}

export interface StartUpPain {
  mornings: number
  daysWithStartUpPain: number
  share: number
}

export interface MorningStiffness {
  mornings: number
  medianMinutes: number
  /** Mornings with stiffness of 30 minutes or more, longer than typical for osteoarthritis. */
  longerThanTypical: number
  longerThanTypicalShare: number
}

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

/** The band a change in median pain falls in (−1 point noticeable, −2 points much better). */
export function classifyChange(difference: number): ChangeBand {
  if (difference <= -MEANINGFUL_CHANGE.muchBetterPoints) return 'muchBetter'
  if (difference <= -MEANINGFUL_CHANGE.noticeablePoints) return 'noticeablyBetter'
  if (difference >= MEANINGFUL_CHANGE.muchBetterPoints) return 'muchWorse'
  if (difference >= MEANINGFUL_CHANGE.noticeablePoints) return 'noticeablyWorse'
  return 'aboutTheSame'
}

// ---------------------------------------------------------------------------------------------------
// The diary indexed by day number, so every pattern is one pass with direct look-ups.

interface Diary {
  /** Record per day number, offset by `origin`. */
  byDay: (DayRecord | undefined)[]
  inFlare: Uint8Array
  origin: number
  /** Offsets (from origin) of the period start and of today. */
  from: number
  today: number
  todayDate: LocalDate
  flareStarts: number[]
  /** Bad periods reaching into the period (ending on or after its first day, starting by today). */
  flaresReaching: number
  /** The length of the period in weeks (at least 1), to turn counts into a rate. */
  weeks: number
}

function indexDiary({ days, flares, today, from }: PatternInput): Diary {
  const todayNumber = dayNumber(today)
  let firstLogged = todayNumber
  let last = todayNumber
  for (const day of days) {
    const number = dayNumber(day.date)
    if (number < firstLogged) firstLogged = number
    if (number > last) last = number
  }
  const origin = from === undefined ? firstLogged : Math.min(firstLogged, dayNumber(from))

  const byDay: (DayRecord | undefined)[] = new Array(last - origin + 1)
  for (const day of days) byDay[dayNumber(day.date) - origin] = day
  const inFlare = new Uint8Array(byDay.length)
  for (const flare of flares) {
    const end = Math.min(dayNumber(flare.end) - origin, byDay.length - 1)
    for (let d = Math.max(0, dayNumber(flare.start) - origin); d <= end; d++) inFlare[d] = 1
  }
  const periodStart = Math.max(from === undefined ? firstLogged : dayNumber(from), firstLogged) - origin
  const todayOffset = todayNumber - origin
  return {
    byDay,
    inFlare,
    origin,
    from: periodStart,
    today: todayOffset,
    todayDate: today,
    flareStarts: flares.map((flare) => dayNumber(flare.start) - origin).sort((a, b) => a - b),
    flaresReaching: flares.filter((flare) => dayNumber(flare.end) - origin >= periodStart && dayNumber(flare.start) <= todayNumber).length,
    weeks: Math.max(1, (todayOffset - periodStart + 1) / 7),
  }
}

/** About how many weeks `missing` more items take at `perWeek` items a week; at least 1. */
function weeksFor(missing: number, perWeek: number): number {
  return Math.max(1, Math.ceil(missing / perWeek))
}

/** The observed weekly rate of something counted in the period, or `fallback` when nothing was seen. */
function rate(diary: Diary, count: number, fallback: number): number {
  return count > 0 ? count / diary.weeks : fallback
}

function notEnough(weeksMissing: number): NotEnoughData {
  return { status: 'notEnoughData', weeksMissing }
}

/** Calls `visit` for every logged day in the period, oldest first. */
function eachDay(diary: Diary, visit: (day: DayRecord, offset: number) => void): void {
  for (let d = diary.from; d <= diary.today; d++) {
    const day = diary.byDay[d]
    if (day) visit(day, d)
  }
}

// ---------------------------------------------------------------------------------------------------
// Before bad periods

/** In two steps (finding the usual windows, then summing them up): over ten years each is a sizeable sum. */
function* beforeFlaresIn(diary: Diary): Generator<void, PatternResult<BeforeFlares> | TooFewFlares, void> {
  const size = PATTERNS.beforeFlareWindowDays
  const windowBefore = (offset: number): DayRecord[] => {
    const window: DayRecord[] = []
    for (let d = Math.max(0, offset - size); d < offset; d++) {
      const day = diary.byDay[d]
      if (day && !diary.inFlare[d]) window.push(day)
    }
    return window
  }

  const before: DayRecord[][] = []
  for (const start of diary.flareStarts) {
    if (start < diary.from || start > diary.today) continue
    const window = windowBefore(start)
    if (window.length > 0) before.push(window)
  }
  if (before.length < PATTERNS.minFlaresForBeforePattern) {
    return { status: 'tooFewFlares', needed: PATTERNS.minFlaresForBeforePattern, found: diary.flaresReaching, counted: before.length }
  }

  const usual: DayRecord[][] = []
  eachDay(diary, (day, d) => {
    if (day.worstPain === undefined || diary.inFlare[d]) return
    for (let w = Math.max(0, d - size); w < d; w++) if (diary.inFlare[w]) return
    const window = windowBefore(d)
    if (window.length > 0) usual.push(window)
  })
  if (usual.length < PATTERNS.minUsualWindows) return notEnough(weeksFor(PATTERNS.minUsualWindows - usual.length, 7))

  yield
  return { status: 'ok', flares: before.length, before: profile(before), usual: profile(usual) }
}

function profile(windows: readonly DayRecord[][]): WindowProfile {
  const types = ACTIVITY_TYPES.length
  let heavy = 0
  let longWalk = 0
  let days = 0
  let daysWithoutExercise = 0
  const totals: number[] = []
  const windowsWithType = new Array<number>(types).fill(0)
  const minutesPerType: number[][] = Array.from({ length: types }, () => [])
  const minutes = new Float64Array(types)

  for (const window of windows) {
    let hasHeavy = false
    let hasLongWalk = false
    let total = 0
    minutes.fill(0)
    for (const day of window) {
      days++
      if (day.exercises.length === 0) daysWithoutExercise++
      for (const load of day.heavyLoads) {
        hasHeavy = true
        if (load.kind === 'longStandingOrWalking') hasLongWalk = true
      }
      for (const activity of day.activities) {
        total += activity.minutes
        minutes[TYPE_INDEX[activity.type]]! += activity.minutes
        if (activity.type === 'walking' && activity.minutes >= PATTERNS.longWalkMinutes) hasLongWalk = true
      }
    }
    if (hasHeavy) heavy++
    if (hasLongWalk) longWalk++
    totals.push(total)
    for (let t = 0; t < types; t++) {
      if (minutes[t]! > 0) windowsWithType[t]!++
      minutesPerType[t]!.push(minutes[t]!)
    }
  }

  const count = windows.length
  const byType = {} as WindowProfile['byType']
  ACTIVITY_TYPES.forEach((type, t) => {
    byType[type] = { share: windowsWithType[t]! / count, medianMinutes: median(minutesPerType[t]!)! }
  })
  return {
    windows: count,
    heavyLoadShare: heavy / count,
    longWalkShare: longWalk / count,
    noExerciseDayShare: daysWithoutExercise / days,
    medianMinutes: median(totals)!,
    byType,
  }
}

/** Position of each activity type in ACTIVITY_TYPES, for counting in plain arrays. */
const TYPE_INDEX = Object.fromEntries(ACTIVITY_TYPES.map((type, index) => [type, index])) as Record<ActivityType, number>

// ---------------------------------------------------------------------------------------------------
// Next-day pain after each activity type

function nextDayPainIn(diary: Diary): PatternResult<NextDayPain> {
  const after: number[][] = ACTIVITY_TYPES.map(() => [])
  const without: number[][] = ACTIVITY_TYPES.map(() => [])
  const seen = new Array<number>(ACTIVITY_TYPES.length).fill(0)
  eachDay(diary, (day, d) => {
    let types = 0 // one bit per activity type done that day
    for (const activity of day.activities) types |= 1 << TYPE_INDEX[activity.type]
    const next = d + 1 <= diary.today ? diary.byDay[d + 1]?.worstPain : undefined
    for (let t = 0; t < ACTIVITY_TYPES.length; t++) {
      const done = (types & (1 << t)) !== 0
      if (done) seen[t]!++
      if (next !== undefined) (done ? after : without)[t]!.push(next)
    }
  })

  const min = PATTERNS.minDaysPerFigure
  const byType: NextDayPainForType[] = []
  ACTIVITY_TYPES.forEach((type, t) => {
    if (seen[t] === 0) return
    const withCount = after[t]!.length
    const withoutCount = without[t]!.length
    if (withCount >= min && withoutCount >= min) {
      byType.push({
        type,
        status: 'ok',
        after: { days: withCount, medianNextDayWorstPain: median(after[t]!)! },
        without: { days: withoutCount, medianNextDayWorstPain: median(without[t]!)! },
      })
    } else {
      const weeksMissing = Math.max(
        withCount >= min ? 1 : weeksFor(min - withCount, rate(diary, withCount || seen[t]!, 1)),
        withoutCount >= min ? 1 : weeksFor(min - withoutCount, rate(diary, withoutCount, 7)),
      )
      byType.push({ type, status: 'notEnoughData', weeksMissing, daysAfter: withCount })
    }
  })
  if (!byType.some((entry) => entry.status === 'ok')) {
    const waits = byType.map((entry) => (entry.status === 'notEnoughData' ? entry.weeksMissing : 1))
    return notEnough(waits.length > 0 ? Math.min(...waits) : weeksFor(min, 2))
  }
  return { status: 'ok', byType }
}

// ---------------------------------------------------------------------------------------------------
// The pain-monitoring check

function painDuringActivitiesIn(diary: Diary): PatternResult<PainDuringActivities> {
  let safe = 0
  let acceptable = 0
  let tooMuch = 0
  eachDay(diary, (day) => {
    for (const activity of day.activities) {
      const pain = activity.painDuring
      if (pain === undefined) continue
      if (pain <= PAIN_DURING_ACTIVITY.safeMax) safe++
      else if (pain <= PAIN_DURING_ACTIVITY.acceptableMax) acceptable++
      else tooMuch++
    }
  })
  const activities = safe + acceptable + tooMuch
  if (activities < PATTERNS.minDaysPerFigure) return notEnough(weeksFor(PATTERNS.minDaysPerFigure - activities, rate(diary, activities, 3)))
  return { status: 'ok', activities, safe, acceptable, tooMuch, tooMuchShare: tooMuch / activities }
}

/**
 * "Back to usual" compares the next morning's pain with the usual morning level: the median morning
 * pain of the 14 most recent logged mornings outside a bad period (at least 7), the same way the flare
 * rule finds the usual worst pain. Morning pain is compared with mornings, not with worst pain, which is
 * higher by nature.
 */
function nextMorningAfterActivityIn(diary: Diary): PatternResult<NextMorningAfterActivity> {
  const usualMorning = usualMorningLevels(diary)
  let days = 0
  let back = 0
  eachDay(diary, (day, d) => {
    if (day.activities.length === 0 || d + 1 > diary.today) return
    const nextMorning = diary.byDay[d + 1]?.morning?.painNow
    const usual = usualMorning[d + 1]
    if (nextMorning === undefined || usual === undefined || Number.isNaN(usual)) return
    days++
    if (nextMorning <= usual) back++
  })
  if (days < PATTERNS.minDaysPerFigure) return notEnough(weeksFor(PATTERNS.minDaysPerFigure - days, rate(diary, days, 3)))
  return { status: 'ok', days, backToUsual: back, backToUsualShare: back / days }
}

/** The usual morning pain before each day (NaN while fewer than the minimum mornings are known). */
function usualMorningLevels(diary: Diary): Float64Array {
  const levels = new Float64Array(diary.byDay.length).fill(Number.NaN)
  const recent = new RecentMedian(FLARE.baselineWindowDays)
  for (let d = 0; d < diary.byDay.length; d++) {
    if (recent.count >= FLARE.minBaselineDays) levels[d] = recent.median()!
    const pain = diary.byDay[d]?.morning?.painNow
    if (pain !== undefined && !diary.inFlare[d]) recent.add(pain)
  }
  return levels
}

// ---------------------------------------------------------------------------------------------------
// Change over time

function changeOverTimeIn(diary: Diary): PatternResult<ChangeOverTime> {
  const windowDays = PATTERNS.changeWindowWeeks * 7
  const min = PATTERNS.minDaysPerChangeWindow
  const recentFirst = diary.today - windowDays + 1
  const previousFirst = recentFirst - windowDays
  const recent = painScoresIn(diary, recentFirst, diary.today)
  const previous = painScoresIn(diary, previousFirst, recentFirst - 1)

  if (recent.length < min || previous.length < min) {
    // Slide both windows forward a day at a time, as if the patient logs every day from tomorrow on.
    const countFrom = (first: number, last: number): number =>
      painScoresIn(diary, first, Math.min(last, diary.today)).length + Math.max(0, last - Math.max(first, diary.today + 1) + 1)
    let shift = 1
    while (countFrom(recentFirst + shift, diary.today + shift) < min || countFrom(previousFirst + shift, recentFirst - 1 + shift) < min) shift++
    return notEnough(weeksFor(shift, 7))
  }

  const recentMedian = median(recent)!
  const previousMedian = median(previous)!
  const difference = recentMedian - previousMedian
  const date = (offset: number): LocalDate => dateOfDayNumber(diary.origin + offset)
  return {
    status: 'ok',
    recent: { from: date(recentFirst), to: diary.todayDate, days: recent.length, medianWorstPain: recentMedian },
    previous: { from: date(previousFirst), to: date(recentFirst - 1), days: previous.length, medianWorstPain: previousMedian },
    difference,
    band: classifyChange(difference),
  }
}

/** The worst-pain scores logged from offset `first` to `last`, both included (any period). */
function painScoresIn(diary: Diary, first: number, last: number): number[] {
  const values: number[] = []
  for (let d = Math.max(0, first); d <= last; d++) {
    const pain = diary.byDay[d]?.worstPain
    if (pain !== undefined) values.push(pain)
  }
  return values
}

// ---------------------------------------------------------------------------------------------------
// Weekdays, night pain, start-up pain, morning stiffness

function weekdaysIn(diary: Diary): PatternResult<WeekdayPattern> {
  const byWeekday: number[][] = Array.from({ length: 7 }, () => [])
  const all: number[] = []
  eachDay(diary, (day, d) => {
    if (day.worstPain === undefined) return
    byWeekday[weekdayOfDayNumber(diary.origin + d)]!.push(day.worstPain)
    all.push(day.worstPain)
  })
  const fewest = Math.min(...byWeekday.map((values) => values.length))
  if (fewest < PATTERNS.minDaysPerWeekday) return notEnough(PATTERNS.minDaysPerWeekday - fewest)
  return {
    status: 'ok',
    weekdays: byWeekday.map((values, weekday) => ({ weekday, days: values.length, medianWorstPain: median(values)! })),
    overallMedianWorstPain: median(all)!,
  }
}

function morningsIn<T>(diary: Diary, pick: (day: DayRecord) => T | undefined): T[] {
  const values: T[] = []
  eachDay(diary, (day) => {
    const value = pick(day)
    if (value !== undefined) values.push(value)
  })
  return values
}

function notEnoughMornings(diary: Diary, mornings: number): NotEnoughData {
  return notEnough(weeksFor(PATTERNS.minMornings - mornings, rate(diary, mornings, 7)))
}

function nightPainIn(diary: Diary): PatternResult<NightPain> {
  const values = morningsIn(diary, (day) => day.morning?.nightPain)
  if (values.length < PATTERNS.minMornings) return notEnoughMornings(diary, values.length)
  const painNights = values.filter((pain) => pain >= 1)
  return {
    status: 'ok',
    mornings: values.length,
    nightsWithPain: painNights.length,
    share: painNights.length / values.length,
    medianOnPainNights: median(painNights),
  }
}

function startUpPainIn(diary: Diary): PatternResult<StartUpPain> {
  const values = morningsIn(diary, (day) => day.morning?.startUpPain)
  if (values.length < PATTERNS.minMornings) return notEnoughMornings(diary, values.length)
  const withPain = values.filter(Boolean).length
  return { status: 'ok', mornings: values.length, daysWithStartUpPain: withPain, share: withPain / values.length }
}

function morningStiffnessIn(diary: Diary): PatternResult<MorningStiffness> {
  const values = morningsIn(diary, (day) => day.morning?.stiffnessMinutes)
  if (values.length < PATTERNS.minMornings) return notEnoughMornings(diary, values.length)
  const longer = values.filter((minutes) => minutes >= TYPICAL_MORNING_STIFFNESS_MAX_MINUTES).length
  return {
    status: 'ok',
    mornings: values.length,
    medianMinutes: median(values)!,
    longerThanTypical: longer,
    longerThanTypicalShare: longer / values.length,
  }
}
