import type { ProjectDocument, Task } from '../model/schema.ts';

/** One row of the work breakdown: a phase (summary) or a task under it, with its WBS code. */
export type WbsRow =
  | { kind: 'phase'; phaseId: string; wbs: string; outlineLevel: 1 }
  | { kind: 'task'; task: Task; wbs: string; outlineLevel: 1 | 2 };

/**
 * The plan as a work breakdown structure, in the order exports list it: each phase (WBS "1",
 * "2"…) followed by its tasks ("1.1", "1.2"…, in document order), then the tasks without a
 * phase at the top level after the phases.
 */
export function workBreakdown(doc: ProjectDocument): WbsRow[] {
  const rows: WbsRow[] = [];
  const phaseIds = new Set(doc.rollout.phases.map((p) => p.id));
  doc.rollout.phases.forEach((phase, i) => {
    rows.push({ kind: 'phase', phaseId: phase.id, wbs: `${i + 1}`, outlineLevel: 1 });
    doc.rollout.tasks
      .filter((t) => t.phaseId === phase.id)
      .forEach((task, j) =>
        rows.push({ kind: 'task', task, wbs: `${i + 1}.${j + 1}`, outlineLevel: 2 }),
      );
  });
  let next = doc.rollout.phases.length;
  for (const task of doc.rollout.tasks) {
    if (task.phaseId !== null && phaseIds.has(task.phaseId)) continue;
    next += 1;
    rows.push({ kind: 'task', task, wbs: `${next}`, outlineLevel: 1 });
  }
  return rows;
}
