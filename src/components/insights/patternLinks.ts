/**
 * The Learn section each pattern card links (issue 5, item 4), in one list so a unit test can check
 * every one lands on a heading that exists in every language (tests/unit/content/learnLinks.test.ts).
 */
import type { LearnLink } from '../../domain/todayPlan'

export const PATTERN_LINKS = {
  beforeFlares: { page: 'flare-ups', anchor: 'what-is-a-flare-up' },
  nextDayPain: { page: 'moving-with-pain', anchor: 'next-morning-rule' },
  painDuring: { page: 'moving-with-pain', anchor: 'traffic-light' },
  nextMorning: { page: 'moving-with-pain', anchor: 'next-morning-rule' },
  change: { page: 'symptoms', anchor: 'meaningful-change' },
  weekdays: { page: 'symptoms', anchor: 'good-and-bad-periods' },
  nightPain: { page: 'symptoms', anchor: 'night-pain' },
  startUp: { page: 'symptoms', anchor: 'start-up-pain' },
  stiffness: { page: 'symptoms', anchor: 'morning-stiffness' },
} as const satisfies Record<string, Required<LearnLink>>
