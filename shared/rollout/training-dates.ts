import type { ProjectDocument } from '../model/schema.ts';
import { createWorkingCalendar } from './calendar.ts';
import type { RolloutSchedule } from './schedule-types.ts';

/**
 * The date of each training session: `offsetDays` working days from its phase's go-live on the
 * project calendar (negative: before it). A phase without a go-live dates its training from the
 * phase's last finish; sessions of a phase the schedule cannot date are left out.
 *
 * @example offsetDays -5 and a go-live on Monday 2027-03-08 → Monday 2027-03-01
 */
export function trainingDates(
  doc: ProjectDocument,
  schedule: RolloutSchedule,
): ReadonlyMap<string, string> {
  const calendar = createWorkingCalendar(doc.rollout.calendar);
  const dates = new Map<string, string>();
  for (const training of doc.rollout.trainings) {
    const phase = training.phaseId === null ? undefined : schedule.phases.get(training.phaseId);
    if (!phase) continue;
    dates.set(
      training.id,
      calendar.addWorkingDays(phase.goLive ?? phase.finish, training.offsetDays),
    );
  }
  return dates;
}
