import type { Localized } from '../i18n/localized.ts';

/**
 * The schedule the critical-path method computes from the rollout plan: a pure function of the
 * document (shared/rollout/schedule.ts), never stored. Working-day offsets count from the
 * project start (day 0 is the first working day on or after `rollout.startDate`).
 */
export type ScheduledTask = {
  taskId: string;
  /** ISO dates of the first and last working day of the task (a milestone: the day it falls on). */
  start: string;
  finish: string;
  /** Early/late start and finish, in working days from the project start (finish exclusive). */
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** Working days the task can slip without moving the project finish / any successor. */
  totalFloat: number;
  freeFloat: number;
  isCritical: boolean;
  isMilestone: boolean;
};

/** Dates of one phase: its first start, its last finish and its go-live milestone if any. */
export type PhaseDates = { phaseId: string; start: string; finish: string; goLive: string | null };

/** A dependency cycle: the tasks involved, in order, so the user can break it. */
export type DependencyCycle = { taskIds: string[]; message: Localized };

export type RolloutSchedule = {
  /** The first working day of the plan, or `null` when there are no tasks. */
  start: string | null;
  /** The last working day of the plan, or `null` when there are no tasks. */
  finish: string | null;
  /** Scheduled tasks by id; tasks caught in a cycle are left out. */
  tasks: ReadonlyMap<string, ScheduledTask>;
  /** Critical tasks from start to finish, in schedule order. */
  criticalPath: string[];
  cycles: DependencyCycle[];
  phases: ReadonlyMap<string, PhaseDates>;
};
