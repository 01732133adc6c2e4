import { newId } from '../../shared/model/ids.ts';
import type { Calendar, ProjectDocument, Rollout, Task } from '../../shared/model/schema.ts';
import { localized, type Localized } from '../../shared/i18n/localized.ts';
import {
  createWorkingCalendar,
  dayNumber,
  isoDate,
  type WorkingCalendar,
} from '../../shared/rollout/calendar.ts';
import {
  PRESET_LAST_YEAR,
  rolloutFindings,
  type RolloutFinding,
} from '../../shared/rollout/findings.ts';
import { gateStatus } from '../../shared/rollout/gate-status.ts';
import { generatePlan } from '../../shared/rollout/generate.ts';
import { planChanges, type PlanChanges } from '../../shared/rollout/plan-merge.ts';
import { scheduleRollout } from '../../shared/rollout/schedule.ts';
import type { RolloutSchedule, ScheduledTask } from '../../shared/rollout/schedule-types.ts';
import { ganttLayout, type GanttLayout, type GanttZoom } from '../features/rollout/gantt-layout.ts';
import type { AppState } from './app-store.ts';
import { memoPerDocument } from './options-selectors.ts';

/**
 * Step 3's derived data for the plan tabs: the schedule from `scheduleRollout`, the working
 * calendar, the task table's rows and the Gantt's layout, memoised per document (and per
 * today, zoom or language), so React sees the same object until the document changes.
 */

const calendars = new WeakMap<Calendar, WorkingCalendar>();
/** The working calendar of a document, rebuilt only when its calendar changes. */
export function calendarOf(doc: ProjectDocument): WorkingCalendar {
  const key = doc.rollout.calendar;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = createWorkingCalendar(key);
    calendars.set(key, calendar);
  }
  return calendar;
}

export const scheduleOf = memoPerDocument((doc, today: string) => scheduleRollout(doc, today));

export const selectSchedule = (state: AppState): RolloutSchedule | null =>
  state.doc ? scheduleOf(state.doc, state.planToday) : null;

export const selectCalendar = (state: AppState): WorkingCalendar | null =>
  state.doc ? calendarOf(state.doc) : null;

// ── Task table ───────────────────────────────────────────────────────────────────────────

export type TaskRow = {
  key: string;
  /** 1-based number in plan order, as predecessors are shown ("3FS+2"). */
  number: number;
  task: Task;
  scheduled: ScheduledTask | null;
  /** Predecessors as numbers, type and lag, e.g. "2, 3SS+2, 5FF-1". */
  predecessorsLabel: string;
  /** Who is Responsible and Accountable, e.g. "R: Wang Jun · A: Li Na". */
  raciLabel: string;
  /** Finish in the latest baseline, when the task was in it. */
  baselineFinish: string | null;
};

export type PhaseGroup = {
  key: string;
  phaseId: string | null;
  name: string;
  start: string | null;
  finish: string | null;
  rows: TaskRow[];
};

/** "3", "3SS", "3FS+2", "3FF-1": MS Project's notation (FS without lag is just the number). */
export function dependencyLabel(number: number, type: string, lagDays: number): string {
  const lag = lagDays === 0 ? '' : lagDays > 0 ? `+${lagDays}` : `${lagDays}`;
  return `${number}${type === 'FS' && lag === '' ? '' : type}${lag}`;
}

const planGroupsOf = memoPerDocument((doc, today: string): PhaseGroup[] => {
  const schedule = scheduleOf(doc, today);
  const { tasks, phases, team, baselines } = doc.rollout;
  const numbers = new Map(tasks.map((t, i) => [t.id, i + 1]));
  const members = new Map(team.map((m) => [m.id, m.name]));
  const baseline = new Map((baselines.at(-1)?.tasks ?? []).map((b) => [b.taskId, b.finish]));
  const toRow = (task: Task): TaskRow => ({
    key: task.id,
    number: numbers.get(task.id) ?? 0,
    task,
    scheduled: schedule.tasks.get(task.id) ?? null,
    predecessorsLabel: task.predecessors
      .map((p) => dependencyLabel(numbers.get(p.taskId) ?? 0, p.type, p.lagDays))
      .join(', '),
    raciLabel: (['R', 'A'] as const)
      .flatMap((role) => {
        const names = task.raci
          .filter((c) => c.role === role)
          .map((c) => members.get(c.memberId) ?? '?');
        return names.length > 0 ? [`${role}: ${names.join(', ')}`] : [];
      })
      .join(' · '),
    baselineFinish: baseline.get(task.id) ?? null,
  });
  const phaseIds = new Set(phases.map((p) => p.id));
  const groups: PhaseGroup[] = phases.map((phase) => {
    const dates = schedule.phases.get(phase.id);
    return {
      key: phase.id,
      phaseId: phase.id,
      name: phase.name,
      start: dates?.start ?? null,
      finish: dates?.finish ?? null,
      rows: tasks.filter((t) => t.phaseId === phase.id).map(toRow),
    };
  });
  const unphased = tasks.filter((t) => t.phaseId === null || !phaseIds.has(t.phaseId));
  if (unphased.length > 0)
    groups.push({
      key: '-',
      phaseId: null,
      name: '',
      start: null,
      finish: null,
      rows: unphased.map(toRow),
    });
  return groups;
});

export const selectPlanGroups = (state: AppState): PhaseGroup[] =>
  state.doc ? planGroupsOf(state.doc, state.planToday) : [];

// ── Gantt ────────────────────────────────────────────────────────────────────────────────

const ganttOf = memoPerDocument((doc, today: string, zoom: GanttZoom): GanttLayout =>
  ganttLayout(doc, scheduleOf(doc, today), calendarOf(doc), zoom, today),
);

export const selectGanttLayout = (state: AppState): GanttLayout | null =>
  state.doc ? ganttOf(state.doc, state.planToday, state.ganttZoom) : null;

// ── Summary ──────────────────────────────────────────────────────────────────────────────

export type GateCounts = { passed: number; open: number; none: number };

export type PlanSummary = {
  start: string | null;
  finish: string | null;
  workingDays: number;
  taskCount: number;
  criticalCount: number;
  /** Phases whose gate checklist is complete, incomplete, or empty. */
  gates: GateCounts;
  hasBaseline: boolean;
  /** Working days the finish moved since the latest baseline (positive: later). */
  baselineSlip: number | null;
};

const summaryOf = memoPerDocument((doc, today: string): PlanSummary => {
  const schedule = scheduleOf(doc, today);
  const calendar = calendarOf(doc);
  const { tasks, baselines } = doc.rollout;
  const gates: GateCounts = { passed: 0, open: 0, none: 0 };
  for (const gate of gateStatus(doc, schedule)) {
    if (gate.items.length === 0) gates.none += 1;
    else if (gate.isPassed) gates.passed += 1;
    else gates.open += 1;
  }
  const baseline = baselines.at(-1);
  const baselineFinish = baseline?.tasks.reduce<string | null>(
    (max, b) => (max === null || b.finish > max ? b.finish : max),
    null,
  );
  const { start, finish } = schedule;
  return {
    start,
    finish,
    workingDays:
      start && finish ? calendar.workingDaysBetween(start, calendar.addWorkingDays(finish, 1)) : 0,
    taskCount: tasks.length,
    criticalCount: schedule.criticalPath.length,
    gates,
    hasBaseline: baseline !== undefined,
    baselineSlip:
      baselineFinish && finish ? calendar.workingDaysBetween(baselineFinish, finish) : null,
  };
});

export const selectPlanSummary = (state: AppState): PlanSummary | null =>
  state.doc ? summaryOf(state.doc, state.planToday) : null;

// ── Generation ───────────────────────────────────────────────────────────────────────────

export type PlanPreview = { generated: Rollout; changes: PlanChanges };

/**
 * What generating from steps 1 and 2 would give, and how it differs from the plan: computed
 * once per document, so the ids of new entities stay the same while the dialog is open.
 */
export const planPreviewOf = memoPerDocument((doc): PlanPreview => {
  const generated = generatePlan(doc, { newId });
  return { generated, changes: planChanges(doc, generated) };
});

// ── Findings ─────────────────────────────────────────────────────────────────────────────

/** A finding of the plan (engine's `rolloutFindings`) with the tasks it links to. */
export type PlanFinding = RolloutFinding & { key: string; taskIds: string[] };

const findingsOf = memoPerDocument((doc, today: string): PlanFinding[] =>
  rolloutFindings(doc, scheduleOf(doc, today)).map((finding, i) => ({
    ...finding,
    key: `${finding.id}:${finding.target.id ?? ''}:${i}`,
    taskIds: finding.target.kind === 'task' && finding.target.id ? [finding.target.id] : [],
  })),
);

export const selectPlanFindings = (state: AppState): PlanFinding[] =>
  state.doc ? findingsOf(state.doc, state.planToday) : [];

// ── Calendar ─────────────────────────────────────────────────────────────────────────────

/** A run of holidays with one name, or one make-up working day: the preset's or the company's. */
export type PresetDay = {
  kind: 'holiday' | 'workday';
  isCompany: boolean;
  from: string;
  to: string;
  days: number;
  name: Localized;
};

export type CalendarView = {
  /** The calendar years the plan spans (its start's year when it has no task). */
  years: number[];
  /** The preset's holidays and make-up days in those years, in date order. */
  presetDays: PresetDay[];
  /**
   * Plan years the preset has no data for and the document has no exceptions in yet (empty with
   * no preset): the user should enter that year's holidays.
   */
  missingYears: number[];
  presetRange: { from: number; to: number };
};

/** First year of the chinese-days data (chinese-days 1.5.7: 2004–2026). */
export const PRESET_FIRST_YEAR = 2004;

const calendarViewOf = memoPerDocument((doc, today: string): CalendarView => {
  const schedule = scheduleOf(doc, today);
  const first = Number((schedule.start ?? doc.rollout.startDate ?? today).slice(0, 4));
  const last = Number((schedule.finish ?? doc.rollout.startDate ?? today).slice(0, 4));
  const years = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
  const isPreset = doc.rollout.calendar.holidayPreset === 'cn';
  const company = new Set(doc.rollout.calendar.exceptions.map((e) => e.date));
  const presetDays: PresetDay[] = [];
  const calendar = calendarOf(doc);
  // Days off in a row, weekends between them included, make one holiday.
  const continues = (previous: PresetDay, date: string) => {
    for (let day = dayNumber(previous.to) + 1; day < dayNumber(date); day += 1)
      if (calendar.isWorkingDay(isoDate(day))) return false;
    return true;
  };
  for (const day of calendar.exceptionsBetween(`${first}-01-01`, `${last}-12-31`)) {
    const previous = presetDays.at(-1);
    const isNextDay = previous !== undefined && continues(previous, day.date);
    if (
      day.kind === 'holiday' &&
      previous?.kind === 'holiday' &&
      isNextDay &&
      previous.name.en === day.en
    ) {
      previous.days += dayNumber(day.date) - dayNumber(previous.to);
      previous.to = day.date;
    } else {
      presetDays.push({
        kind: day.kind,
        isCompany: company.has(day.date),
        from: day.date,
        to: day.date,
        days: 1,
        name: localized(day.en, day.zh),
      });
    }
  }
  return {
    years,
    presetDays,
    missingYears: isPreset
      ? years.filter(
          (y) =>
            (y > PRESET_LAST_YEAR || y < PRESET_FIRST_YEAR) &&
            !doc.rollout.calendar.exceptions.some((e) => e.date.startsWith(`${y}-`)),
        )
      : [],
    presetRange: { from: PRESET_FIRST_YEAR, to: PRESET_LAST_YEAR },
  };
});

export const selectCalendarView = (state: AppState): CalendarView | null =>
  state.doc ? calendarViewOf(state.doc, state.planToday) : null;
