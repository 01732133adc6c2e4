import type { ProjectDocument } from '../../shared/model/schema.ts';
import { gateStatus, type PhaseGateStatus } from '../../shared/rollout/gate-status.ts';
import { teamFindings, type RolloutFinding } from '../../shared/rollout/team-checks.ts';
import { trainingDates } from '../../shared/rollout/training-dates.ts';
import type { AppState } from './app-store.ts';
import { memoPerDocument } from './options-selectors.ts';
import { scheduleOf } from './rollout-selectors.ts';

/**
 * Step 3's derived data for the team tabs: task-force and RACI findings, each phase's gate
 * status with its go-live, training dates, and which RACI cells a finding points at —
 * memoised per document so React sees the same object until the document changes.
 */

const findingsOf = memoPerDocument((doc: ProjectDocument) => teamFindings(doc));

export const selectTeamFindings = (state: AppState): RolloutFinding[] =>
  state.doc ? findingsOf(state.doc) : [];

const gatesOf = memoPerDocument((doc, today: string) => gateStatus(doc, scheduleOf(doc, today)));

/** Every phase's gate status, with go-live dates from the schedule. */
export const selectGateStatus = (state: AppState): PhaseGateStatus[] =>
  state.doc ? gatesOf(state.doc, state.planToday) : [];

/** Each training session's date: its phase's go-live moved by its offset in working days. */
const trainingDatesOf = memoPerDocument((doc, today: string) =>
  trainingDates(doc, scheduleOf(doc, today)),
);

export const selectTrainingDates = (state: AppState): ReadonlyMap<string, string> =>
  state.doc ? trainingDatesOf(state.doc, state.planToday) : new Map();

/** RACI cells and rows a finding points at: rows by id, cells as `row|member`, members by id. */
export type RaciMarks = {
  rows: ReadonlySet<string>;
  cells: ReadonlySet<string>;
  members: ReadonlySet<string>;
};

const marksOf = memoPerDocument((doc): RaciMarks => {
  const rows = new Set<string>();
  const cells = new Set<string>();
  const members = new Set<string>();
  for (const finding of findingsOf(doc)) {
    const { kind, id } = finding.target;
    if (id === null) continue;
    if (kind === 'workstream') {
      rows.add(id);
      // Two Accountables: the A cells themselves are the problem.
      if (finding.id === 'raci.accountable-count') {
        const row = doc.rollout.workstreams.find((w) => w.id === id);
        for (const c of row?.raci ?? []) if (c.role === 'A') cells.add(`${id}|${c.memberId}`);
      }
    }
    if (kind === 'member' && finding.id === 'raci.overloaded') {
      members.add(id);
      for (const w of doc.rollout.workstreams)
        if (w.raci.some((c) => c.memberId === id && c.role === 'A')) cells.add(`${w.id}|${id}`);
    }
  }
  return { rows, cells, members };
});

const noMarks: RaciMarks = { rows: new Set(), cells: new Set(), members: new Set() };

export const selectRaciMarks = (state: AppState): RaciMarks =>
  state.doc ? marksOf(state.doc) : noMarks;
