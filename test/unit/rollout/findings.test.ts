import { describe, expect, it } from 'vitest';
import type { ProjectDocument, Task } from '../../../shared/model/schema.ts';
import { taskSchema } from '../../../shared/model/schema.ts';
import { PRESET_LAST_YEAR, scheduleFindings } from '../../../shared/rollout/findings.ts';
import { scheduleRollout } from '../../../shared/rollout/schedule.ts';
import { blankDocument } from '../shared/fixtures.ts';

/** The schedule checks: each rule fires on its own evidence, and only there. */

const gate = { id: 'g1', text: 'UAT', kind: 'uat' as const };
function plan(tasks: Partial<Task>[], startDate: string | null = '2026-03-02'): ProjectDocument {
  const doc = blankDocument();
  const phases = doc.rollout.phases
    .slice(0, 2)
    .map((p) => ({ ...p, gates: [{ ...p.gates[0]!, ...gate }] }));
  return {
    ...doc,
    rollout: { ...doc.rollout, startDate, phases, tasks: tasks.map((t) => taskSchema.parse(t)) },
  };
}
const ids = (doc: ProjectDocument) =>
  scheduleFindings(doc, scheduleRollout(doc, '2026-03-02')).map((f) => `${f.id}@${f.target.id}`);
const link = (taskId: string) => ({ taskId, type: 'FS' as const, lagDays: 0 });
const complete = [
  { id: 'a', phaseId: 'phase-1', durationDays: 3 },
  {
    id: 'live1',
    phaseId: 'phase-1',
    kind: 'go-live' as const,
    durationDays: 0,
    predecessors: [link('a')],
  },
  { id: 'b', phaseId: 'phase-2', durationDays: 3, predecessors: [link('live1')] },
  {
    id: 'live2',
    phaseId: 'phase-2',
    kind: 'go-live' as const,
    durationDays: 0,
    predecessors: [link('b')],
  },
];

describe('scheduleFindings', () => {
  it('finds nothing in a complete two-phase plan', () => {
    expect(ids(plan(complete))).toEqual([]);
  });
  it.each([
    [
      'a cycle',
      [
        ...complete,
        { id: 'x', phaseId: 'phase-1', predecessors: [link('y')] },
        { id: 'y', phaseId: 'phase-1', predecessors: [link('x')] },
      ],
      'plan.cycle@x',
    ],
    [
      'a link to a missing task',
      [...complete, { id: 'x', phaseId: 'phase-1', predecessors: [link('ghost')] }],
      'task.unknown-predecessor@x',
    ],
    ['a task without a phase', [...complete, { id: 'x', phaseId: null }], 'task.no-phase@x'],
    [
      'a phase without go-live',
      complete.filter((t) => t.id !== 'live2'),
      'phase.no-go-live@phase-2',
    ],
    [
      'a phase without tasks',
      complete.filter((t) => t.phaseId === 'phase-1'),
      'phase.no-tasks@phase-2',
    ],
    [
      'a task past its go-live',
      [...complete, { id: 'late', phaseId: 'phase-1', durationDays: 20 }],
      'task.after-go-live@late',
    ],
    [
      'go-lives out of order',
      [
        complete[0]!,
        { ...complete[1]!, predecessors: [link('b')] },
        { ...complete[2]!, predecessors: [] },
        { ...complete[3]!, predecessors: [] },
      ],
      'phase.go-live-order@phase-2',
    ],
  ] as [string, Partial<Task>[], string][])('reports %s', (_case, tasks, expected) => {
    expect(ids(plan(tasks))).toContain(expected);
  });
  it('reports a phase with no gate items', () => {
    const doc = plan(complete);
    const bare = {
      ...doc,
      rollout: {
        ...doc.rollout,
        phases: doc.rollout.phases.map((p, i) => (i === 0 ? { ...p, gates: [] } : p)),
      },
    };
    expect(ids(bare)).toEqual(['phase.no-gate-items@phase-1']);
  });
  it('reports a plan without a start date as a note', () => {
    expect(ids(plan(complete, null))).toEqual(['plan.no-start-date@null']);
  });
  it('asks for the holidays of a year the preset lacks, until one is entered', () => {
    const year = PRESET_LAST_YEAR + 1;
    const doc = plan(complete, `${year}-03-01`);
    expect(ids(doc)).toEqual(['calendar.year-without-holidays@null']);
    const withHoliday = {
      ...doc,
      rollout: {
        ...doc.rollout,
        calendar: {
          ...doc.rollout.calendar,
          exceptions: [
            { id: 'h', date: `${year}-10-01`, kind: 'holiday' as const, name: 'National Day' },
          ],
        },
      },
    };
    expect(ids(withHoliday)).toEqual([]);
  });
  it('says every finding in both languages with a fix', () => {
    const doc = plan([...complete, { id: 'x', phaseId: null }], null);
    for (const f of scheduleFindings(doc, scheduleRollout(doc, '2026-03-02'))) {
      expect(f.message.en && f.message['zh-CN'] && f.fix.en && f.fix['zh-CN']).toBeTruthy();
    }
  });
});
