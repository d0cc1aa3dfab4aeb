/**
 * Turns the period's numbers (domain/insights.ts) into the charts of the Insights screen: which rows,
 * which lines, and every text in the patient's language. Each chart is one ChartData object that both
 * the drawing and its table read. Charts for things never logged in the period are null. Every chart
 * is its own computed, worked out only once the screen renders it.
 */
import { computed, type ComputedRef, type Ref } from 'vue'
import { useI18n } from '../i18n'
import { niceMax, type ChartData, type ChartReference, type ChartRow, type ChartSeries, type ChartTick } from '../domain/chartData'
import { dateLabeller, dateRangeLabeller, numberFormatter } from '../domain/dateLabels'
import { CHART_DAY, CHART_DAY_TICK, CHART_MONTH_TICK, CHART_WEEK, ONE_DECIMAL } from '../domain/insightFormats'
import type { Insights, WeekRow, DayRow } from '../domain/insights'
import { weeklyGoals } from '../domain/insights'
import type { Plan } from '../domain/plan'
import { dayNumber } from '../domain/statistics'
import { TYPICAL_MORNING_STIFFNESS_MAX_MINUTES } from '../domain/thresholds'

/** Points of a daily line are joined only on consecutive days; weekly ones only in consecutive weeks. */
const NEXT_DAY = 1
const NEXT_WEEK = 7

type Translate = ReturnType<typeof useI18n>['t']

/** What every chart of one period shares: the time axis, the labels and small builders. */
function chartContext(data: Insights, plan: Plan | null, lang: string, t: Translate) {
  const dayLabel = dateLabeller(lang, CHART_DAY)
  const weekLabel = dateLabeller(lang, CHART_WEEK)
  const tickLabel = dateLabeller(lang, data.resolution === 'day' ? CHART_DAY_TICK : CHART_MONTH_TICK)
  const xStart = dayNumber(data.from)
  const today = dayNumber(data.to)
  // The axis runs to the Sunday of this week, so this week's bar fits; the last label is today.
  const xEnd = dayNumber(data.weeks.at(-1)?.weekStart ?? data.to) + 6
  const xTicks: ChartTick[] = [xStart, xStart + Math.round((today - xStart) / 2), today].map((x) => ({ x, label: tickLabel(x) }))
  return {
    data,
    t,
    daily: data.resolution === 'day',
    goals: weeklyGoals(plan),
    weekLabel,
    rangeLabel: dateRangeLabeller(lang, CHART_WEEK),
    number: numberFormatter(lang, ONE_DECIMAL),
    loggedWeeks: data.weeks.filter((week) => week.days > 0).length,
    frame: (id: string, step: number) => ({
      id: `chart-${id}`,
      xStart,
      xEnd,
      step,
      xTicks,
      xHeader: step === 1 ? t('insights.chart.day') : t('insights.chart.weekOf'),
      rowLabel: step === 1 ? dayLabel : weekLabel,
    }),
    dayRows: (pick: (row: DayRow) => (number | null)[]): ChartRow[] => data.days.map((row) => ({ x: dayNumber(row.date), values: pick(row) })),
    weekRows: (pick: (row: WeekRow) => (number | null)[]): ChartRow[] => data.weeks.map((row) => ({ x: dayNumber(row.weekStart), values: pick(row) })),
  }
}

type Context = ReturnType<typeof chartContext>

const line = (label: string, style: ChartSeries['style'], tone: ChartSeries['tone'], joinWithinDays: number): ChartSeries => ({ label, style, tone, joinWithinDays })
const bar = (label: string, style: ChartSeries['style'] = 'solid', tone: ChartSeries['tone'] = 'accent'): ChartSeries => ({ label, style, tone })
/** A count shown in the table only: how many days or weeks stand behind the figure. */
const count = (label: string): ChartSeries => ({ label, style: 'solid', tone: 'text', tableOnly: true })
const highest = (rows: ChartRow[], index: number): number => rows.reduce((max, row) => Math.max(max, row.values[index] ?? 0), 0)

export function useInsightCharts(insights: Readonly<Ref<Insights | null>>, plan: Readonly<Ref<Plan | null>>) {
  const { t, locale } = useI18n()
  const context = computed(() => (insights.value ? chartContext(insights.value, plan.value, locale.value, t) : null))
  const chart = (build: (c: Context) => ChartData | null): ComputedRef<ChartData | null> => computed(() => (context.value ? build(context.value) : null))
  return {
    pain: chart(painChart),
    nightAndStartUp: chart(nightChart),
    stiffness: chart(stiffnessChart),
    activity: chart(activityChart),
    exercise: chart(exerciseChart),
    walking: chart(walkingChart),
    weight: chart(weightChart),
    cigarettes: chart(cigarettesChart),
    smokeFree: chart(smokeFreeChart),
    painkillers: chart(painkillersChart),
  }
}

/** Pain per day with the 7-day median (or per week); bad periods shaded, injections marked. */
function painChart({ data, t, daily, frame, dayRows, weekRows, rangeLabel, weekLabel }: Context): ChartData {
  return {
    ...frame('pain', daily ? 1 : 7),
    title: t('insights.charts.pain.title'),
    description: t(daily ? 'insights.charts.pain.descriptionDays' : 'insights.charts.pain.descriptionWeeks', {
      days: data.weeks.reduce((sum, week) => sum + week.painDays, 0),
      flares: data.flares.length,
      injections: data.injections.length,
    }),
    yMax: 10,
    decimals: 1,
    series: daily
      ? [line(t('insights.charts.pain.worst'), 'solid', 'accent', NEXT_DAY), line(t('insights.charts.pain.morning'), 'dotted', 'text', NEXT_DAY), line(t('insights.charts.pain.median'), 'dashed', 'warning', 3 * NEXT_DAY)]
      : [line(t('insights.charts.pain.weekWorst'), 'solid', 'accent', NEXT_WEEK), line(t('insights.charts.pain.weekMorning'), 'dotted', 'text', NEXT_WEEK), count(t('insights.charts.pain.painDays'))],
    rows: daily ? dayRows((r) => [r.worstPain, r.morningPain, r.medianWorstPain]) : weekRows((r) => [r.medianWorstPain, r.medianMorningPain, r.painDays]),
    bands: data.flares.map((flare) => ({
      from: dayNumber(flare.start),
      to: dayNumber(flare.end),
      label: `${rangeLabel(flare.start, flare.end)}${flare.endLogged ? '' : ` (${t(flare.open ? 'insights.flares.ongoing' : 'insights.flares.endNotLogged')})`}`,
    })),
    bandLabel: t('insights.charts.pain.flares'),
    markers: data.injections.map((date) => ({ x: dayNumber(date), label: weekLabel(date) })),
    markerLabel: t('insights.charts.pain.injection'),
  }
}

function nightChart({ t, frame, weekRows, loggedWeeks }: Context): ChartData {
  return {
    ...frame('night', 7),
    title: t('insights.charts.night.title'),
    description: t('insights.charts.night.description', { weeks: loggedWeeks }),
    yMax: 7,
    decimals: 0,
    series: [bar(t('insights.charts.night.nights')), bar(t('insights.charts.night.startUp'), 'dashed', 'warning'), count(t('insights.charts.night.nightsAnswered')), count(t('insights.charts.night.startUpAnswered'))],
    rows: weekRows((r) => [r.nightsWithPain, r.startUpDays, r.nightsAnswered, r.startUpAnswered]),
  }
}

function stiffnessChart({ t, daily, frame, dayRows, weekRows }: Context): ChartData {
  const rows = daily ? dayRows((r) => [r.stiffnessMinutes]) : weekRows((r) => [r.medianStiffnessMinutes, r.stiffnessDays])
  return {
    ...frame('stiffness', daily ? 1 : 7),
    title: t('insights.charts.stiffness.title'),
    description: t('insights.charts.stiffness.description', { minutes: TYPICAL_MORNING_STIFFNESS_MAX_MINUTES }),
    yMax: niceMax(highest(rows, 0), 60),
    decimals: 0,
    series: daily
      ? [line(t('insights.charts.stiffness.minutes'), 'solid', 'accent', NEXT_DAY)]
      : [line(t('insights.charts.stiffness.weekMinutes'), 'solid', 'accent', NEXT_WEEK), count(t('insights.charts.stiffness.mornings'))],
    rows,
    references: [{ label: t('insights.charts.stiffness.typical', { minutes: TYPICAL_MORNING_STIFFNESS_MAX_MINUTES }), value: TYPICAL_MORNING_STIFFNESS_MAX_MINUTES, style: 'dashed' }],
  }
}

/** Minutes a week against the patient's own goal and the 150-minute guideline. */
function activityChart({ data, t, goals, frame, weekRows, loggedWeeks }: Context): ChartData {
  const rows = weekRows((r) => [r.activityMinutes, r.days])
  const references: ChartReference[] = [{ label: t('insights.charts.activity.guideline', { minutes: goals.guidelineActivityMinutes }), value: goals.guidelineActivityMinutes, style: 'dotted' }]
  if (goals.activityMinutes === goals.guidelineActivityMinutes) {
    references[0]!.label = t('insights.charts.activity.goalIsGuideline', { minutes: goals.activityMinutes })
  } else if (goals.activityMinutes !== null) {
    references.unshift({ label: t('insights.charts.activity.goal', { minutes: goals.activityMinutes }), value: goals.activityMinutes, style: 'dashed' })
  }
  return {
    ...frame('activity', 7),
    title: t('insights.charts.activity.title'),
    description: t('insights.charts.activity.description', {
      weeks: loggedWeeks,
      reached: data.weeks.filter((week) => (week.activityMinutes ?? 0) >= goals.guidelineActivityMinutes).length,
      minutes: goals.guidelineActivityMinutes,
    }),
    yMax: niceMax(Math.max(highest(rows, 0), ...references.map((reference) => reference.value)) * 1.1, 200),
    decimals: 0,
    series: [bar(t('insights.charts.activity.minutes')), count(t('insights.charts.daysLogged'))],
    rows,
    references,
  }
}

/** Exercise days a week against the plan and the guideline (at least 2). */
function exerciseChart({ data, t, goals, frame, weekRows, loggedWeeks }: Context): ChartData {
  const references: ChartReference[] = [{ label: t('insights.charts.exercise.guideline', { days: goals.guidelineExerciseDays }), value: goals.guidelineExerciseDays, style: 'dotted' }]
  if (goals.exerciseDays !== null && goals.exerciseDays !== goals.guidelineExerciseDays) {
    references.unshift({ label: t('insights.charts.exercise.goal', { days: goals.exerciseDays }, goals.exerciseDays), value: goals.exerciseDays, style: 'dashed' })
  }
  return {
    ...frame('exercise', 7),
    title: t('insights.charts.exercise.title'),
    description: t('insights.charts.exercise.description', {
      weeks: loggedWeeks,
      reached: data.weeks.filter((week) => (week.exerciseDays ?? 0) >= goals.guidelineExerciseDays).length,
      days: goals.guidelineExerciseDays,
    }),
    yMax: 7,
    decimals: 0,
    series: [bar(t('insights.charts.exercise.days')), count(t('insights.charts.daysLogged'))],
    rows: weekRows((r) => [r.exerciseDays, r.days]),
    references,
  }
}

/** Walking minutes before the pain started, only on the days the patient noted it. */
function walkingChart({ data, t, daily, frame, dayRows, weekRows }: Context): ChartData | null {
  if (!data.logged.walking) return null
  const rows = daily ? dayRows((r) => [r.walkingMinutes]).filter((row) => row.values[0] !== null) : weekRows((r) => [r.medianWalkingMinutes, r.walkingDays])
  return {
    ...frame('walking', daily ? 1 : 7),
    title: t('insights.charts.walking.title'),
    description: t('insights.charts.walking.description', { days: data.weeks.reduce((sum, week) => sum + week.walkingDays, 0) }),
    yMax: niceMax(highest(rows, 0) * 1.1, 30),
    decimals: 0,
    series: daily
      ? [line(t('insights.charts.walking.minutes'), 'solid', 'accent', 2 * NEXT_WEEK)]
      : [line(t('insights.charts.walking.weekMinutes'), 'solid', 'accent', 4 * NEXT_WEEK), count(t('insights.charts.walking.days'))],
    rows,
  }
}

/** Weight (weighed about weekly, so points a few weeks apart are still joined), with BMI in the table. */
function weightChart({ data, t, daily, frame, dayRows, weekRows, number, weekLabel }: Context): ChartData | null {
  const latest = data.latestWeight
  if (!data.logged.weight || !latest) return null
  const withBmi = latest.bmi !== null
  const rows = (daily ? dayRows((r) => [r.weightKg, r.bmi]).filter((row) => row.values[0] !== null) : weekRows((r) => [r.medianWeightKg, r.bmi, r.weighings])).map((row) =>
    withBmi ? row : { ...row, values: row.values.filter((_, i) => i !== 1) },
  )
  const weights = rows.flatMap((row) => (row.values[0] === null || row.values[0] === undefined ? [] : [row.values[0]]))
  return {
    ...frame('weight', daily ? 1 : 7),
    title: t('insights.charts.weight.title'),
    description: t(withBmi ? 'insights.charts.weight.descriptionBmi' : 'insights.charts.weight.description', {
      kg: number.format(latest.kg),
      bmi: number.format(latest.bmi ?? 0),
      date: weekLabel(latest.date),
    }),
    yMin: Math.max(0, Math.floor((Math.min(...weights) - 2) / 5) * 5),
    yMax: Math.ceil((Math.max(...weights) + 2) / 5) * 5,
    decimals: 1,
    series: [
      line(t(daily ? 'insights.charts.weight.kg' : 'insights.charts.weight.weekKg'), 'solid', 'accent', 5 * NEXT_WEEK),
      ...(withBmi ? [count(t('insights.charts.weight.bmi'))] : []),
      ...(daily ? [] : [count(t('insights.charts.weight.weighings'))]),
    ],
    rows,
  }
}

function cigarettesChart({ data, t, daily, frame, dayRows, weekRows }: Context): ChartData | null {
  if (!data.logged.cigarettes) return null
  const rows = daily ? dayRows((r) => [r.cigarettes]).filter((row) => row.values[0] !== null) : weekRows((r) => [r.medianCigarettes, r.cigaretteDays])
  return {
    ...frame('cigarettes', daily ? 1 : 7),
    title: t('insights.charts.cigarettes.title'),
    description: t('insights.charts.cigarettes.description', { days: data.weeks.reduce((sum, week) => sum + week.cigaretteDays, 0) }),
    yMax: niceMax(highest(rows, 0) * 1.1, 10),
    decimals: daily ? 0 : 1,
    series: daily
      ? [line(t('insights.charts.cigarettes.perDay'), 'solid', 'accent', NEXT_DAY)]
      : [line(t('insights.charts.cigarettes.weekPerDay'), 'solid', 'accent', NEXT_WEEK), count(t('insights.charts.cigarettes.days'))],
    rows,
  }
}

function smokeFreeChart({ data, t, frame, weekRows }: Context): ChartData | null {
  if (!data.logged.cigarettes) return null
  return {
    ...frame('smoke-free', 7),
    title: t('insights.charts.smokeFree.title'),
    description: t('insights.charts.smokeFree.description', { days: data.weeks.reduce((sum, week) => sum + (week.smokeFreeDays ?? 0), 0) }),
    yMax: 7,
    decimals: 0,
    series: [bar(t('insights.charts.smokeFree.days')), count(t('insights.charts.cigarettes.days'))],
    rows: weekRows((r) => [r.smokeFreeDays, r.cigaretteDays]),
  }
}

function painkillersChart({ data, t, frame, weekRows }: Context): ChartData {
  return {
    ...frame('painkillers', 7),
    title: t('insights.charts.painkillers.title'),
    description: t('insights.charts.painkillers.description', {
      days: data.weeks.reduce((sum, week) => sum + (week.painkillerDays ?? 0), 0),
      injections: data.injections.length,
    }),
    yMax: 7,
    decimals: 0,
    series: [bar(t('insights.charts.painkillers.days')), count(t('insights.charts.painkillers.injections')), count(t('insights.charts.daysLogged'))],
    rows: weekRows((r) => [r.painkillerDays, r.injections, r.days]),
  }
}
