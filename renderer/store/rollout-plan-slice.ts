import type { StateCreator } from 'zustand';
import { newId } from '../../shared/model/ids.ts';
import type { CalendarException, Dependency, Rollout, Task } from '../../shared/model/schema.ts';
import { applyPlan, defaultAccepted } from '../../shared/rollout/plan-merge.ts';
import {
  addCalendarException,
  addTask,
  blankTask,
  moveTask,
  removeBaseline,
  removeCalendarException,
  removeDependency,
  removeTask,
  replaceDependency,
  resizeTask,
  saveBaseline,
  setDependency,
  setHolidayPreset,
  setStartDate,
  setWorkweek,
  updateCalendarException,
  updateTask,
} from '../../shared/rollout/plan-edits.ts';
import type { GanttZoom } from '../features/rollout/gantt-layout.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';
import { planPreviewOf, scheduleOf } from './rollout-selectors.ts';

type Fields<T> = Partial<Omit<T, 'id'>>;

/** Today in the user's time zone, as an ISO date (the plan's today line and default start). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Step 3 plan actions: tasks, dependencies, calendar, baselines and plan generation. Each is a
 * thin call of a pure edit in shared/rollout/ through `editDocument` (one undo step a gesture).
 * A Gantt drag calls `moveTask` or `resizeTask` once, when it ends: one drag, one undo step.
 * The zoom, the selected task and today are view state: never in the document or in undo.
 */
export type RolloutPlanSlice = {
  planToday: string;
  ganttZoom: GanttZoom;
  /** The task the user picked (table row, bar, or a finding's link); the views scroll to it. */
  selectedTaskId: string | null;
  setPlanToday: (today: string) => void;
  setGanttZoom: (zoom: GanttZoom) => void;
  selectTask: (taskId: string | null) => void;

  addTask: (phaseId: string | null, name: string) => string;
  updateTask: (
    taskId: string,
    patch: Fields<Omit<Task, 'predecessors'>>,
    gesture?: Gesture,
  ) => void;
  removeTask: (taskId: string) => void;
  moveTask: (taskId: string, date: string) => void;
  resizeTask: (taskId: string, durationDays: number) => void;
  setDependency: (taskId: string, dependency: Dependency, gesture?: Gesture) => void;
  removeDependency: (taskId: string, predecessorId: string) => void;
  replaceDependency: (taskId: string, previousId: string, dependency: Dependency) => void;

  setStartDate: (date: string | null) => void;
  setWorkweek: (weekdays: number[]) => void;
  setHolidayPreset: (preset: 'cn' | 'none') => void;
  addCalendarException: (exception: Omit<CalendarException, 'id'>) => string;
  updateCalendarException: (
    id: string,
    patch: Fields<CalendarException>,
    gesture?: Gesture,
  ) => void;
  removeCalendarException: (id: string) => void;

  /**
   * Applies the accepted changes of a generated plan (keys from `planChanges`) as one undo
   * step; returns how many were applied.
   */
  applyGeneratedPlan: (generated: Rollout, accepted: readonly string[]) => number;
  /** Generates a plan for an empty Rollout page and applies every default change. */
  generatePlan: () => number;
  /** Saves the current schedule's dates as a baseline named `name`. */
  saveBaseline: (name: string) => void;
  removeBaseline: (id: string) => void;
};

export const createRolloutPlanSlice: StateCreator<AppState, [], [], RolloutPlanSlice> = (
  set,
  get,
) => {
  const edit: AppState['editDocument'] = (recipe, gesture) => get().editDocument(recipe, gesture);
  return {
    planToday: localToday(),
    ganttZoom: 'week',
    selectedTaskId: null,
    setPlanToday: (planToday) => set({ planToday }),
    setGanttZoom: (ganttZoom) => set({ ganttZoom }),
    selectTask: (selectedTaskId) => set({ selectedTaskId }),

    addTask(phaseId, name) {
      const id = newId();
      edit((doc) => addTask(doc, blankTask(id, phaseId, name)));
      return id;
    },
    updateTask: (taskId, patch, gesture) => edit((doc) => updateTask(doc, taskId, patch), gesture),
    removeTask(taskId) {
      edit((doc) => removeTask(doc, taskId));
      if (get().selectedTaskId === taskId) set({ selectedTaskId: null });
    },
    moveTask: (taskId, date) => edit((doc) => moveTask(doc, taskId, date)),
    resizeTask: (taskId, durationDays) => edit((doc) => resizeTask(doc, taskId, durationDays)),
    setDependency: (taskId, dependency, gesture) =>
      edit((doc) => setDependency(doc, taskId, dependency), gesture),
    removeDependency: (taskId, predecessorId) =>
      edit((doc) => removeDependency(doc, taskId, predecessorId)),
    replaceDependency: (taskId, previousId, dependency) =>
      edit((doc) => replaceDependency(doc, taskId, previousId, dependency)),

    setStartDate: (date) => edit((doc) => setStartDate(doc, date)),
    setWorkweek: (weekdays) => edit((doc) => setWorkweek(doc, weekdays)),
    setHolidayPreset: (preset) => edit((doc) => setHolidayPreset(doc, preset)),
    addCalendarException(exception) {
      const id = newId();
      edit((doc) => addCalendarException(doc, { id, ...exception }));
      return id;
    },
    updateCalendarException: (id, patch, gesture) =>
      edit((doc) => updateCalendarException(doc, id, patch), gesture),
    removeCalendarException: (id) => edit((doc) => removeCalendarException(doc, id)),

    saveBaseline(name) {
      const today = get().planToday;
      edit((doc) =>
        saveBaseline(doc, scheduleOf(doc, today), {
          id: newId(),
          name,
          savedAt: new Date().toISOString(),
        }),
      );
    },
    removeBaseline: (id) => edit((doc) => removeBaseline(doc, id)),
    applyGeneratedPlan(generated, accepted) {
      if (accepted.length === 0) return 0;
      edit((doc) => applyPlan(doc, generated, accepted));
      return accepted.length;
    },
    generatePlan() {
      const doc = get().doc;
      if (!doc) return 0;
      const { generated, changes } = planPreviewOf(doc);
      return get().applyGeneratedPlan(generated, defaultAccepted(changes));
    },
  };
};
