import { exportedDocument } from '../text/document-text.ts';
import Papa from 'papaparse';
import type { Dependency, Language, ProjectDocument, Task } from '../model/schema.ts';
import { safeCellText } from '../spreadsheet/cell-text.ts';
import { planLabels } from './export-labels.ts';
import type { RolloutSchedule } from './schedule-types.ts';
import { workBreakdown } from './wbs.ts';

/**
 * The plan's tasks as CSV (UTF-8 with a byte-order mark so Excel and WPS show Chinese), one row a
 * task in WBS order with its computed dates, floats and R/A. Every text cell is formula-safe
 * (shared/spreadsheet/cell-text.ts); predecessors read as MS Project writes them: "1.2FS+3".
 */

/** A link as MS Project shows it: WBS of the predecessor, type, signed lag in days ("1.2SS-2"). */
export function linkText(link: Dependency, wbsById: ReadonlyMap<string, string>): string {
  const lag = link.lagDays === 0 ? '' : `${link.lagDays > 0 ? '+' : ''}${link.lagDays}d`;
  return `${wbsById.get(link.taskId) ?? link.taskId}${link.type}${lag}`;
}

/** Writes the CSV text of a scheduled plan's tasks. */
export function exportTasksCsv(
  input: ProjectDocument,
  schedule: RolloutSchedule,
  language: Language,
): string {
  // Written from the document as exported (shared/text/document-text.ts).
  const doc = exportedDocument(input);
  const words = planLabels[language];
  const rows = workBreakdown(doc).filter((r) => r.kind === 'task');
  const wbsById = new Map(rows.map((r) => [r.task.id, r.wbs]));
  const phases = new Map(doc.rollout.phases.map((p) => [p.id, p.name]));
  const members = new Map(doc.rollout.team.map((m) => [m.id, m.name]));
  const workstreams = new Map(doc.rollout.workstreams.map((w) => [w.id, w.name]));
  const who = (task: Task, role: 'R' | 'A') =>
    task.raci
      .filter((c) => c.role === role)
      .map((c) => members.get(c.memberId) ?? c.memberId)
      .join('; ');
  const c = words.columns;
  const header = [
    c.wbs,
    c.id,
    c.phase,
    c.name,
    c.kind,
    c.duration,
    c.start,
    c.finish,
    c.predecessors,
    c.totalFloat,
    c.freeFloat,
    c.critical,
    c.complete,
    c.responsible,
    c.accountable,
    c.workstream,
  ];
  const data = rows.map(({ task, wbs }) => {
    const s = schedule.tasks.get(task.id);
    const text = (value: string) => safeCellText(value);
    return [
      wbs,
      task.id,
      text(task.phaseId ? (phases.get(task.phaseId) ?? '') : ''),
      text(task.name),
      words.kinds[task.kind],
      String(task.durationDays),
      s?.start ?? words.unscheduled,
      s?.finish ?? '',
      task.predecessors.map((p) => linkText(p, wbsById)).join(', '),
      s ? String(s.totalFloat) : '',
      s ? String(s.freeFloat) : '',
      s ? (s.isCritical ? words.yes : words.no) : '',
      String(task.percentComplete),
      text(who(task, 'R')),
      text(who(task, 'A')),
      text(task.workstreamId ? (workstreams.get(task.workstreamId) ?? '') : ''),
    ];
  });
  return `\uFEFF${Papa.unparse([header, ...data], { newline: '\r\n' })}\r\n`;
}
