import { exportedDocument } from '../text/document-text.ts';
import ical from 'ical-generator';
import type { Language, ProjectDocument } from '../model/schema.ts';
import { dayNumber } from './calendar.ts';
import { planLabels } from './export-labels.ts';
import type { RolloutSchedule } from './schedule-types.ts';
import { trainingDates } from './training-dates.ts';

/**
 * The plan's dates as an iCalendar file (RFC 5545) for the team's calendars: every milestone
 * (go-live included), every phase gate (on the phase's last day) and every training session.
 * All events are all-day (`DTSTART;VALUE=DATE`), so they mean the same day in every time zone,
 * as the plan does. Written with ical-generator, which uses no Node API and so runs in the
 * renderer and the CLI alike. UIDs derive from entity ids: re-importing updates the events.
 */
export type IcsOptions = {
  language: Language;
  /** When the file is written (ISO date-time): the events' DTSTAMP. */
  now: string;
};

const MS_PER_DAY = 86_400_000;
const utcDay = (iso: string) => new Date(dayNumber(iso) * MS_PER_DAY);

/** Writes the iCalendar text of a scheduled plan. */
export function exportPlanIcs(
  input: ProjectDocument,
  schedule: RolloutSchedule,
  options: IcsOptions,
): string {
  // Written from the document as exported (shared/text/document-text.ts).
  const doc = exportedDocument(input);
  const words = planLabels[options.language];
  const stamp = new Date(options.now);
  const title = doc.meta.title.trim() || words.plan;
  const calendar = ical({
    name: title,
    prodId: {
      company: 'TraceReady',
      product: 'rollout-plan',
      language: options.language.toUpperCase(),
    },
  });
  const add = (id: string, date: string, summary: string, description: string) =>
    calendar.createEvent({
      id: `${id}@${doc.id}.traceready`,
      start: utcDay(date),
      end: new Date(utcDay(date).getTime() + MS_PER_DAY),
      allDay: true,
      stamp,
      summary,
      description,
    });
  const phases = new Map(doc.rollout.phases.map((p) => [p.id, p]));
  for (const task of doc.rollout.tasks) {
    const dates = schedule.tasks.get(task.id);
    if (!dates?.isMilestone) continue;
    const phase = task.phaseId ? phases.get(task.phaseId) : undefined;
    add(
      `task-${task.id}`,
      dates.start,
      `${words.milestone}${words.colon}${task.name}`,
      phase?.name ?? '',
    );
  }
  for (const phase of doc.rollout.phases) {
    const dates = schedule.phases.get(phase.id);
    if (!dates) continue;
    const items = phase.gates.map((g) => `${g.isDone ? '☑' : '☐'} ${g.text}`).join('\n');
    add(`gate-${phase.id}`, dates.finish, `${words.gate}${words.colon}${phase.name}`, items);
  }
  const trainings = trainingDates(doc, schedule);
  for (const training of doc.rollout.trainings) {
    const date = trainings.get(training.id);
    if (!date) continue;
    const description = [
      training.topic,
      `${words.hours}${words.colon}${training.durationHours}`,
      training.materials,
    ]
      .filter((line) => line.trim() !== '')
      .join('\n');
    add(
      `training-${training.id}`,
      date,
      `${words.training}${words.colon}${training.audience}`,
      description,
    );
  }
  return calendar.toString();
}
