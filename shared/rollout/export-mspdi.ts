import { exportedDocument } from '../text/document-text.ts';
import { XMLBuilder } from 'fast-xml-parser';
import type { Language, ProjectDocument } from '../model/schema.ts';
import { createWorkingCalendar } from './calendar.ts';
import { planLabels } from './export-labels.ts';
import type { RolloutSchedule } from './schedule-types.ts';
import { workBreakdown } from './wbs.ts';

/**
 * The plan as Microsoft Project XML (MSPDI, the schema MS Project 2007+ and ProjectLibre open):
 * the phases as summary tasks with their tasks under them (UID/ID/WBS/OutlineLevel), computed
 * Start/Finish, Duration as `PT…H…M…S`, predecessor links (Type 0 FF, 1 FS, 2 SF, 3 SS; LinkLag in
 * tenths of minutes), Critical flags, floats, the project calendar with its working week and
 * every holiday and make-up working day (调休) in the plan's years, the team as resources and
 * the RACI R cells as assignments. Tasks caught in a cycle keep their place and duration but
 * start with the project and lose their links, so the file still opens.
 */
export type MspdiOptions = {
  language: Language;
  /** When the file is written (ISO date-time): CreationDate and LastSaved. */
  now: string;
};

/** A working day of 8 hours, 08:00–12:00 and 13:00–17:00 (MS Project's standard calendar). */
export const MINUTES_PER_DAY = 480;
const SHIFTS = [
  ['08:00:00', '12:00:00'],
  ['13:00:00', '17:00:00'],
] as const;
/** MSPDI link types (Microsoft's Project XML schema, PredecessorLink.Type). */
export const mspdiLinkTypes = { FF: 0, FS: 1, SF: 2, SS: 3 } as const;
/** DurationFormat / LagFormat 7: days. */
const FORMAT_DAYS = 7;
/** ConstraintType 4: start no earlier than. */
const START_NO_EARLIER_THAN = 4;

/** `PT40H0M0S`: a number of working days as MSPDI duration text. */
export const mspdiDuration = (days: number) => `PT${days * (MINUTES_PER_DAY / 60)}H0M0S`;
const atStart = (date: string) => `${date}T08:00:00`;
const atFinish = (date: string) => `${date}T17:00:00`;
const workingTimes = () => ({
  WorkingTime: SHIFTS.map(([FromTime, ToTime]) => ({ FromTime, ToTime })),
});

/** Writes the MSPDI text of a scheduled plan. */
export function exportMspdi(
  input: ProjectDocument,
  schedule: RolloutSchedule,
  options: MspdiOptions,
): string {
  // Written from the document as exported (shared/text/document-text.ts).
  const doc = exportedDocument(input);
  const words = planLabels[options.language];
  const projectStart = schedule.start ?? doc.rollout.startDate ?? options.now.slice(0, 10);
  const projectFinish = schedule.finish ?? projectStart;
  const rows = workBreakdown(doc);
  const uidOf = new Map<string, number>();
  rows.forEach((row, i) =>
    uidOf.set(row.kind === 'phase' ? `phase:${row.phaseId}` : row.task.id, i + 1),
  );

  const phaseNames = new Map(doc.rollout.phases.map((p) => [p.id, p.name]));
  const tasks = rows.map((row, i) => {
    const uid = i + 1;
    const common = {
      UID: uid,
      ID: uid,
      WBS: row.wbs,
      OutlineNumber: row.wbs,
      OutlineLevel: row.outlineLevel,
    };
    if (row.kind === 'phase') {
      const dates = schedule.phases.get(row.phaseId);
      const start = dates?.start ?? projectStart;
      const finish = dates?.finish ?? start;
      const days = calendarDays(doc, start, finish);
      return {
        ...common,
        Name: phaseNames.get(row.phaseId) ?? row.phaseId,
        Type: 1,
        Start: atStart(start),
        Finish: atFinish(finish),
        Duration: mspdiDuration(days),
        DurationFormat: FORMAT_DAYS,
        Milestone: 0,
        Summary: 1,
        Critical: 0,
      };
    }
    const { task } = row;
    const s = schedule.tasks.get(task.id);
    const start = s?.start ?? projectStart;
    return {
      ...common,
      Name: task.name,
      Type: 0,
      Start: atStart(start),
      Finish: task.durationDays === 0 ? atStart(start) : atFinish(s?.finish ?? start),
      Duration: mspdiDuration(task.durationDays),
      DurationFormat: FORMAT_DAYS,
      Milestone: task.durationDays === 0 ? 1 : 0,
      Summary: 0,
      Critical: s?.isCritical ? 1 : 0,
      PercentComplete: Math.round(task.percentComplete),
      TotalSlack: (s?.totalFloat ?? 0) * MINUTES_PER_DAY * 10,
      FreeSlack: (s?.freeFloat ?? 0) * MINUTES_PER_DAY * 10,
      ...(task.startNoEarlierThan
        ? {
            ConstraintType: START_NO_EARLIER_THAN,
            ConstraintDate: atStart(task.startNoEarlierThan),
          }
        : {}),
      ...(task.notes.trim() ? { Notes: task.notes } : {}),
      PredecessorLink: s
        ? task.predecessors
            .filter((p) => uidOf.has(p.taskId) && schedule.tasks.has(p.taskId))
            .map((p) => ({
              PredecessorUID: uidOf.get(p.taskId),
              Type: mspdiLinkTypes[p.type],
              CrossProject: 0,
              LinkLag: p.lagDays * MINUTES_PER_DAY * 10,
              LagFormat: FORMAT_DAYS,
            }))
        : [],
    };
  });

  const team = doc.rollout.team;
  const resourceUid = new Map(team.map((m, i) => [m.id, i + 1]));
  const assignments = rows.flatMap((row) =>
    row.kind === 'task'
      ? row.task.raci
          .filter((c) => c.role === 'R' && resourceUid.has(c.memberId))
          .map((c) => ({
            taskUid: uidOf.get(row.task.id)!,
            resourceUid: resourceUid.get(c.memberId)!,
          }))
      : [],
  );

  const project = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8', '@_standalone': 'yes' },
    Project: {
      '@_xmlns': 'http://schemas.microsoft.com/project',
      SaveVersion: 14,
      Name: `${doc.meta.title || words.plan}.xml`,
      Title: doc.meta.title || words.plan,
      Company: doc.meta.client,
      CreationDate: options.now.slice(0, 19),
      LastSaved: options.now.slice(0, 19),
      ScheduleFromStart: 1,
      StartDate: atStart(projectStart),
      FinishDate: atFinish(projectFinish),
      CalendarUID: 1,
      DefaultStartTime: '08:00:00',
      DefaultFinishTime: '17:00:00',
      MinutesPerDay: MINUTES_PER_DAY,
      MinutesPerWeek: MINUTES_PER_DAY * 5,
      DaysPerMonth: 20,
      DurationFormat: FORMAT_DAYS,
      Calendars: { Calendar: projectCalendar(doc, projectStart, projectFinish, words.calendar) },
      Tasks: { Task: tasks },
      Resources: {
        Resource: team.map((m, i) => ({
          UID: i + 1,
          ID: i + 1,
          Name: m.name || m.id,
          Type: 1,
          Group: m.department,
          MaxUnits: m.availability,
          CalendarUID: 1,
        })),
      },
      Assignments: {
        Assignment: assignments.map((a, i) => ({
          UID: i + 1,
          TaskUID: a.taskUid,
          ResourceUID: a.resourceUid,
          Units: 1,
        })),
      },
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    format: true,
    suppressEmptyNode: true,
  });
  return builder.build(project);
}

/** Working days a phase spans, first and last day included. */
function calendarDays(doc: ProjectDocument, start: string, finish: string): number {
  const calendar = createWorkingCalendar(doc.rollout.calendar);
  return Math.max(
    0,
    calendar.workingDaysBetween(start, finish) + (calendar.isWorkingDay(finish) ? 1 : 0),
  );
}

/** The base calendar: the working week and the exceptions of every year the plan touches. */
function projectCalendar(doc: ProjectDocument, start: string, finish: string, name: string) {
  const calendar = createWorkingCalendar(doc.rollout.calendar);
  const workweek = new Set(calendar.workweek);
  const exceptions = calendar.exceptionsBetween(
    `${start.slice(0, 4)}-01-01`,
    `${finish.slice(0, 4)}-12-31`,
  );
  return {
    UID: 1,
    Name: name,
    IsBaseCalendar: 1,
    BaseCalendarUID: -1,
    WeekDays: {
      // MSPDI DayType: 1 = Sunday … 7 = Saturday; ours: ISO 1 = Monday … 7 = Sunday.
      WeekDay: [1, 2, 3, 4, 5, 6, 7].map((dayType) => {
        const isWorking = workweek.has(dayType === 1 ? 7 : dayType - 1);
        return {
          DayType: dayType,
          DayWorking: isWorking ? 1 : 0,
          ...(isWorking ? { WorkingTimes: workingTimes() } : {}),
        };
      }),
    },
    Exceptions: {
      Exception: exceptions.map((e) => ({
        EnteredByOccurrences: 0,
        TimePeriod: { FromDate: `${e.date}T00:00:00`, ToDate: `${e.date}T23:59:00` },
        Occurrences: 1,
        Name: e.en === e.zh ? e.en : `${e.en} / ${e.zh}`,
        Type: 1,
        DayWorking: e.kind === 'workday' ? 1 : 0,
        ...(e.kind === 'workday' ? { WorkingTimes: workingTimes() } : {}),
      })),
    },
  };
}
