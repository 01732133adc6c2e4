import { localized } from '../i18n/localized.ts';
import type { ProjectDocument, Task } from '../model/schema.ts';
import type { PhaseDates, RolloutSchedule, ScheduledTask } from '../rollout/schedule-types.ts';

/**
 * SEAM: the report's stand-in for `scheduleRollout` (shared/rollout/schedule.ts, built on the
 * rollout branch). A plain critical-path forward and backward pass over the work week, without
 * holidays; replaced by the real scheduler when the branches merge. Same result type.
 */

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekday = (ms: number) => ((new Date(ms).getUTCDay() + 6) % 7) + 1;

function workingDays(startIso: string, workweek: readonly number[], count: number): string[] {
  const days = workweek.length > 0 ? new Set(workweek) : new Set([1, 2, 3, 4, 5]);
  const out: string[] = [];
  let ms = Date.parse(`${startIso}T00:00:00Z`);
  while (out.length < count) {
    if (days.has(weekday(ms))) out.push(isoDay(ms));
    ms += DAY_MS;
  }
  return out;
}

/** Tasks in dependency order; tasks on a cycle are returned separately. */
function topologicalOrder(tasks: readonly Task[]): { order: Task[]; cyclic: Set<string> } {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: Task[] = [];
  const cyclic = new Set<string>();
  const visit = (task: Task, stack: string[]) => {
    if (state.get(task.id) === 'done') return;
    if (state.get(task.id) === 'visiting') {
      for (const id of stack.slice(stack.indexOf(task.id))) cyclic.add(id);
      return;
    }
    state.set(task.id, 'visiting');
    for (const p of task.predecessors) {
      const pred = byId.get(p.taskId);
      if (pred) visit(pred, [...stack, task.id]);
    }
    state.set(task.id, 'done');
    order.push(task);
  };
  for (const task of tasks) visit(task, []);
  return { order: order.filter((t) => !cyclic.has(t.id)), cyclic };
}

/** The schedule of the document's rollout plan, computed from the plan alone. */
export function scheduleForReport(doc: ProjectDocument, today: string): RolloutSchedule {
  const { tasks, startDate, calendar, phases } = doc.rollout;
  const empty: RolloutSchedule = {
    start: null,
    finish: null,
    tasks: new Map(),
    criticalPath: [],
    cycles: [],
    phases: new Map(),
  };
  if (tasks.length === 0) return empty;
  const { order, cyclic } = topologicalOrder(tasks);
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  for (const task of order) {
    let start = 0;
    for (const p of task.predecessors) {
      if (!ef.has(p.taskId)) continue;
      const pes = es.get(p.taskId)!;
      const pef = ef.get(p.taskId)!;
      const d = task.durationDays;
      const bound =
        p.type === 'FS'
          ? pef + p.lagDays
          : p.type === 'SS'
            ? pes + p.lagDays
            : p.type === 'FF'
              ? pef + p.lagDays - d
              : pes + p.lagDays - d;
      start = Math.max(start, bound);
    }
    es.set(task.id, start);
    ef.set(task.id, start + task.durationDays);
  }
  const projectEnd = Math.max(0, ...ef.values());
  const lf = new Map<string, number>();
  for (const task of [...order].reverse()) {
    let finish = projectEnd;
    for (const succ of order) {
      for (const p of succ.predecessors) {
        if (p.taskId !== task.id || !lf.has(succ.id)) continue;
        const sls = lf.get(succ.id)! - succ.durationDays;
        const slf = lf.get(succ.id)!;
        const bound =
          p.type === 'FS'
            ? sls - p.lagDays
            : p.type === 'SS'
              ? sls - p.lagDays + task.durationDays
              : p.type === 'FF'
                ? slf - p.lagDays
                : slf - p.lagDays + task.durationDays;
        finish = Math.min(finish, bound);
      }
    }
    lf.set(task.id, finish);
  }
  const days = workingDays(startDate ?? today, calendar.workweek, projectEnd + 2);
  const scheduled = new Map<string, ScheduledTask>();
  for (const task of order) {
    const earlyStart = es.get(task.id)!;
    const earlyFinish = ef.get(task.id)!;
    const lateFinish = lf.get(task.id)!;
    const totalFloat = lateFinish - earlyFinish;
    const isMilestone = task.durationDays === 0;
    scheduled.set(task.id, {
      taskId: task.id,
      start: days[earlyStart]!,
      finish: days[isMilestone ? earlyStart : earlyFinish - 1]!,
      earlyStart,
      earlyFinish,
      lateStart: lateFinish - task.durationDays,
      lateFinish,
      totalFloat,
      freeFloat: totalFloat,
      isCritical: totalFloat <= 0,
      isMilestone,
    });
  }
  const all = [...scheduled.values()];
  const phaseDates = new Map<string, PhaseDates>();
  for (const phase of phases) {
    const own = tasks.filter((t) => t.phaseId === phase.id).map((t) => scheduled.get(t.id));
    const present = own.filter((t): t is ScheduledTask => t !== undefined);
    if (present.length === 0) continue;
    const goLive = tasks.find((t) => t.phaseId === phase.id && t.kind === 'go-live');
    phaseDates.set(phase.id, {
      phaseId: phase.id,
      start: present.map((t) => t.start).sort()[0]!,
      finish: present
        .map((t) => t.finish)
        .sort()
        .at(-1)!,
      goLive: goLive ? (scheduled.get(goLive.id)?.finish ?? null) : null,
    });
  }
  return {
    start: all.map((t) => t.start).sort()[0] ?? null,
    finish:
      all
        .map((t) => t.finish)
        .sort()
        .at(-1) ?? null,
    tasks: scheduled,
    criticalPath: order.filter((t) => scheduled.get(t.id)?.isCritical).map((t) => t.id),
    cycles:
      cyclic.size > 0
        ? [
            {
              taskIds: [...cyclic],
              message: localized(
                'These tasks depend on each other in a circle.',
                '这些任务相互依赖，形成循环。',
              ),
            },
          ]
        : [],
    phases: phaseDates,
  };
}
