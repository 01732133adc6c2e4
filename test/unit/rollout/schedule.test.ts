import { describe, expect, it } from 'vitest';
import type { ProjectDocument, Task } from '../../../shared/model/schema.ts';
import { taskSchema } from '../../../shared/model/schema.ts';
import { scheduleRollout } from '../../../shared/rollout/schedule.ts';
import { blankDocument, deepFreeze } from '../shared/fixtures.ts';

/** scheduleRollout: the CPM on the document's working calendar, dates out. */

function planOf(tasks: Partial<Task>[], startDate = '2026-02-09'): ProjectDocument {
  const doc = blankDocument();
  return deepFreeze({
    ...doc,
    rollout: {
      ...doc.rollout,
      startDate,
      calendar: { holidayPreset: 'cn', workweek: [1, 2, 3, 4, 5], exceptions: [] },
      phases: [{ id: 'p1', name: 'Pilot', goal: '', scope: '', gates: [] }],
      tasks: tasks.map((t) => taskSchema.parse({ phaseId: 'p1', ...t })),
    },
  });
}

describe('scheduleRollout across the 2026 Spring Festival', () => {
  const doc = planOf([
    { id: 'clean', name: 'Cleanse master data', durationDays: 8 },
    {
      id: 'build',
      name: 'Build interfaces',
      durationDays: 3,
      predecessors: [{ taskId: 'clean', type: 'FS', lagDays: 0 }],
    },
    {
      id: 'train',
      name: 'Train clerks',
      durationDays: 1,
      predecessors: [{ taskId: 'clean', type: 'SS', lagDays: 2 }],
    },
    {
      id: 'live',
      name: 'Go-live',
      kind: 'go-live',
      durationDays: 0,
      predecessors: [{ taskId: 'build', type: 'FS', lagDays: 0 }],
    },
  ]);
  const schedule = scheduleRollout(doc, '2000-01-01');
  it('skips the festival and works the make-up Saturdays', () => {
    // 9–13 Feb (5), Sat 14 (6), 24, 25 Feb (8): cleansing ends Wed 25 Feb.
    expect(schedule.tasks.get('clean')).toMatchObject({
      start: '2026-02-09',
      finish: '2026-02-25',
    });
    // 26, 27, Sat 28 Feb (make-up): build ends on the Saturday.
    expect(schedule.tasks.get('build')).toMatchObject({
      start: '2026-02-26',
      finish: '2026-02-28',
    });
    expect(schedule.tasks.get('train')).toMatchObject({
      start: '2026-02-11',
      finish: '2026-02-11',
    });
    expect(schedule.tasks.get('live')).toMatchObject({ start: '2026-03-02', isMilestone: true });
  });
  it('reports the plan, the critical path and the phase dates', () => {
    expect(schedule.start).toBe('2026-02-09');
    expect(schedule.finish).toBe('2026-03-02');
    expect(schedule.criticalPath).toEqual(['clean', 'build', 'live']);
    expect(schedule.phases.get('p1')).toEqual({
      phaseId: 'p1',
      start: '2026-02-09',
      finish: '2026-03-02',
      goLive: '2026-03-02',
    });
    expect(schedule.tasks.get('train')!.totalFloat).toBe(8);
  });
});

describe('scheduleRollout edge cases', () => {
  it('starts today when the plan has no start date, on the next working day', () => {
    const doc = planOf([{ id: 'a', durationDays: 2 }]);
    const undated = { ...doc, rollout: { ...doc.rollout, startDate: null } };
    expect(scheduleRollout(undated, '2026-11-28').tasks.get('a')).toMatchObject({
      start: '2026-11-30',
      finish: '2026-12-01',
    });
  });
  it('honours "start no earlier than" on a holiday by starting after it', () => {
    const doc = planOf([{ id: 'a', durationDays: 1, startNoEarlierThan: '2026-02-17' }]);
    expect(scheduleRollout(doc, '2026-01-01').tasks.get('a')!.start).toBe('2026-02-24');
  });
  it('leaves a cycle unscheduled and names its tasks in both languages', () => {
    const doc = planOf([
      { id: 'a', name: 'Alpha', predecessors: [{ taskId: 'b', type: 'FS', lagDays: 0 }] },
      { id: 'b', name: 'Beta', predecessors: [{ taskId: 'a', type: 'FS', lagDays: 0 }] },
      { id: 'c', name: 'Gamma' },
    ]);
    const schedule = scheduleRollout(doc, '2026-01-01');
    expect([...schedule.tasks.keys()]).toEqual(['c']);
    expect(schedule.cycles).toHaveLength(1);
    expect(schedule.cycles[0]!.taskIds).toEqual(['a', 'b']);
    expect(schedule.cycles[0]!.message.en).toContain('Alpha → Beta → Alpha');
    expect(schedule.cycles[0]!.message['zh-CN']).toContain('Alpha → Beta → Alpha');
  });
  it('gives an empty plan no dates', () => {
    const schedule = scheduleRollout(planOf([]), '2026-01-01');
    expect(schedule).toMatchObject({ start: null, finish: null, criticalPath: [], cycles: [] });
    expect(schedule.phases.size).toBe(0);
  });
});
