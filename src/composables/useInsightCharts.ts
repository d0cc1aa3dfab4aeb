/**
 * Turns the period's numbers (domain/insights.ts) into the charts of the Insights screen: which rows,
 * which lines, and every text in the patient's language. Each chart is one ChartData object that both
 * the drawing and its table read. Charts for things never logged in the period are left out (null).
 */
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { niceMax, type ChartData, type ChartReference, type ChartRow, type ChartSeries, type ChartTick } from '../domain/chartData'
import { dateLabeller, dateRangeLabeller } from '../domain/dateLabels'
import type { Insights, WeekRow, DayRow } from '../domain/insights'
import { weeklyGoals } from '../domain/insights'
import type { Plan } from '../domain/plan'
import { dayNumber } from '../domain/statistics'
import { TYPICAL_MORNING_STIFFNESS_MAX_MINUTES } from '../domain/thresholds'

export interface InsightCharts {
  pain: ChartData
  nightAndStartUp: ChartData
  stiffness: ChartData
  activity: ChartData
  exercise: ChartData
  walking: ChartData | null
  weight: ChartData | null
  cigarettes: ChartData | null
  smokeFree: ChartData | null
  painkillers: ChartData
}

/** Points of a daily line are joined only on consecutive days; weekly ones only in consecutive weeks. */
const NEXT_DAY = 1
const NEXT_WEEK = 7

export function useInsightCharts(insights: Readonly<Ref<Insights | null>>, plan: Readonly<Ref<Plan | null>>) {
  const { t, locale } = useI18n()

  return computed<InsightCharts | null>(() => {
    const data = insights.value
    if (!data) return null
    const lang = locale.value
    const dayLabel = dateLabeller(lang, { weekday: 'short', day: 'numeric', month: 'short' })
    const weekLabel = dateLabeller(lang, { day: 'numeric', month: 'short', year: 'numeric' })
    const tickLabel = dateLabeller(lang, data.resolution === 'day' ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' })
    const rangeLabel = dateRangeLabeller(lang, { day: 'numeric', month: 'short', year: 'numeric' })
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })
    const xStart = dayNumber(data.from)
    const xEnd = dayNumber(data.to)
    const middle = xStart + Math.round((xEnd - xStart) / 2)
    const xTicks: ChartTick[] = [xStart, middle, xEnd].map((x) => ({ x, label: tickLabel(x) }))
    const daily = data.resolution === 'day'
    const goals = weeklyGoals(plan.value)

    /** The frame every chart of this period shares. */
    const frame = (id: string, step: number) => ({ id: `chart-${id}`, xStart, xEnd, step, xTicks, xHeader: step === 1 ? t('insights.chart.day') : t('insights.chart.weekOf') })
    const dayRows = (pick: (row: DayRow) => (number | null)[]): ChartRow[] => data.days.map((row) => ({ x: dayNumber(row.date), label: dayLabel(row.date), values: pick(row) }))
    const weekRows = (pick: (row: WeekRow) => (number | null)[]): ChartRow[] => data.weeks.map((row) => ({ x: dayNumber(row.weekStart), label: weekLabel(row.weekStart), values: pick(row) }))
    const line = (label: string, style: ChartSeries['style'], tone: ChartSeries['tone'], joinWithinDays: number): ChartSeries => ({ label, style, tone, joinWithinDays })
    const bar = (label: string, style: ChartSeries['style'] = 'solid', tone: ChartSeries['tone'] = 'accent'): ChartSeries => ({ label, style, tone })
    const count = (label: string): ChartSeries => ({ label, style: 'solid', tone: 'text', tableOnly: true })
    const highest = (rows: ChartRow[], index: number): number => rows.reduce((max, row) => Math.max(max, row.values[index] ?? 0), 0)
    const loggedWeeks = data.weeks.filter((week) => week.days > 0).length

    // Pain: per day with the 7-day median, or per week; bad periods shaded, injections marked.
    const painRows = daily ? dayRows((r) => [r.worstPain, r.morningPain, r.medianWorstPain]) : weekRows((r) => [r.medianWorstPain, r.medianMorningPain, r.painDays])
    const painSeries = daily
      ? [line(t('insights.charts.pain.worst'), 'solid', 'accent', NEXT_DAY), line(t('insights.charts.pain.morning'), 'dotted', 'text', NEXT_DAY), line(t('insights.charts.pain.median'), 'dashed', 'warning', NEXT_DAY * 3)]
      : [line(t('insights.charts.pain.weekWorst'), 'solid', 'accent', NEXT_WEEK), line(t('insights.charts.pain.weekMorning'), 'dotted', 'text', NEXT_WEEK), count(t('insights.charts.pain.painDays'))]
    const pain: ChartData = {
      ...frame('pain', daily ? 1 : 7),
      title: t('insights.charts.pain.title'),
      description: t(daily ? 'insights.charts.pain.descriptionDays' : 'insights.charts.pain.descriptionWeeks', {
        days: data.days.filter((row) => row.worstPain !== null).length || data.weeks.reduce((sum, week) => sum + week.painDays, 0),
        flares: data.flares.length,
        injections: data.injections.length,
      }),
      yMax: 10,
      decimals: 1,
      series: painSeries,
      rows: painRows,
      bands: data.flares.map((flare) => ({
        from: dayNumber(flare.start),
        to: dayNumber(flare.end),
        label: `${rangeLabel(flare.start, flare.end)}${flare.endLogged ? '' : ` (${t(flare.open ? 'insights.flares.ongoing' : 'insights.flares.endNotLogged')})`}`,
      })),
      bandLabel: t('insights.charts.pain.flares'),
      markers: data.injections.map((date) => ({ x: dayNumber(date), label: weekLabel(date) })),
      markerLabel: t('insights.charts.pain.injection'),
    }

    const nightRows = weekRows((r) => [r.nightsWithPain, r.startUpDays, r.nightsAnswered, r.startUpAnswered])
    const nightAndStartUp: ChartData = {
      ...frame('night', 7),
      title: t('insights.charts.night.title'),
      description: t('insights.charts.night.description', { weeks: loggedWeeks }),
      yMax: 7,
      decimals: 0,
      series: [bar(t('insights.charts.night.nights')), bar(t('insights.charts.night.startUp'), 'dashed', 'warning'), count(t('insights.charts.night.nightsAnswered')), count(t('insights.charts.night.startUpAnswered'))],
      rows: nightRows,
    }

    const stiffnessRows = daily ? dayRows((r) => [r.stiffnessMinutes]) : weekRows((r) => [r.medianStiffnessMinutes, r.stiffnessDays])
    const stiffness: ChartData = {
      ...frame('stiffness', daily ? 1 : 7),
      title: t('insights.charts.stiffness.title'),
      description: t('insights.charts.stiffness.description', { minutes: TYPICAL_MORNING_STIFFNESS_MAX_MINUTES }),
      yMax: niceMax(highest(stiffnessRows, 0), 60),
      decimals: 0,
      series: daily
        ? [line(t('insights.charts.stiffness.minutes'), 'solid', 'accent', NEXT_DAY)]
        : [line(t('insights.charts.stiffness.weekMinutes'), 'solid', 'accent', NEXT_WEEK), count(t('insights.charts.stiffness.mornings'))],
      rows: stiffnessRows,
      references: [{ label: t('insights.charts.stiffness.typical', { minutes: TYPICAL_MORNING_STIFFNESS_MAX_MINUTES }), value: TYPICAL_MORNING_STIFFNESS_MAX_MINUTES, style: 'dashed' }],
    }

    const activityRows = weekRows((r) => [r.activityMinutes, r.days])
    const activityReferences: ChartReference[] = [{ label: t('insights.charts.activity.guideline', { minutes: goals.guidelineActivityMinutes }), value: goals.guidelineActivityMinutes, style: 'dotted' }]
    if (goals.activityMinutes !== null) activityReferences.unshift({ label: t('insights.charts.activity.goal', { minutes: goals.activityMinutes }), value: goals.activityMinutes, style: 'dashed' })
    const activity: ChartData = {
      ...frame('activity', 7),
      title: t('insights.charts.activity.title'),
      description: t('insights.charts.activity.description', {
        weeks: loggedWeeks,
        reached: data.weeks.filter((week) => (week.activityMinutes ?? 0) >= goals.guidelineActivityMinutes).length,
        minutes: goals.guidelineActivityMinutes,
      }),
      yMax: niceMax(Math.max(highest(activityRows, 0), ...activityReferences.map((reference) => reference.value)) * 1.1, 200),
      decimals: 0,
      series: [bar(t('insights.charts.activity.minutes')), count(t('insights.charts.daysLogged'))],
      rows: activityRows,
      references: activityReferences,
    }

    const exerciseRows = weekRows((r) => [r.exerciseDays, r.days])
    const exerciseReferences: ChartReference[] = [{ label: t('insights.charts.exercise.guideline', { days: goals.guidelineExerciseDays }), value: goals.guidelineExerciseDays, style: 'dotted' }]
    if (goals.exerciseDays !== null && goals.exerciseDays !== goals.guidelineExerciseDays) {
      exerciseReferences.unshift({ label: t('insights.charts.exercise.goal', { days: goals.exerciseDays }), value: goals.exerciseDays, style: 'dashed' })
    }
    const exercise: ChartData = {
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
      rows: exerciseRows,
      references: exerciseReferences,
    }

    const walkingRows = daily ? dayRows((r) => [r.walkingMinutes]).filter((row) => row.values[0] !== null) : weekRows((r) => [r.medianWalkingMinutes, r.walkingDays])
    const walking: ChartData | null = data.logged.walking
      ? {
          ...frame('walking', daily ? 1 : 7),
          title: t('insights.charts.walking.title'),
          description: t('insights.charts.walking.description', { days: data.weeks.reduce((sum, week) => sum + week.walkingDays, 0) }),
          yMax: niceMax(highest(walkingRows, 0) * 1.1, 30),
          decimals: 0,
          series: daily ? [line(t('insights.charts.walking.minutes'), 'solid', 'accent', 14)] : [line(t('insights.charts.walking.weekMinutes'), 'solid', 'accent', 4 * NEXT_WEEK), count(t('insights.charts.walking.days'))],
          rows: walkingRows,
        }
      : null

    const withBmi = (data.latestWeight?.bmi ?? null) !== null
    const weightRows = (daily ? dayRows((r) => [r.weightKg, r.bmi]).filter((row) => row.values[0] !== null) : weekRows((r) => [r.medianWeightKg, r.bmi, r.weighings])).map((row) =>
      withBmi ? row : { ...row, values: row.values.filter((_, i) => i !== 1) },
    )
    const weights = weightRows.flatMap((row) => (row.values[0] === null || row.values[0] === undefined ? [] : [row.values[0]]))
    const weight: ChartData | null = data.logged.weight
      ? {
          ...frame('weight', daily ? 1 : 7),
          title: t('insights.charts.weight.title'),
          description: t(withBmi ? 'insights.charts.weight.descriptionBmi' : 'insights.charts.weight.description', {
            kg: number.format(data.latestWeight!.kg),
            bmi: number.format(data.latestWeight!.bmi ?? 0),
            date: weekLabel(data.latestWeight!.date),
          }),
          yMin: Math.max(0, Math.floor((Math.min(...weights) - 2) / 5) * 5),
          yMax: Math.ceil((Math.max(...weights) + 2) / 5) * 5,
          decimals: 1,
          series: [
            line(t(daily ? 'insights.charts.weight.kg' : 'insights.charts.weight.weekKg'), 'solid', 'accent', 35),
            ...(withBmi ? [count(t('insights.charts.weight.bmi'))] : []),
            ...(daily ? [] : [count(t('insights.charts.weight.weighings'))]),
          ],
          rows: weightRows,
        }
      : null

    const cigaretteRows = daily ? dayRows((r) => [r.cigarettes]).filter((row) => row.values[0] !== null) : weekRows((r) => [r.medianCigarettes, r.cigaretteDays])
    const cigarettes: ChartData | null = data.logged.cigarettes
      ? {
          ...frame('cigarettes', daily ? 1 : 7),
          title: t('insights.charts.cigarettes.title'),
          description: t('insights.charts.cigarettes.description', { days: data.weeks.reduce((sum, week) => sum + week.cigaretteDays, 0) }),
          yMax: niceMax(highest(cigaretteRows, 0) * 1.1, 10),
          decimals: daily ? 0 : 1,
          series: daily ? [line(t('insights.charts.cigarettes.perDay'), 'solid', 'accent', NEXT_DAY)] : [line(t('insights.charts.cigarettes.weekPerDay'), 'solid', 'accent', NEXT_WEEK), count(t('insights.charts.cigarettes.days'))],
          rows: cigaretteRows,
        }
      : null
    const smokeFree: ChartData | null = data.logged.cigarettes
      ? {
          ...frame('smoke-free', 7),
          title: t('insights.charts.smokeFree.title'),
          description: t('insights.charts.smokeFree.description', { days: data.weeks.reduce((sum, week) => sum + (week.smokeFreeDays ?? 0), 0) }),
          yMax: 7,
          decimals: 0,
          series: [bar(t('insights.charts.smokeFree.days')), count(t('insights.charts.cigarettes.days'))],
          rows: weekRows((r) => [r.smokeFreeDays, r.cigaretteDays]),
        }
      : null

    const painkillers: ChartData = {
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

    return { pain, nightAndStartUp, stiffness, activity, exercise, walking, weight, cigarettes, smokeFree, painkillers }
  })
}
