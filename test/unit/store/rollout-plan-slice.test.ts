import { describe, expect, it } from 'vitest';
import {
  arrowPath,
  ganttLayout,
  PX_PER_DAY,
  ROW_HEIGHT,
} from '../../../renderer/features/rollout/gantt-layout.ts';
import { createAppStore } from '../../../renderer/store/app-store.ts';
import {
  calendarOf,
  selectCalendarView,
  dependencyLabel,
  planPreviewOf,
  selectGanttLayout,
  selectPlanFindings,
  selectPlanGroups,
  selectPlanSummary,
  selectSchedule,
} from '../../../renderer/store/rollout-selectors.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';

const example = () => loadTemplateDocument(findTemplate('food-plant')!, 'en');
const blank = () => loadTemplateDocument(findTemplate('blank')!, 'en');
const TODAY = '2027-01-04';

function open(doc: ProjectDocument = example()) {
  const store = createAppStore();
  store.getState().setPlanToday(TODAY);
  store.getState().openDocument(doc, null);
  const steps = () => store.temporal.getState().pastStates.length;
  return { store, steps };
}

/** The last task on the critical path: lengthening it must move the finish. */
const lastCritical = (store: ReturnType<typeof open>['store']) => {
  const schedule = selectSchedule(store.getState())!;
  return schedule.criticalPath.at(-1)!;
};

describe('the schedule reacts to plan edits, each one undo step', () => {
  it('moves the finish by the working days a critical task grows, and undo restores it', () => {
    const { store, steps } = open();
    const before = selectPlanSummary(store.getState())!;
    const id = lastCritical(store);
    const task = store.getState().doc!.rollout.tasks.find((t) => t.id === id)!;

    store
      .getState()
      .updateTask(id, { durationDays: task.durationDays + 5 }, { key: `task.${id}.duration` });
    const after = selectPlanSummary(store.getState())!;
    expect(after.workingDays).toBe(before.workingDays + 5);
    expect(after.finish! > before.finish!).toBe(true);
    expect(steps()).toBe(1);

    store.getState().undo();
    expect(selectPlanSummary(store.getState())).toEqual(before);
  });

  it('puts a task with float on the critical path when it grows past its float', () => {
    const { store } = open();
    const schedule = selectSchedule(store.getState())!;
    const floating = [...schedule.tasks.values()].find((t) => !t.isCritical && t.totalFloat > 0)!;
    store.getState().resizeTask(floating.taskId, 400);
    const next = selectSchedule(store.getState())!;
    expect(next.criticalPath).toContain(floating.taskId);
  });

  it('records a Gantt move as "start no earlier than" in one undo step', () => {
    const { store, steps } = open();
    const id = lastCritical(store);
    const finish = selectPlanSummary(store.getState())!.finish!;
    store.getState().moveTask(id, '2027-09-01');
    expect(selectSchedule(store.getState())!.tasks.get(id)!.start).toBe('2027-09-01');
    expect(selectPlanSummary(store.getState())!.finish! > finish).toBe(true);
    expect(steps()).toBe(1);
  });

  it('counts a typed word of a task name as one step', () => {
    let t = 0;
    const store = createAppStore({ now: () => t });
    store.getState().openDocument(example(), null);
    const id = store.getState().doc!.rollout.tasks[0]!.id;
    for (const name of ['C', 'Cl', 'Cle', 'Clean']) {
      t += 100;
      store.getState().updateTask(id, { name }, { key: `task.${id}.name` });
    }
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('shifts the plan by a company holiday on a critical working day', () => {
    const { store } = open();
    const before = selectPlanSummary(store.getState())!;
    const day = selectSchedule(store.getState())!.tasks.get(lastCritical(store))!.start;
    store.getState().addCalendarException({ date: day, kind: 'holiday', name: 'Shutdown' });
    const after = selectPlanSummary(store.getState())!;
    expect(calendarOf(store.getState().doc!).isWorkingDay(day)).toBe(false);
    expect(after.finish! > before.finish!).toBe(true);
  });

  it('saves a baseline and reports the slip against it', () => {
    const { store, steps } = open();
    store.getState().saveBaseline('Kick-off');
    expect(selectPlanSummary(store.getState())).toMatchObject({
      hasBaseline: true,
      baselineSlip: 0,
    });
    const id = lastCritical(store);
    const task = store.getState().doc!.rollout.tasks.find((t) => t.id === id)!;
    store.getState().updateTask(id, { durationDays: task.durationDays + 3 });
    expect(selectPlanSummary(store.getState())!.baselineSlip).toBe(3);
    expect(
      selectGanttLayout(store.getState())!.rows.some((r) => r.kind === 'task' && r.baseline),
    ).toBe(true);
    expect(steps()).toBe(2);
  });
});

describe('generation', () => {
  it('fills the blank starter with a three-phase plan in one undo step', () => {
    const { store, steps } = open(blank());
    expect(store.getState().generatePlan()).toBeGreaterThan(0);
    const rollout = store.getState().doc!.rollout;
    expect(rollout.phases).toHaveLength(3);
    expect(rollout.tasks.length).toBeGreaterThan(0);
    expect(selectSchedule(store.getState())!.finish).not.toBeNull();
    expect(steps()).toBe(1);
    store.getState().undo();
    expect(store.getState().doc!.rollout.tasks).toHaveLength(0);
  });

  it('applies only the accepted changes of a regenerated plan', () => {
    // Two generated tasks the user deleted come back as additions; only the ticked one returns.
    const doc = example();
    const generatedTasks = doc.rollout.tasks.filter((t) => t.origin !== null).slice(-2);
    expect(generatedTasks).toHaveLength(2);
    const { store, steps } = open(doc);
    for (const task of generatedTasks) store.getState().removeTask(task.id);
    store.temporal.getState().clear();
    const { generated, changes } = planPreviewOf(store.getState().doc!);
    const added = changes.added.filter((c) => c.kind === 'task');
    expect(added).toHaveLength(2);
    const before = store.getState().doc!.rollout.tasks.length;
    store.getState().applyGeneratedPlan(generated, [added[0]!.key]);
    const ids = store.getState().doc!.rollout.tasks.map((t) => t.id);
    expect(ids).toHaveLength(before + 1);
    expect(ids).toContain(added[0]!.id);
    expect(ids).not.toContain(added[1]!.id);
    expect(steps()).toBe(1);
    expect(store.getState().applyGeneratedPlan(generated, [])).toBe(0);
    expect(steps()).toBe(1);
  });
});

describe('plan views', () => {
  it('groups the table by phase with MS Project predecessor labels', () => {
    const { store } = open();
    const groups = selectPlanGroups(store.getState());
    const doc = store.getState().doc!;
    expect(groups.map((g) => g.phaseId)).toEqual(doc.rollout.phases.map((p) => p.id));
    expect(groups.flatMap((g) => g.rows)).toHaveLength(doc.rollout.tasks.length);
    expect(selectPlanGroups(store.getState())).toBe(groups); // memoised
  });

  it.each([
    [3, 'FS', 0, '3'],
    [3, 'FS', 2, '3FS+2'],
    [4, 'SS', 0, '4SS'],
    [5, 'FF', -1, '5FF-1'],
    [6, 'SF', 3, '6SF+3'],
  ])('labels task %i %s lag %i as %s', (n, type, lag, label) => {
    expect(dependencyLabel(n, type, lag)).toBe(label);
  });

  it('lays out one row per phase and task and one arrow per link', () => {
    const { store } = open();
    const doc = store.getState().doc!;
    const layout = selectGanttLayout(store.getState())!;
    expect(layout.rows).toHaveLength(doc.rollout.phases.length + doc.rollout.tasks.length);
    const links = doc.rollout.tasks.reduce((n, t) => n + t.predecessors.length, 0);
    expect(layout.arrows).toHaveLength(links);
    expect(layout.height).toBe(layout.rows.length * ROW_HEIGHT);
    // Weekends are shaded: a fortnight always holds at least four days off.
    expect(layout.offDays.length).toBeGreaterThanOrEqual(Math.floor(layout.dayCount / 14) * 4);
  });

  it('draws today when it is within 90 days of the plan, and not otherwise', () => {
    const { store } = open();
    store.getState().setPlanToday('2026-12-01'); // six weeks before the example starts
    const near = selectGanttLayout(store.getState())!;
    expect(near.todayX).toBe(7 * PX_PER_DAY.week); // the axis opens a week before today
    store.getState().setPlanToday('2026-06-01');
    expect(selectGanttLayout(store.getState())!.todayX).toBeNull();
  });

  it('zooms by changing pixels per day, not the rows', () => {
    const { store } = open();
    const week = selectGanttLayout(store.getState())!;
    store.getState().setGanttZoom('day');
    const day = selectGanttLayout(store.getState())!;
    expect(day.width).toBeGreaterThan(week.width);
    expect(day.rows.map((r) => r.key)).toEqual(week.rows.map((r) => r.key));
  });

  it('shades Spring Festival 2026 and marks its make-up Saturday', () => {
    const doc = example();
    const spring = {
      ...doc,
      rollout: {
        ...doc.rollout,
        startDate: '2026-02-02',
        tasks: [{ ...doc.rollout.tasks[0]!, predecessors: [], durationDays: 20 }],
      },
    };
    const { store } = open(spring);
    const layout = selectGanttLayout(store.getState())!;
    expect(layout.offDays.some((d) => d.isHoliday)).toBe(true);
    expect(layout.makeUpDays.length).toBeGreaterThan(0);
    expect(
      ganttLayout(spring, selectSchedule(store.getState())!, calendarOf(spring), 'day', TODAY)
        .width,
    ).toBe(layout.dayCount * 28);
  });

  it('reports no findings it cannot link for the worked example', () => {
    const { store } = open();
    for (const finding of selectPlanFindings(store.getState()))
      if (finding.target.kind === 'task') expect(finding.taskIds).toEqual([finding.target.id]);
  });
});

describe('arrow paths', () => {
  const from = { x: 100, y: 15 };
  const to = { x: 200, y: 45 };
  it.each([
    [
      'FS forward',
      { ...from, side: 'finish' as const },
      { ...to, side: 'start' as const },
      'M100,15H108V45H200',
    ],
    [
      'SS',
      { ...from, side: 'start' as const },
      { ...to, side: 'start' as const },
      'M100,15H92V45H200',
    ],
    [
      'FF',
      { ...from, side: 'finish' as const },
      { ...to, side: 'finish' as const },
      'M100,15H208V45H200',
    ],
    [
      'SF backwards',
      { x: 300, y: 15, side: 'start' as const },
      { ...to, side: 'finish' as const },
      'M300,15H292V45H200',
    ],
    [
      'FS into an earlier start (lead)',
      { x: 250, y: 15, side: 'finish' as const },
      { ...to, side: 'start' as const },
      `M250,15H258V${15 + ROW_HEIGHT / 2}H192V45H200`,
    ],
  ])('draws %s', (_label, a, b, path) => {
    expect(arrowPath(a, b)).toBe(path);
  });
});

describe('the calendar view', () => {
  it('lists Spring Festival 2026 and its make-up working days for a 2026 plan', () => {
    const { store } = open();
    store.getState().setStartDate('2026-01-05');
    const view = selectCalendarView(store.getState())!;
    expect(view.years[0]).toBe(2026);
    const spring = view.presetDays.find(
      (d) => d.kind === 'holiday' && d.name.en.includes('Spring'),
    );
    expect(spring).toMatchObject({ from: '2026-02-15', to: '2026-02-23', days: 9 });
    expect(view.presetDays.some((d) => d.kind === 'workday' && d.from === '2026-02-14')).toBe(true);
  });

  it('asks for the holidays of a year the data lacks, until the user enters some', () => {
    const doc = example();
    const { store } = open({
      ...doc,
      rollout: { ...doc.rollout, calendar: { ...doc.rollout.calendar, exceptions: [] } },
    });
    store.getState().setStartDate('2027-03-01');
    expect(selectCalendarView(store.getState())!.missingYears).toContain(2027);
    store
      .getState()
      .addCalendarException({ date: '2027-05-03', kind: 'holiday', name: 'Labour Day' });
    expect(selectCalendarView(store.getState())!.missingYears).not.toContain(2027);
    store.getState().setHolidayPreset('none');
    const none = selectCalendarView(store.getState())!;
    expect(none.missingYears).toEqual([]);
    expect(none.presetDays.map((d) => [d.from, d.isCompany])).toEqual([['2027-05-03', true]]);
  });
});
