// Benchmarks of the step-3 scheduler: 5,000 tasks with 10,000 dependencies on the Chinese
// working calendar, against a straightforward scheduler measured in the same run. Not a test.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { performance } from 'node:perf_hooks';
import { measure } from './measure.ts';
import type { Dependency, ProjectDocument, Task } from '../shared/model/schema.ts';
import { exportMspdi } from '../shared/rollout/export-mspdi.ts';
import { scheduleFindings } from '../shared/rollout/findings.ts';
import { scheduleRollout } from '../shared/rollout/schedule.ts';
import { findTemplate, loadTemplateDocument } from '../shared/templates/catalog.ts';

const TASKS = 5000;
const LINKS = 10_000;

/** A deterministic pseudo-random sequence (mulberry32), so every run times the same plan. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The worked example with 5,000 tasks in its three phases and 10,000 links of all four types
 * (lags −3…+5), always to an earlier task so the plan has no cycle; the tasks are then shuffled,
 * so a scheduler cannot rely on document order. Starts 2024-01-08, inside the cn preset's data.
 */
export function largePlan(): ProjectDocument {
  const base = loadTemplateDocument(findTemplate('food-plant')!, 'en');
  const next = random(42);
  const types: Dependency['type'][] = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];
  const tasks: Task[] = Array.from({ length: TASKS }, (_, i) => ({
    ...base.rollout.tasks[i % base.rollout.tasks.length]!,
    id: `task-${i}`,
    name: `Task ${i} 任务`,
    phaseId: base.rollout.phases[Math.floor((i * 3) / TASKS)]!.id,
    kind: 'work',
    durationDays: i % 50 === 0 ? 0 : 1 + Math.floor(next() * 10),
    startNoEarlierThan: null,
    predecessors: [],
  }));
  for (let k = 0; k < LINKS; k++) {
    const to = 1 + Math.floor(next() * (TASKS - 1));
    const from = Math.max(0, to - 1 - Math.floor(next() * 40));
    tasks[to]!.predecessors.push({
      taskId: `task-${from}`,
      type: types[Math.floor(next() * types.length)]!,
      lagDays: Math.floor(next() * 9) - 3,
    });
  }
  for (let i = tasks.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [tasks[i], tasks[j]] = [tasks[j]!, tasks[i]!];
  }
  // The preset alone (the example's own 2027 estimates would differ from the naive scheduler's).
  const calendar = { ...base.rollout.calendar, exceptions: [] };
  return { ...base, rollout: { ...base.rollout, startDate: '2024-01-08', calendar, tasks } };
}

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
