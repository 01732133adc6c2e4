import { patchById } from '../model/edits.ts';
import type {
  Baseline,
  CalendarException,
  Dependency,
  ProjectDocument,
  Rollout,
  Task,
} from '../model/schema.ts';
import type { RolloutSchedule } from './schedule-types.ts';
import { fitToSchema } from '../model/fit-to-schema.ts';
import { calendarExceptionSchema, taskSchema } from '../model/rollout-schema.ts';

/**
 * Pure edits of the rollout plan: tasks, dependencies, moves and resizes from the Gantt, the
 * working calendar and baselines. Each returns a new document (or the same one when nothing
 * changes, so no empty undo step is recorded) and keeps references valid: removing a task
 * removes the links to it. Limits are the schema's (shared/model/schema.ts).
 */

type Fields<T> = Partial<Omit<T, 'id'>>;

/** Largest lag the schema accepts, in working days. */
const MAX_LAG_DAYS = 365;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const withRollout = (doc: ProjectDocument, patch: Partial<Rollout>): ProjectDocument => ({
  ...doc,
  rollout: { ...doc.rollout, ...patch },
});

const isIsoDate = (value: string): boolean =>
  ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

const clampInt = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, Math.round(value)));

/** A new task with the schema's defaults, in `phaseId`. */
export function blankTask(id: string, phaseId: string | null, name: string): Task {
  return {
    id,
    phaseId,
    name,
    kind: 'work',
    durationDays: 1,
    predecessors: [],
    startNoEarlierThan: null,
    percentComplete: 0,
    raci: [],
    workstreamId: null,
    origin: null,
    notes: '',
  };
}

/** Appends a task (after the last task of its phase, so the table keeps phases together). */
export function addTask(doc: ProjectDocument, task: Task): ProjectDocument {
  const tasks = doc.rollout.tasks;
  if (tasks.some((t) => t.id === task.id)) return doc;
  const lastOfPhase = tasks.findLastIndex((t) => t.phaseId === task.phaseId);
  const at = lastOfPhase === -1 ? tasks.length : lastOfPhase + 1;
  return withRollout(doc, { tasks: [...tasks.slice(0, at), task, ...tasks.slice(at)] });
}

/**
 * Changes a task's fields. Durations are whole working days 0–3650 (0 is a milestone), %
 * complete 0–100; non-finite numbers (a cleared input) leave the document as it was.
 */
export function updateTask(
  doc: ProjectDocument,
  taskId: string,
  patch: Fields<Omit<Task, 'predecessors'>>,
): ProjectDocument {
  const task = doc.rollout.tasks.find((t) => t.id === taskId);
  if (!task) return doc;
  const { durationDays, percentComplete } = patch;
  if (durationDays !== undefined && !Number.isFinite(durationDays)) return doc;
  if (percentComplete !== undefined && !Number.isFinite(percentComplete)) return doc;
  // taskSchema rounds durationDays to a whole day and clamps both into their ranges.
  const clean: Partial<Task> = fitToSchema(taskSchema, patch);
  if (patch.startNoEarlierThan && !isIsoDate(patch.startNoEarlierThan)) return doc;
  const keys = Object.keys(clean) as (keyof Task)[];
  if (keys.every((key) => Object.is(task[key], clean[key]))) return doc;
  return withRollout(doc, { tasks: patchById(doc.rollout.tasks, taskId, clean) });
}

/** Removes a task and every dependency on it. */
export function removeTask(doc: ProjectDocument, taskId: string): ProjectDocument {
  if (!doc.rollout.tasks.some((t) => t.id === taskId)) return doc;
  const tasks = doc.rollout.tasks
    .filter((t) => t.id !== taskId)
    .map((t) =>
      t.predecessors.some((p) => p.taskId === taskId)
        ? { ...t, predecessors: t.predecessors.filter((p) => p.taskId !== taskId) }
        : t,
    );
  return withRollout(doc, { tasks });
}

/** Moves a bar in the Gantt: the task starts no earlier than `date` (as MS Project does). */
export function moveTask(doc: ProjectDocument, taskId: string, date: string): ProjectDocument {
  return updateTask(doc, taskId, { startNoEarlierThan: date });
}

/** Drags a bar's end in the Gantt: the task lasts `durationDays` working days (at least 1). */
export function resizeTask(
  doc: ProjectDocument,
  taskId: string,
  durationDays: number,
): ProjectDocument {
  if (!Number.isFinite(durationDays)) return doc;
  return updateTask(doc, taskId, { durationDays: Math.max(1, durationDays) });
}

/**
 * Sets (or, if `predecessorId` already links, changes) the dependency of `taskId` on
 * `predecessorId`. A task cannot depend on itself or on a task that does not exist; lag is
 * whole working days within ±365, negative for lead time. Cycles through other tasks are
 * allowed here and reported by the schedule, where the user sees the tasks involved.
 */
export function setDependency(
  doc: ProjectDocument,
  taskId: string,
  dependency: Dependency,
): ProjectDocument {
  const { taskId: predecessorId } = dependency;
  const tasks = doc.rollout.tasks;
  const task = tasks.find((t) => t.id === taskId);
  if (!task || predecessorId === taskId || !tasks.some((t) => t.id === predecessorId)) return doc;
  if (!Number.isFinite(dependency.lagDays)) return doc;
  const link: Dependency = {
    taskId: predecessorId,
    type: dependency.type,
    lagDays: clampInt(dependency.lagDays, -MAX_LAG_DAYS, MAX_LAG_DAYS),
  };
  const existing = task.predecessors.find((p) => p.taskId === predecessorId);
  if (existing && existing.type === link.type && existing.lagDays === link.lagDays) return doc;
  const predecessors = existing
    ? task.predecessors.map((p) => (p.taskId === predecessorId ? link : p))
    : [...task.predecessors, link];
  return withRollout(doc, { tasks: patchById(tasks, taskId, { predecessors }) });
}

/** Removes the dependency of `taskId` on `predecessorId`. */
export function removeDependency(
  doc: ProjectDocument,
  taskId: string,
  predecessorId: string,
): ProjectDocument {
  const task = doc.rollout.tasks.find((t) => t.id === taskId);
  if (!task?.predecessors.some((p) => p.taskId === predecessorId)) return doc;
  const predecessors = task.predecessors.filter((p) => p.taskId !== predecessorId);
  return withRollout(doc, { tasks: patchById(doc.rollout.tasks, taskId, { predecessors }) });
}

// ── Calendar ─────────────────────────────────────────────────────────────────────────────

/** Sets the project start date (ISO), or clears it. Invalid dates leave the document as it was. */
export function setStartDate(doc: ProjectDocument, date: string | null): ProjectDocument {
  if (date !== null && !isIsoDate(date)) return doc;
  if (doc.rollout.startDate === date) return doc;
  return withRollout(doc, { startDate: date });
}

/**
 * Sets the working week (ISO weekdays 1 = Monday … 7 = Sunday), sorted and de-duplicated. An
 * empty week would leave no day to work on, so it is refused.
 */
export function setWorkweek(doc: ProjectDocument, weekdays: readonly number[]): ProjectDocument {
  const days = [...new Set(weekdays)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  days.sort((a, b) => a - b);
  if (days.length === 0) return doc;
  const current = doc.rollout.calendar.workweek;
  if (days.length === current.length && days.every((d, i) => d === current[i])) return doc;
  return withRollout(doc, { calendar: { ...doc.rollout.calendar, workweek: days } });
}

/** Chooses the public-holiday preset: mainland China (`cn`) or none. */
export function setHolidayPreset(doc: ProjectDocument, preset: 'cn' | 'none'): ProjectDocument {
  if (doc.rollout.calendar.holidayPreset === preset) return doc;
  return withRollout(doc, { calendar: { ...doc.rollout.calendar, holidayPreset: preset } });
}

/**
 * Adds a company holiday or a make-up working day. One exception per date: a second one on the
 * same date replaces the first (a day cannot be both off and worked).
 */
export function addCalendarException(
  doc: ProjectDocument,
  exception: CalendarException,
): ProjectDocument {
  if (!isIsoDate(exception.date)) return doc;
  const others = doc.rollout.calendar.exceptions.filter(
    (e) => e.date !== exception.date && e.id !== exception.id,
  );
  const exceptions = [...others, exception].sort((a, b) => a.date.localeCompare(b.date));
  return withRollout(doc, { calendar: { ...doc.rollout.calendar, exceptions } });
}

/** Changes an exception's name, kind or date (kept in date order, one per date). */
export function updateCalendarException(
  doc: ProjectDocument,
  id: string,
  patch: Fields<CalendarException>,
): ProjectDocument {
  const existing = doc.rollout.calendar.exceptions.find((e) => e.id === id);
  if (!existing) return doc;
  const next = { ...existing, ...fitToSchema(calendarExceptionSchema, patch), id };
  if (next.date === existing.date && next.kind === existing.kind && next.name === existing.name)
    return doc;
  return addCalendarException(doc, next);
}

export function removeCalendarException(doc: ProjectDocument, id: string): ProjectDocument {
  const exceptions = doc.rollout.calendar.exceptions.filter((e) => e.id !== id);
  if (exceptions.length === doc.rollout.calendar.exceptions.length) return doc;
  return withRollout(doc, { calendar: { ...doc.rollout.calendar, exceptions } });
}

// ── Baselines ────────────────────────────────────────────────────────────────────────────

/**
 * Saves the schedule's current dates as a baseline (the Gantt draws the latest one under the
 * current bars). Tasks the schedule left out (caught in a cycle) are not in it; a plan with no
 * scheduled task has nothing to save.
 */
export function saveBaseline(
  doc: ProjectDocument,
  schedule: RolloutSchedule,
  baseline: Pick<Baseline, 'id' | 'name' | 'savedAt'>,
): ProjectDocument {
  const tasks = doc.rollout.tasks.flatMap((task) => {
    const scheduled = schedule.tasks.get(task.id);
    return scheduled ? [{ taskId: task.id, start: scheduled.start, finish: scheduled.finish }] : [];
  });
  if (tasks.length === 0) return doc;
  return withRollout(doc, { baselines: [...doc.rollout.baselines, { ...baseline, tasks }] });
}

/** Removes a saved baseline. */
export function removeBaseline(doc: ProjectDocument, id: string): ProjectDocument {
  const baselines = doc.rollout.baselines.filter((b) => b.id !== id);
  if (baselines.length === doc.rollout.baselines.length) return doc;
  return withRollout(doc, { baselines });
}

/**
 * Points an existing link at another predecessor (type and lag kept from `dependency`), as one
 * edit; a link the task cannot have leaves the document as it was.
 */
export function replaceDependency(
  doc: ProjectDocument,
  taskId: string,
  previousId: string,
  dependency: Dependency,
): ProjectDocument {
  const without = removeDependency(doc, taskId, previousId);
  const next = setDependency(without, taskId, dependency);
  return next === without ? doc : next;
}
