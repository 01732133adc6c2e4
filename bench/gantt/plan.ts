import { createSampler } from '../../shared/decision/random.ts';
import type { ProjectDocument, Task } from '../../shared/model/schema.ts';
import { findTemplate, loadTemplateDocument } from '../../shared/templates/catalog.ts';

/** Tasks in the Gantt benchmark: the "must stay smooth at 500 tasks". */
export const GANTT_TASK_COUNT = 500;
const PHASES = 3;
/** The plan starts in 2026 so the Chinese holiday preset (data to 2026) shades real holidays. */
const START_DATE = '2026-01-05';
export const GANTT_TODAY = '2026-03-02';


/**
 * The worked example with a synthetic plan of `count` tasks in three phases: each task depends
 * on one or two of the ten before it, with all four link types and some lags, so the chart has
 * arrows, a critical path, milestones and a baseline to draw.
 */
export function ganttPlan(count = GANTT_TASK_COUNT): ProjectDocument {
  const template = findTemplate('food-plant');
  if (!template) throw new Error('the food-plant example is missing from the catalogue');
  const doc = loadTemplateDocument(template, 'en');
  // Seeded, so every run draws the same plan.
  const next = createSampler(42).uniform;
  const types = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'] as const;
  const phaseIds = doc.rollout.phases.slice(0, PHASES).map((p) => p.id);
  const tasks: Task[] = Array.from({ length: count }, (_, i) => {
    const links = i === 0 ? 0 : 1 + Math.floor(next() * 2);
    const predecessors = Array.from({ length: links }, () => {
      const from = Math.max(0, i - 1 - Math.floor(next() * 10));
      return {
        taskId: `bench-${from}`,
        type: types[Math.floor(next() * types.length)]!,
        lagDays: Math.floor(next() * 5) - 1,
      };
    }).filter((link, j, all) => all.findIndex((l) => l.taskId === link.taskId) === j);
    const isMilestone = i % 25 === 24;
    return {
      id: `bench-${i}`,
      phaseId: phaseIds[Math.floor((i * phaseIds.length) / count)] ?? null,
      name: `Task ${i + 1}: ${isMilestone ? 'milestone' : 'interface build and test'}`,
      kind: isMilestone ? 'milestone' : 'work',
      durationDays: isMilestone ? 0 : 1 + Math.floor(next() * 15),
      predecessors,
      startNoEarlierThan: null,
      percentComplete: Math.floor(next() * 4) * 25,
      raci: [],
      workstreamId: null,
      origin: null,
      notes: '',
    };
  });
  return {
    ...doc,
    rollout: {
      ...doc.rollout,
      startDate: START_DATE,
      calendar: { ...doc.rollout.calendar, exceptions: [] },
      tasks,
    },
  };
}
