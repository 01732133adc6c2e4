import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { taskSchema } from '../../../shared/model/schema.ts';
import { exportTasksCsv } from '../../../shared/rollout/export-csv.ts';
import { exportPlanIcs } from '../../../shared/rollout/export-ics.ts';
import { exportMspdi, mspdiDuration } from '../../../shared/rollout/export-mspdi.ts';
import { scheduleRollout } from '../../../shared/rollout/schedule.ts';
import { trainingDates } from '../../../shared/rollout/training-dates.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/** The three plan exports, each parsed back with an independent reader and compared. */

type Row = Record<string, unknown>;
/** The parts of an MSPDI file the tests read. */
type Mspdi = {
  Project: {
    Tasks: { Task: Row[] };
    Calendars: {
      Calendar: {
        WeekDays: { WeekDay: { DayWorking: number }[] };
        Exceptions: { Exception: { TimePeriod: { FromDate: string }; DayWorking: number }[] };
      };
    };
    Resources: { Resource: { Name: string }[] };
    Assignments?: { Assignment: Row[] };
  };
};

const NOW = '2026-11-30T08:00:00.000Z';
const doc = exampleDocument();
const schedule = scheduleRollout(doc, '2026-11-30');

describe('iCalendar (parsed back with ical.js)', () => {
  const text = exportPlanIcs(doc, schedule, { language: 'en', now: NOW });
  const events = new ICAL.Component(ICAL.parse(text) as unknown[])
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  it('holds every milestone, one gate per phase and every dated training', () => {
    const milestones = [...schedule.tasks.values()].filter((t) => t.isMilestone).length;
    const gates = schedule.phases.size;
    expect(events).toHaveLength(milestones + gates + trainingDates(doc, schedule).size);
  });
  it('puts each gate on its phase’s last day as an all-day event', () => {
    for (const phase of doc.rollout.phases) {
      const event = events.find((e) => e.uid.startsWith(`gate-${phase.id}@`))!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(schedule.phases.get(phase.id)!.finish);
      expect(event.summary).toBe(`Gate: ${phase.name}`);
    }
  });
  it('puts each milestone on its scheduled day', () => {
    for (const [id, s] of schedule.tasks) {
      if (!s.isMilestone) continue;
      expect(events.find((e) => e.uid.startsWith(`task-${id}@`))!.startDate.toString()).toBe(
        s.start,
      );
    }
  });
  it('writes Chinese with full-width colons and keeps it intact through line folding', () => {
    const zh = exampleDocument('zh-CN');
    const zhText = exportPlanIcs(zh, scheduleRollout(zh, '2026-11-30'), {
      language: 'zh-CN',
      now: NOW,
    });
    const summaries = new ICAL.Component(ICAL.parse(zhText) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).summary);
    expect(summaries).toContain(`阶段关口：${zh.rollout.phases[0]!.name}`);
  });
});

describe('CSV of tasks (parsed back with papaparse)', () => {
  const text = exportTasksCsv(doc, schedule, 'en');
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  it('starts with a byte-order mark and has a header and one row a task', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]![0]).toBe('WBS');
    expect(rows).toHaveLength(doc.rollout.tasks.length + 1);
  });
  it('carries each task’s computed dates and critical flag', () => {
    for (const row of rows.slice(1)) {
      const s = schedule.tasks.get(row[1]!)!;
      expect([row[6], row[7], row[11]]).toEqual([s.start, s.finish, s.isCritical ? 'yes' : 'no']);
    }
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    const hostile: ProjectDocument = {
      ...doc,
      rollout: {
        ...doc.rollout,
        tasks: [taskSchema.parse({ id: 'x', name: '=HYPERLINK("http://evil")' })],
      },
    };
    const [, row] = Papa.parse<string[]>(
      exportTasksCsv(hostile, scheduleRollout(hostile, '2026-11-30'), 'en').slice(1),
    ).data;
    expect(row![3]).toBe('\'=HYPERLINK("http://evil")');
  });
  it('writes predecessors as MS Project does, with signed lag', () => {
    const linked: ProjectDocument = {
      ...doc,
      rollout: {
        ...doc.rollout,
        phases: [],
        tasks: [
          taskSchema.parse({ id: 'a' }),
          taskSchema.parse({
            id: 'b',
            predecessors: [
              { taskId: 'a', type: 'SS', lagDays: -2 },
              { taskId: 'a', type: 'FF', lagDays: 3 },
            ],
          }),
        ],
      },
    };
    const parsed = Papa.parse<string[]>(
      exportTasksCsv(linked, scheduleRollout(linked, '2026-11-30'), 'en').slice(1),
    ).data;
    expect(parsed[2]![8]).toBe('1SS-2d, 1FF+3d');
  });
});

describe('MS Project XML (parsed back with fast-xml-parser)', () => {
  const xml = exportMspdi(doc, schedule, { language: 'en', now: NOW });
  const parser = new XMLParser({
    isArray: (name) =>
      ['Task', 'PredecessorLink', 'Exception', 'WeekDay', 'Resource', 'Assignment'].includes(name),
  });
  const read = (text: string) => (parser.parse(text) as Mspdi).Project;
  const project = read(xml);
  const tasks = project.Tasks.Task;
  const byName = (name: string) => tasks.find((t) => t.Name === name)!;
  it('lists the phases as summary tasks with their tasks one level below', () => {
    expect(tasks).toHaveLength(doc.rollout.phases.length + doc.rollout.tasks.length);
    expect(tasks.filter((t) => t.Summary === 1).map((t) => t.Name)).toEqual(
      doc.rollout.phases.map((p) => p.name),
    );
    expect(tasks.filter((t) => t.OutlineLevel === 2)).toHaveLength(doc.rollout.tasks.length);
    expect(tasks.map((t) => t.UID)).toEqual(tasks.map((_, i) => i + 1));
  });
  it('gives every task its dates, duration in hours and critical flag', () => {
    for (const task of doc.rollout.tasks) {
      const row = byName(task.name);
      const s = schedule.tasks.get(task.id)!;
      expect(row.Start).toBe(`${s.start}T08:00:00`);
      expect(row.Duration).toBe(mspdiDuration(task.durationDays));
      expect(row.Critical).toBe(s.isCritical ? 1 : 0);
    }
    expect(mspdiDuration(5)).toBe('PT40H0M0S');
  });
  it('writes each link with its MSPDI type and lag in tenths of minutes', () => {
    for (const task of doc.rollout.tasks) {
      const links = (byName(task.name).PredecessorLink ?? []) as Record<string, number>[];
      expect(
        links.map((l) => [tasks.find((t) => t.UID === l.PredecessorUID)!.Name, l.Type, l.LinkLag]),
      ).toEqual(
        task.predecessors.map((p) => [
          doc.rollout.tasks.find((t) => t.id === p.taskId)!.name,
          { FF: 0, FS: 1, SF: 2, SS: 3 }[p.type],
          p.lagDays * 4800,
        ]),
      );
    }
  });
  it('writes the calendar: Monday–Friday and 2026’s make-up Saturday when the plan is in 2026', () => {
    const in2026: ProjectDocument = {
      ...doc,
      rollout: { ...doc.rollout, startDate: '2026-01-05' },
    };
    const cal = read(
      exportMspdi(in2026, scheduleRollout(in2026, NOW), { language: 'en', now: NOW }),
    ).Calendars.Calendar;
    expect(cal.WeekDays.WeekDay.map((d) => d.DayWorking)).toEqual([0, 1, 1, 1, 1, 1, 0]);
    const exceptions = cal.Exceptions.Exception as {
      TimePeriod: { FromDate: string };
      DayWorking: number;
    }[];
    const day = (date: string) =>
      exceptions.find((e) => e.TimePeriod.FromDate === `${date}T00:00:00`);
    expect(day('2026-02-14')?.DayWorking).toBe(1);
    expect(day('2026-02-16')?.DayWorking).toBe(0);
  });
  it('lists the team as resources and the RACI R cells as assignments', () => {
    expect(project.Resources.Resource.map((r) => r.Name)).toEqual(
      doc.rollout.team.map((m) => m.name),
    );
    const rCells = doc.rollout.tasks.flatMap((t) => t.raci.filter((c) => c.role === 'R'));
    expect(project.Assignments?.Assignment ?? []).toHaveLength(rCells.length);
  });
});
