import { describe, expect, it } from 'vitest';
import { gateStatus } from '../../../shared/rollout/gate-status.ts';
import type { RolloutSchedule } from '../../../shared/rollout/schedule-types.ts';
import { phase, teamDocument, training } from './team-fixtures.ts';

/** The status of the single item of phase p1, built from one item and the phase's trainings. */
function itemStatus(item: Record<string, unknown>, trainings: Record<string, unknown>[] = []) {
  const doc = teamDocument({
    phases: [phase('p1', [{ id: 'g', ...item }])],
    trainings: trainings.map((t, i) => training({ id: `tr${i}`, phaseId: 'p1', ...t })),
  });
  const [status] = gateStatus(doc);
  return status?.items[0];
}

type Case = {
  name: string;
  item: Record<string, unknown>;
  trainings?: Record<string, unknown>[];
  /** `null` when the item passes; else words its "missing" note must contain (en). */
  missing: string | null;
};

const signed = { signedOffOn: '2027-03-01' };

const cases: Case[] = [
  { name: 'record counts ticked', item: { kind: 'record-counts', isDone: true }, missing: null },
  { name: 'trace test not ticked', item: { kind: 'trace-test' }, missing: 'Not done' },
  { name: 'QC write-back ticked', item: { kind: 'qc-writeback', isDone: true }, missing: null },
  { name: 'free-text item not ticked', item: { kind: 'other' }, missing: 'Not done' },
  {
    name: 'UAT signed by the production manager',
    item: { kind: 'uat', signedOffById: 'prod', ...signed, isDone: true },
    missing: null,
  },
  {
    name: 'UAT ticked but never signed',
    item: { kind: 'uat', isDone: true },
    missing: 'not signed',
  },
  {
    name: 'UAT signed by IT',
    item: { kind: 'uat', signedOffById: 'it', ...signed, isDone: true },
    missing: 'signed by it name, who is not on the business side',
  },
  {
    name: 'training: 40 of 40 trained, default 100 %',
    item: { kind: 'training' },
    trainings: [
      { participants: 30, completed: 30 },
      { participants: 10, completed: 10 },
    ],
    missing: null,
  },
  {
    name: 'training: 36 of 40 trained, 90 % needed',
    item: { kind: 'training', threshold: 90 },
    trainings: [
      { participants: 30, completed: 30 },
      { participants: 10, completed: 6 },
    ],
    missing: null,
  },
  {
    name: 'training: 35 of 40 trained, 90 % needed (ticking it does not help)',
    item: { kind: 'training', threshold: 90, isDone: true },
    trainings: [
      { participants: 30, completed: 30 },
      { participants: 10, completed: 5 },
    ],
    missing: '35 of 40 trained (87%), 90% needed',
  },
  {
    name: 'training: no sessions with participants',
    item: { kind: 'training' },
    trainings: [{ participants: 0, completed: 0 }],
    missing: 'No training session of this phase has participants',
  },
  {
    name: 'defects: 2 open, 3 allowed',
    item: { kind: 'defects', threshold: 3, openDefects: 2 },
    missing: null,
  },
  {
    name: 'defects: 4 open, 3 allowed',
    item: { kind: 'defects', threshold: 3, openDefects: 4, isDone: true },
    missing: '4 open defects; at most 3 allowed',
  },
  {
    name: 'defects: 1 open, no threshold (none allowed)',
    item: { kind: 'defects', openDefects: 1 },
    missing: 'at most 0 allowed',
  },
  { name: 'defects: not counted', item: { kind: 'defects', threshold: 3 }, missing: 'not counted' },
];

describe('gate item status', () => {
  it.each(cases)('$name', ({ item, trainings, missing }) => {
    const status = itemStatus(item, trainings);
    expect(status?.isPassed).toBe(missing === null);
    if (missing === null) expect(status?.missing).toBeNull();
    else {
      expect(status?.missing?.en).toContain(missing);
      expect(status?.missing?.['zh-CN']).not.toBe('');
    }
  });

  it('counts only the trainings of its own phase', () => {
    const doc = teamDocument({
      phases: [phase('p1', [{ id: 'g', kind: 'training' }]), phase('p2')],
      trainings: [
        training({ id: 'a', phaseId: 'p1', participants: 5, completed: 5 }),
        training({ id: 'b', phaseId: 'p2', participants: 50, completed: 0 }),
      ],
    });
    expect(gateStatus(doc)[0]?.items[0]?.isPassed).toBe(true);
  });
});

describe('phase gate', () => {
  it.each([
    ['every item passed', [true, true], true],
    ['one item open', [true, false], false],
    ['no items', [], false],
  ])('%s → passed %s', (_name, done, passed) => {
    const doc = teamDocument({
      phases: [
        phase(
          'p1',
          done.map((isDone, i) => ({ id: `g${i}`, kind: 'other', isDone })),
        ),
      ],
    });
    const [status] = gateStatus(doc);
    expect(status?.isPassed).toBe(passed);
    expect(status?.passedCount).toBe(done.filter(Boolean).length);
  });

  it('takes each phase’s go-live from the schedule, its finish when it has none', () => {
    const doc = teamDocument({ phases: [phase('p1'), phase('p2'), phase('p3')] });
    const schedule: RolloutSchedule = {
      start: '2027-01-11',
      finish: '2027-06-30',
      tasks: new Map(),
      criticalPath: [],
      cycles: [],
      phases: new Map([
        ['p1', { phaseId: 'p1', start: '2027-01-11', finish: '2027-03-05', goLive: '2027-03-01' }],
        ['p2', { phaseId: 'p2', start: '2027-03-08', finish: '2027-05-07', goLive: null }],
      ]),
    };
    expect(gateStatus(doc, schedule).map((g) => g.goLive)).toEqual([
      '2027-03-01',
      '2027-05-07',
      null,
    ]);
    expect(gateStatus(doc).map((g) => g.goLive)).toEqual([null, null, null]);
  });
});
