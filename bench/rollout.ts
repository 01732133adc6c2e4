// Benchmarks of the step-3 scheduler: 5,000 tasks with 10,000 dependencies on the Chinese
// working calendar, against a straightforward scheduler measured in the same run. Not a test.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { performance } from 'node:perf_hooks';
import { measure } from './measure.ts';
import type { ProjectDocument, Task } from '../shared/model/schema.ts';
import { exportMspdi } from '../shared/rollout/export-mspdi.ts';
import { scheduleFindings } from '../shared/rollout/findings.ts';
import { scheduleRollout } from '../shared/rollout/schedule.ts';
import { LARGE, largePlan } from '../test/support/large-project.ts';

const { tasks: TASKS, links: LINKS } = LARGE;

/**
 * The straightforward way: early dates only (no late pass, no floats), Date objects, the
 * calendar walked day by day for every duration and lag, and the tasks relaxed in document order
 * again and again until nothing moves (Bellman–Ford style).
 */
export function naiveSchedule(
  doc: ProjectDocument,
): Map<string, { start: string; finish: string }> {
  const { holidays, workdays } = chineseDays as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const isWorking = (d: Date) => {
    const key = iso(d);
    if (key in workdays) return true;
    if (key in holidays) return false;
    return d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
  };
  const step = (d: Date, by: number) => new Date(d.getTime() + by * 86_400_000);
  /** The working day n working days from d (d itself moved to a working day first). */
  const add = (from: Date, n: number) => {
    let d = from;
    while (!isWorking(d)) d = step(d, 1);
    for (let left = Math.abs(n); left > 0;) {
      d = step(d, Math.sign(n));
      if (isWorking(d)) left -= 1;
    }
    return d;
  };
  const origin = add(new Date(`${doc.rollout.startDate}T00:00:00Z`), 0);
  const start = new Map<string, Date>(doc.rollout.tasks.map((t) => [t.id, origin]));
  const finishOf = (t: Task, s: Date) => add(s, t.durationDays);
  const byId = new Map(doc.rollout.tasks.map((t) => [t.id, t]));
  for (let changed = true; changed;) {
    changed = false;
    for (const task of doc.rollout.tasks) {
      let earliest = start.get(task.id)!;
      for (const link of task.predecessors) {
        const p = byId.get(link.taskId)!;
        const ps = start.get(p.id)!;
        const pf = finishOf(p, ps);
        const candidate = {
          FS: () => add(pf, link.lagDays),
          SS: () => add(ps, link.lagDays),
          FF: () => add(add(pf, link.lagDays), -task.durationDays),
          SF: () => add(add(ps, link.lagDays), -task.durationDays),
        }[link.type]();
        if (candidate > earliest) earliest = candidate < origin ? origin : candidate;
      }
      if (earliest.getTime() !== start.get(task.id)!.getTime()) {
        start.set(task.id, earliest);
        changed = true;
      }
    }
  }
  return new Map(
    doc.rollout.tasks.map((t) => {
      const s = start.get(t.id)!;
      return [
        t.id,
        { start: iso(s), finish: iso(t.durationDays === 0 ? s : add(s, t.durationDays - 1)) },
      ];
    }),
  );
}

/**
 * Times the CPM schedule against the naive scheduler (timed once: it takes tens of seconds), and
 * findings and the MSPDI export on its result against `JSON.stringify` of the plan. Prints how
 * many early starts the two schedulers agree on: all of them, or the comparison means nothing.
 */
export function runRolloutBench(): { rows: [name: string, ms: number, baselineMs: number][] } {
  const doc = largePlan();
  const ours = scheduleRollout(doc, '2024-01-08');
  const began = performance.now();
  const naive = naiveSchedule(doc);
  const baseline = performance.now() - began;
  const same = [...naive].filter(([id, d]) => ours.tasks.get(id)?.start === d.start).length;
  console.log(
    `\nrollout: ${TASKS} tasks, ${LINKS} links on the cn calendar; finish ${ours.finish}; ` +
      `early starts equal to the naive scheduler's: ${same}/${TASKS}; target < 100 ms`,
  );
  const copy = measure(() => JSON.stringify(doc.rollout));
  const now = '2026-11-30T08:00:00Z';
  return {
    rows: [
      [
        'rollout: scheduleRollout (calendar, CPM both passes, floats)',
        measure(() => scheduleRollout(doc, '2024-01-08')),
        baseline,
      ],
      ['rollout: scheduleFindings', measure(() => scheduleFindings(doc, ours)), copy],
      [
        'rollout: exportMspdi',
        measure(() => exportMspdi(doc, ours, { language: 'en', now })),
        copy,
      ],
    ],
  };
}
