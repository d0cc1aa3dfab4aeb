/**
 * The patterns on moving (patterns.ts): what the 3 days before each bad period held, next-day pain
 * after each activity type, the pain-monitoring check and the mornings after an activity day.
 */
import { ACTIVITY_TYPES, type ActivityType, type DayRecord } from './dayLog'
import { eachDay, notEnough, rate, weeksFor, type Diary, type PatternResult } from './patternDiary'
import { median, RecentMedian } from './statistics'
import { FLARE, PAIN_DURING_ACTIVITY, PATTERNS } from './thresholds'

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

/**
 * What the 3 days before each bad period held, against the usual 3 days. In two steps (finding the
 * usual windows, then summing them up): over ten years each is a sizeable sum.
 */
export function* beforeFlaresIn(diary: Diary): Generator<void, PatternResult<BeforeFlares> | TooFewFlares, void> {
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

/** Next-day worst pain after each activity type, against days without it. */
export function nextDayPainIn(diary: Diary): PatternResult<NextDayPain> {
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

/** The pain-monitoring check: pain during activities on the traffic light. */
export function painDuringActivitiesIn(diary: Diary): PatternResult<PainDuringActivities> {
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
export function nextMorningAfterActivityIn(diary: Diary): PatternResult<NextMorningAfterActivity> {
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
