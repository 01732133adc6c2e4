import { describe, expect, it } from 'vitest';
import { projectSchema, type ProjectDocument } from '../../../shared/model/schema.ts';
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
} from '../../../shared/rollout/plan-edits.ts';
import type { RolloutSchedule, ScheduledTask } from '../../../shared/rollout/schedule-types.ts';
import { deepFreeze, exampleDocument } from '../shared/fixtures.ts';

const doc = deepFreeze(exampleDocument());
const tasks = doc.rollout.tasks;
// Picked by shape, not position, so the tests hold when the example's plan grows.
/** A task with a predecessor, that predecessor, and a task not linked to `third` yet. */
const third = tasks.find((t) => t.predecessors.length > 0)!;
const thirdLink = third.predecessors[0]!;
const second = tasks.find((t) => t.id === thirdLink.taskId)!;
const first = tasks.find(
  (t) => t.id !== third.id && !third.predecessors.some((p) => p.taskId === t.id),
)!;
const task = (d: ProjectDocument, id: string) => d.rollout.tasks.find((t) => t.id === id)!;

/** A schedule with the given tasks' dates (the rest of the fields are not read by the edits). */
function scheduleOf(dates: Record<string, [string, string]>): RolloutSchedule {
  const entries = Object.entries(dates).map(
    ([taskId, [start, finish]]): [string, ScheduledTask] => [
      taskId,
      {
        taskId,
        start,
        finish,
        earlyStart: 0,
        earlyFinish: 1,
        lateStart: 0,
        lateFinish: 1,
        totalFloat: 0,
        freeFloat: 0,
        isCritical: true,
        isMilestone: false,
      },
    ],
  );
  return {
    start: null,
    finish: null,
    tasks: new Map(entries),
    criticalPath: [],
    cycles: [],
    phases: new Map(),
  };
}

describe('tasks', () => {
  it('adds a task after the last task of its phase and keeps the document valid', () => {
    const added = addTask(doc, blankTask('t-new', 'phase-1', 'Label printers'));
    const ids = added.rollout.tasks.map((t) => t.id);
    const lastPhase1 = tasks.findLastIndex((t) => t.phaseId === 'phase-1');
    expect(ids.indexOf('t-new')).toBe(lastPhase1 + 1);
    expect(projectSchema.safeParse(added).success).toBe(true);
    expect(addTask(added, blankTask('t-new', null, 'again'))).toBe(added);
  });

  it('appends a task of a phase with no tasks yet at the end', () => {
    const added = addTask(doc, blankTask('t-x', null, 'Unphased'));
    expect(added.rollout.tasks.at(-1)?.id).toBe('t-x');
  });

  it.each([
    ['durations are whole working days', { durationDays: 4.6 }, { durationDays: 5 }],
    ['a negative duration becomes a milestone', { durationDays: -3 }, { durationDays: 0 }],
    ['durations stop at ten years', { durationDays: 99999 }, { durationDays: 3650 }],
    ['% complete stops at 100', { percentComplete: 140 }, { percentComplete: 100 }],
    ['% complete starts at 0', { percentComplete: -1 }, { percentComplete: 0 }],
    ['the name changes', { name: 'Renamed' }, { name: 'Renamed' }],
    ['the kind changes', { kind: 'uat' as const }, { kind: 'uat' }],
  ])('updates a task: %s', (_label, patch, expected) => {
    expect(task(updateTask(doc, first.id, patch), first.id)).toMatchObject(expected);
  });

  it.each([
    ['a cleared number', { durationDays: Number.NaN }],
    ['an infinite %', { percentComplete: Number.POSITIVE_INFINITY }],
    ['an invalid date', { startNoEarlierThan: '2027-13-45' }],
    ['the same value', { name: first.name }],
  ])('leaves the document as it was for %s', (_label, patch) => {
    expect(updateTask(doc, first.id, patch)).toBe(doc);
  });

  it('ignores unknown tasks', () => {
    expect(updateTask(doc, 'nope', { name: 'x' })).toBe(doc);
    expect(removeTask(doc, 'nope')).toBe(doc);
  });

  it('removes a task and the links to it', () => {
    const successor = tasks.find((t) => t.predecessors.some((p) => p.taskId === second.id))!;
    const removed = removeTask(doc, second.id);
    expect(removed.rollout.tasks.some((t) => t.id === second.id)).toBe(false);
    expect(task(removed, successor.id).predecessors.some((p) => p.taskId === second.id)).toBe(
      false,
    );
  });

  it('moves a bar as "start no earlier than" and resizes it to at least one day', () => {
    expect(task(moveTask(doc, first.id, '2027-02-01'), first.id).startNoEarlierThan).toBe(
      '2027-02-01',
    );
    expect(moveTask(doc, first.id, 'yesterday')).toBe(doc);
    expect(task(resizeTask(doc, first.id, 7), first.id).durationDays).toBe(7);
    expect(task(resizeTask(doc, first.id, 0), first.id).durationDays).toBe(1);
    expect(resizeTask(doc, first.id, Number.NaN)).toBe(doc);
  });
});

describe('dependencies', () => {
  it.each([
    ['finish-to-start', { taskId: first.id, type: 'FS' as const, lagDays: 0 }],
    ['start-to-start with lag', { taskId: first.id, type: 'SS' as const, lagDays: 3 }],
    ['finish-to-finish with lead', { taskId: first.id, type: 'FF' as const, lagDays: -2 }],
    ['start-to-finish', { taskId: first.id, type: 'SF' as const, lagDays: 1 }],
  ])('links %s', (_label, dependency) => {
    const linked = setDependency(doc, third.id, dependency);
    expect(task(linked, third.id).predecessors).toContainEqual(dependency);
  });

  it('changes an existing link instead of adding a second one', () => {
    const existing = thirdLink;
    const changed = setDependency(doc, third.id, { ...existing, type: 'SS', lagDays: 2 });
    expect(task(changed, third.id).predecessors).toHaveLength(third.predecessors.length);
    expect(task(changed, third.id).predecessors[0]).toEqual({
      ...existing,
      type: 'SS',
      lagDays: 2,
    });
    expect(setDependency(doc, third.id, existing)).toBe(doc);
  });

  it.each([
    ['on itself', third.id, 0],
    ['on a missing task', 'ghost', 0],
    ['with a cleared lag', first.id, Number.NaN],
  ])('refuses a link %s', (_label, predecessorId, lagDays) => {
    expect(setDependency(doc, third.id, { taskId: predecessorId, type: 'FS', lagDays })).toBe(doc);
  });

  it('clamps the lag to ±365 working days', () => {
    const linked = setDependency(doc, third.id, { taskId: first.id, type: 'FS', lagDays: -999 });
    expect(task(linked, third.id).predecessors.at(-1)?.lagDays).toBe(-365);
  });

  it('removes a link, and nothing when there is none', () => {
    const existing = thirdLink;
    const removed = removeDependency(doc, third.id, existing.taskId);
    expect(task(removed, third.id).predecessors).toHaveLength(third.predecessors.length - 1);
    expect(removeDependency(doc, third.id, 'ghost')).toBe(doc);
  });
});

describe('calendar', () => {
  it('sets and clears the start date, refusing nonsense', () => {
    expect(setStartDate(doc, '2027-02-22').rollout.startDate).toBe('2027-02-22');
    expect(setStartDate(doc, null).rollout.startDate).toBeNull();
    expect(setStartDate(doc, '2027-02-30x')).toBe(doc);
    expect(setStartDate(doc, doc.rollout.startDate)).toBe(doc);
  });

  it.each([
    ['sorts and de-duplicates', [6, 1, 2, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6]],
    ['drops days outside 1–7', [0, 1, 8, 3], [1, 3]],
  ])('sets the working week: %s', (_label, input, expected) => {
    expect(setWorkweek(doc, input).rollout.calendar.workweek).toEqual(expected);
  });

  it('refuses an empty working week and an unchanged one', () => {
    expect(setWorkweek(doc, [])).toBe(doc);
    expect(setWorkweek(doc, [5, 4, 3, 2, 1])).toBe(doc);
  });

  it('switches the holiday preset', () => {
    expect(setHolidayPreset(doc, 'none').rollout.calendar.holidayPreset).toBe('none');
    expect(setHolidayPreset(doc, doc.rollout.calendar.holidayPreset)).toBe(doc);
  });

  it('keeps exceptions in date order, one per date', () => {
    // From an empty list: the example ships its own 2027 exceptions.
    const plain = {
      ...doc,
      rollout: { ...doc.rollout, calendar: { ...doc.rollout.calendar, exceptions: [] } },
    };
    let d = addCalendarException(plain, {
      id: 'x2',
      date: '2027-05-06',
      kind: 'holiday',
      name: 'Plant shutdown',
    });
    d = addCalendarException(d, { id: 'x1', date: '2027-04-01', kind: 'workday', name: 'Audit' });
    expect(d.rollout.calendar.exceptions.map((e) => e.id)).toEqual(['x1', 'x2']);
    d = addCalendarException(d, { id: 'x3', date: '2027-05-06', kind: 'workday', name: 'Stock' });
    expect(d.rollout.calendar.exceptions.map((e) => e.id)).toEqual(['x1', 'x3']);
    expect(projectSchema.safeParse(d).success).toBe(true);

    const renamed = updateCalendarException(d, 'x1', { name: 'Customer audit' });
    expect(renamed.rollout.calendar.exceptions[0]?.name).toBe('Customer audit');
    expect(updateCalendarException(d, 'x1', { name: 'Audit' })).toBe(d);
    const moved = updateCalendarException(d, 'x1', { date: '2027-06-01' });
    expect(moved.rollout.calendar.exceptions.map((e) => e.id)).toEqual(['x3', 'x1']);

    expect(removeCalendarException(d, 'x1').rollout.calendar.exceptions).toHaveLength(1);
    expect(removeCalendarException(d, 'ghost')).toBe(d);
    expect(addCalendarException(d, { id: 'x9', date: 'soon', kind: 'holiday', name: '' })).toBe(d);
  });
});

describe('baselines', () => {
  it('saves the scheduled dates of every scheduled task, in plan order', () => {
    const schedule = scheduleOf({
      [second.id]: ['2027-01-11', '2027-02-05'],
      [first.id]: ['2027-01-11', '2027-01-29'],
    });
    const saved = saveBaseline(doc, schedule, {
      id: 'b1',
      name: 'Kick-off',
      savedAt: '2027-01-04T09:00:00.000Z',
    });
    expect(saved.rollout.baselines).toEqual([
      {
        id: 'b1',
        name: 'Kick-off',
        savedAt: '2027-01-04T09:00:00.000Z',
        // In plan (document) order, whichever of the two comes first in the example.
        tasks: [
          { taskId: first.id, start: '2027-01-11', finish: '2027-01-29' },
          { taskId: second.id, start: '2027-01-11', finish: '2027-02-05' },
        ].sort(
          (a, b) =>
            tasks.findIndex((t) => t.id === a.taskId) - tasks.findIndex((t) => t.id === b.taskId),
        ),
      },
    ]);
    expect(projectSchema.safeParse(saved).success).toBe(true);
    expect(removeBaseline(saved, 'b1').rollout.baselines).toEqual([]);
    expect(removeBaseline(saved, 'ghost')).toBe(saved);
  });

  it('saves nothing when nothing is scheduled', () => {
    const meta = { id: 'b1', name: '', savedAt: '2027-01-04T09:00:00.000Z' };
    expect(saveBaseline(doc, scheduleOf({}), meta)).toBe(doc);
  });
});

describe('replacing a link', () => {
  it('points a link at another task in one edit, or not at all', () => {
    const moved = replaceDependency(doc, third.id, thirdLink.taskId, {
      ...thirdLink,
      taskId: first.id,
    });
    const links = task(moved, third.id).predecessors;
    expect(links.some((p) => p.taskId === thirdLink.taskId)).toBe(false);
    expect(links).toContainEqual({ ...thirdLink, taskId: first.id });
    expect(
      replaceDependency(doc, third.id, thirdLink.taskId, { ...thirdLink, taskId: third.id }),
    ).toBe(doc);
  });
});
