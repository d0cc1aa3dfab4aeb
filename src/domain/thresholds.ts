/**
 * Every clinical threshold Heupwijs applies, in one place. Each figure names where it comes from in
 * ../shared/clinical.md, so a reviewer can check it against the source without reading the code that
 * uses it. Figures marked "Heupwijs choice" are not clinical: they say how much data the app wants
 * before it describes a pattern, and may be tuned without a source.
 */

/**
 * The bad-period (flare-up) rule.
 * Source: clinical.md "Flare-ups" — Parry, Thomas, Peat 2018 (a sudden rise lasting 8–48 hours);
 * Keele cohort, Thomas et al. 2021 (sustained for ≥ 24 hours, median 5 days); OMERACT (a transient
 * state of a few days, worse than usual). The exact numbers are the ones agreed in issue 5.
 */
export const FLARE = {
  /** The usual level is the median worst pain of this many earlier logged days outside a flare. */
  baselineWindowDays: 14,
  /** Fewer earlier days than this: no usual level yet, so only the patient's own marks count. */
  minBaselineDays: 7,
  /** A day is "up" when its worst pain is at least this many points above the usual level. */
  startRise: 2,
  /** Up days needed in a row (calendar-adjacent) to start a flare: two days span ≥ 24 hours (Keele). */
  startConsecutiveDays: 2,
  /** A day is "calm" again when its worst pain is at most this many points above the usual level. */
  endWithin: 1,
  /** Calm days needed in a row (calendar-adjacent) to end a flare. */
  endConsecutiveDays: 2,
  /** More missing calendar days than this in a row end an episode as "end not logged". */
  maxGapDays: 2,
} as const

/**
 * The pain-monitoring traffic light for pain during activity (0–10 scale).
 * Source: clinical.md "Pain-monitoring model" (GLA:D-style programmes): 0–2 safe, up to 5 acceptable,
 * above 5 too much.
 */
export const PAIN_DURING_ACTIVITY = {
  safeMax: 2,
  acceptableMax: 5,
} as const

/**
 * Smallest changes on the 0–10 pain scale that mean something to a patient.
 * Source: clinical.md "Flare-ups": −1 point (15%) is the smallest change patients notice, −2 points
 * (33%) is "much better".
 */
export const MEANINGFUL_CHANGE = {
  noticeablePoints: 1,
  muchBetterPoints: 2,
} as const

/**
 * Source: clinical.md "Dose of activity and exercise" — WHO 2020: 150–300 minutes a week of moderate
 * activity; the lower end is the line drawn on the chart.
 */
export const ACTIVITY_GUIDELINE_MINUTES_PER_WEEK = 150

/**
 * Source: clinical.md "Dose of activity and exercise" — KNGF 2018 and WHO 2020: strength or functional
 * exercise on at least 2 days a week.
 */
export const EXERCISE_DAYS_PER_WEEK_MIN = 2

/**
 * Source: clinical.md "Flare-ups": typical osteoarthritis morning stiffness lasts under 30 minutes.
 * Mornings at or above this are counted as "longer than typical".
 */
export const TYPICAL_MORNING_STIFFNESS_MAX_MINUTES = 30

/** What the pattern analysis looks at (issue 5, item 3). */
export const PATTERNS = {
  /** Days looked at before each flare start (issue 5: "the 3 days before each flare-up"). */
  beforeFlareWindowDays: 3,
  /** Flare-ups needed before the before-flare comparison is shown (issue 5: "needs ≥ 3 flare-ups"). */
  minFlaresForBeforePattern: 3,
  /**
   * A walk this long counts as a long walk. Source: clinical.md "What the leaflet says" names "pain
   * after walking a long time"; the hour itself is a Heupwijs choice.
   */
  longWalkMinutes: 60,
  /** Weeks compared for change over time: the last 4 against the 4 before (issue 5). */
  changeWindowWeeks: 4,
  /** Heupwijs choice: logged days needed in each 4-week window before comparing them. */
  minDaysPerChangeWindow: 10,
  /** Heupwijs choice: the fewest days (or activities) behind any median or share that is shown. */
  minDaysPerFigure: 5,
  /** Heupwijs choice: ordinary 3-day windows needed to compare the before-flare windows with. */
  minUsualWindows: 7,
  /** Heupwijs choice: logged days needed on every weekday (about a month) for the weekday pattern. */
  minDaysPerWeekday: 4,
  /** Heupwijs choice: mornings needed before night pain, start-up pain or stiffness are summed up. */
  minMornings: 7,
} as const
