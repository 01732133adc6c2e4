import type { Dependency, ProjectDocument } from '../../../shared/model/schema.ts';
import { dayNumber, isoDate, type WorkingCalendar } from '../../../shared/rollout/calendar.ts';
import type { RolloutSchedule } from '../../../shared/rollout/schedule-types.ts';

/**
 * The Gantt's geometry, a pure function of the document and its schedule: one row per phase
 * header and per task, bars and baseline bars in pixels on a calendar-day axis, dependency
 * arrows as SVG paths, shaded non-working days and the today line. The chart component only
 * draws the rows in view and the arrows that touch them.
 */

export const ganttZooms = ['day', 'week', 'month'] as const;
export type GanttZoom = (typeof ganttZooms)[number];

/** Pixels per calendar day at each zoom: a working week readable at day, a year at month. */
export const PX_PER_DAY: Record<GanttZoom, number> = { day: 28, week: 10, month: 3 };
export const ROW_HEIGHT = 30;
/** Calendar days shown before the plan's first and after its last day. */
const MARGIN_DAYS = 7;
/** Calendar days before the plan's start (or after its end) within which today is shown. */
const TODAY_REACH_DAYS = 90;
/** How far an arrow leaves a bar before it turns. */
const ARROW_GAP = 8;

export type GanttPhaseRow = {
  kind: 'phase';
  key: string;
  phaseId: string | null;
  index: number;
  x: number;
  width: number;
  hasBar: boolean;
  /** Where the phase's gate sits (its last day), and whether every checklist item is done. */
  gateX: number | null;
  isGatePassed: boolean;
};

export type GanttTaskRow = {
  kind: 'task';
  key: string;
  taskId: string;
  index: number;
  name: string;
  /** Left edge and width of the bar (a milestone: its centre and 0). */
  x: number;
  width: number;
  startDay: number;
  finishDay: number;
  isMilestone: boolean;
  /** A go-live task: drawn as a diamond at its finish even when it lasts days. */
  isGoLive: boolean;
  isCritical: boolean;
  percentComplete: number;
  baseline: { x: number; width: number } | null;
};

export type GanttRow = GanttPhaseRow | GanttTaskRow;

export type GanttArrow = {
  key: string;
  path: string;
  /** The rows it spans, so only arrows touching the rows in view are drawn. */
  fromRow: number;
  toRow: number;
  isCritical: boolean;
};

export type GanttLayout = {
  rows: GanttRow[];
  arrows: GanttArrow[];
  pxPerDay: number;
  /** Day number (days since 1970-01-01) at x = 0, and how many days the axis spans. */
  originDay: number;
  dayCount: number;
  width: number;
  height: number;
  /** Non-working days on the axis: x and whether a holiday (else a weekend). */
  offDays: { x: number; isHoliday: boolean }[];
  /** Make-up working days (调休) on a weekend, marked so the user sees why they are worked. */
  makeUpDays: number[];
  todayX: number | null;
};

type Side = 'start' | 'finish';
/** Which end of the predecessor an arrow leaves and which end of the successor it enters. */
const linkSides: Record<Dependency['type'], [Side, Side]> = {
  FS: ['finish', 'start'],
  SS: ['start', 'start'],
  FF: ['finish', 'finish'],
  SF: ['start', 'finish'],
};

/** An orthogonal arrow path from one bar end to another, detouring between rows if it must. */
export function arrowPath(
  from: { x: number; y: number; side: Side },
  to: { x: number; y: number; side: Side },
): string {
  const out = from.side === 'finish' ? 1 : -1;
  const into = to.side === 'start' ? 1 : -1; // +1: the arrow travels rightwards into the bar
  const exit = from.x + out * ARROW_GAP;
  const entry = to.x - into * ARROW_GAP;
  const direct = out !== into || (out === 1 && exit <= entry) || (out === -1 && exit >= entry);
  if (direct) {
    const turn = out !== into ? (out === 1 ? Math.max(exit, entry) : Math.min(exit, entry)) : exit;
    return `M${from.x},${from.y}H${turn}V${to.y}H${to.x}`;
  }
  const between = from.y + (to.y > from.y ? 1 : -1) * (ROW_HEIGHT / 2);
  return `M${from.x},${from.y}H${exit}V${between}H${entry}V${to.y}H${to.x}`;
}

/**
 * Builds the Gantt layout at one zoom. Tasks caught in a cycle have a row but no bar;
 * `passedGates` are the phases whose gate is passed (gate-status.ts), drawn green.
 */
export function ganttLayout(
  doc: ProjectDocument,
  schedule: RolloutSchedule,
  calendar: WorkingCalendar,
  zoom: GanttZoom,
  today: string,
  passedGates: ReadonlySet<string> = new Set(),
): GanttLayout {
  const px = PX_PER_DAY[zoom];
  const { phases, tasks, baselines } = doc.rollout;
  const baseline = new Map((baselines.at(-1)?.tasks ?? []).map((b) => [b.taskId, b]));
  const todayDay = dayNumber(today);

  const scheduledDays = [...schedule.tasks.values()].flatMap((s) => [
    dayNumber(s.start),
    dayNumber(s.finish),
  ]);
  const baselineDays = [...baseline.values()].flatMap((b) => [
    dayNumber(b.start),
    dayNumber(b.finish),
  ]);
  const known = [...scheduledDays, ...baselineDays];
  // Today widens the axis when it is near the plan, so the team sees where it stands.
  const near = (day: number) =>
    todayDay >= day - TODAY_REACH_DAYS && todayDay <= day + TODAY_REACH_DAYS;
  const planFirst = known.length > 0 ? Math.min(...known) : todayDay;
  const planLast = known.length > 0 ? Math.max(...known) : todayDay + 30;
  const first = near(planFirst) ? Math.min(planFirst, todayDay) : planFirst;
  const last = near(planLast) ? Math.max(planLast, todayDay) : planLast;
  const originDay = first - MARGIN_DAYS;
  const dayCount = last - first + 1 + 2 * MARGIN_DAYS;
  const xOf = (day: number) => (day - originDay) * px;

  const groups: { phaseId: string | null }[] = [
    ...phases.map((p) => ({ phaseId: p.id })),
    ...(tasks.some((t) => t.phaseId === null || !phases.some((p) => p.id === t.phaseId))
      ? [{ phaseId: null }]
      : []),
  ];
  const phaseIds = new Set(phases.map((p) => p.id));
  const rows: GanttRow[] = [];
  const rowOfTask = new Map<string, GanttTaskRow>();
  for (const { phaseId } of groups) {
    const own = tasks.filter((t) =>
      phaseId === null ? t.phaseId === null || !phaseIds.has(t.phaseId) : t.phaseId === phaseId,
    );
    const dates = phaseId === null ? undefined : schedule.phases.get(phaseId);
    const phase = phases.find((p) => p.id === phaseId);
    rows.push({
      kind: 'phase',
      key: `phase:${phaseId ?? '-'}`,
      phaseId,
      index: rows.length,
      x: dates ? xOf(dayNumber(dates.start)) : 0,
      width: dates ? (dayNumber(dates.finish) - dayNumber(dates.start) + 1) * px : 0,
      hasBar: dates !== undefined,
      gateX:
        dates && phase && phase.gates.length > 0 ? xOf(dayNumber(dates.finish)) + px / 2 : null,
      isGatePassed: phaseId !== null && passedGates.has(phaseId),
    });
    for (const task of own) {
      const s = schedule.tasks.get(task.id);
      const startDay = s ? dayNumber(s.start) : todayDay;
      const finishDay = s ? dayNumber(s.finish) : todayDay;
      const b = baseline.get(task.id);
      const isMilestone = s?.isMilestone ?? task.durationDays === 0;
      const row: GanttTaskRow = {
        kind: 'task',
        key: task.id,
        taskId: task.id,
        index: rows.length,
        name: task.name,
        x: isMilestone ? xOf(startDay) + px / 2 : xOf(startDay),
        width: s && !isMilestone ? (finishDay - startDay + 1) * px : 0,
        startDay,
        finishDay,
        isMilestone,
        isGoLive: task.kind === 'go-live',
        isCritical: s?.isCritical ?? false,
        percentComplete: task.percentComplete,
        baseline: b
          ? {
              x: xOf(dayNumber(b.start)),
              width: (dayNumber(b.finish) - dayNumber(b.start) + 1) * px,
            }
          : null,
      };
      rows.push(row);
      if (s) rowOfTask.set(task.id, row);
    }
  }

  const yOf = (row: GanttRow) => row.index * ROW_HEIGHT + ROW_HEIGHT / 2;
  const endX = (row: GanttTaskRow, side: Side) =>
    row.isMilestone
      ? row.x + (side === 'start' ? -6 : 6)
      : side === 'start'
        ? row.x
        : row.x + row.width;
  const arrows: GanttArrow[] = [];
  for (const task of tasks) {
    const to = rowOfTask.get(task.id);
    if (!to) continue;
    for (const link of task.predecessors) {
      const from = rowOfTask.get(link.taskId);
      if (!from) continue;
      const [fromSide, toSide] = linkSides[link.type];
      arrows.push({
        key: `${link.taskId}>${task.id}`,
        path: arrowPath(
          { x: endX(from, fromSide), y: yOf(from), side: fromSide },
          { x: endX(to, toSide), y: yOf(to), side: toSide },
        ),
        fromRow: Math.min(from.index, to.index),
        toRow: Math.max(from.index, to.index),
        isCritical: from.isCritical && to.isCritical,
      });
    }
  }

  const offDays: GanttLayout['offDays'] = [];
  const makeUpDays: number[] = [];
  for (let day = originDay; day < originDay + dayCount; day += 1) {
    const kind = calendar.dayKind(isoDate(day));
    if (kind === 'weekend' || kind === 'holiday')
      offDays.push({ x: xOf(day), isHoliday: kind === 'holiday' });
    if (kind === 'make-up-workday') makeUpDays.push(xOf(day));
  }

  return {
    rows,
    arrows,
    pxPerDay: px,
    originDay,
    dayCount,
    width: dayCount * px,
    height: rows.length * ROW_HEIGHT,
    offDays,
    makeUpDays,
    todayX: todayDay >= originDay && todayDay < originDay + dayCount ? xOf(todayDay) : null,
  };
}

/** Axis labels: the upper band (months, or years at month zoom) and the lower ticks. */
export type GanttTick = { x: number; date: string };
export function ganttTicks(layout: GanttLayout, zoom: GanttZoom) {
  const upper: GanttTick[] = [];
  const lower: GanttTick[] = [];
  for (let day = layout.originDay; day < layout.originDay + layout.dayCount; day += 1) {
    const date = isoDate(day);
    const x = (day - layout.originDay) * layout.pxPerDay;
    const isMonthStart = date.endsWith('-01');
    const isYearStart = date.endsWith('-01-01');
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (zoom === 'month' ? isYearStart : isMonthStart) upper.push({ x, date });
    if (zoom === 'day' || (zoom === 'week' && weekday === 1) || (zoom === 'month' && isMonthStart))
      lower.push({ x, date });
  }
  return { upper, lower };
}

/**
 * The task's new "start no earlier than" date after dragging its bar by `days` calendar days,
 * and its new duration after dragging its end: the working days from its start through the
 * day the end was dropped on (at least one).
 */
export function movedStart(row: GanttTaskRow, days: number): string {
  return isoDate(row.startDay + days);
}

export function resizedDuration(calendar: WorkingCalendar, row: GanttTaskRow, days: number) {
  const finish = Math.max(row.startDay, row.finishDay + days);
  return Math.max(1, calendar.workingDaysBetween(isoDate(row.startDay), isoDate(finish + 1)));
}
