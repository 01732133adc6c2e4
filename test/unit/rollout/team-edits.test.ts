import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import {
  addGateItem,
  addMember,
  addRisk,
  addTraining,
  addWorkstream,
  nextRaciValue,
  removeGateItem,
  removeMember,
  removeRisk,
  removeTraining,
  removeWorkstream,
  setRaciCell,
  signOffGateItem,
  updateGateItem,
  updateMember,
  updateRisk,
  updateTraining,
  updateWorkstream,
  type RaciValue,
} from '../../../shared/rollout/team-edits.ts';
import { deepFreeze } from '../shared/fixtures.ts';
import {
  gateItem,
  member,
  phase,
  risk,
  row,
  task,
  teamDocument,
  training,
} from './team-fixtures.ts';

/** The base team with a risk, a training and a task that all point at the production manager. */
const doc = deepFreeze(
  teamDocument({
    phases: [
      phase('p1', [
        {
          id: 'g-uat',
          kind: 'uat',
          ownerId: 'prod',
          signedOffById: 'prod',
          signedOffOn: '2027-03-01',
          isDone: true,
        },
        { id: 'g-data', kind: 'record-counts', ownerId: 'it' },
      ]),
    ],
    tasks: [
      task({
        id: 't1',
        phaseId: 'p1',
        workstreamId: 'ws1',
        raci: [{ memberId: 'prod', role: 'A' }],
      }),
    ],
    risks: [risk({ id: 'r1', ownerId: 'prod' })],
    trainings: [
      training({ id: 'tr1', phaseId: 'p1', trainerId: 'prod', participants: 10, completed: 4 }),
    ],
  }),
);
const rollout = (d: ProjectDocument) => d.rollout;

describe('task force edits', () => {
  it('adds and updates a member, clamping availability to 0–1', () => {
    const added = addMember(doc, member('fin', 'finance'));
    expect(rollout(added).team.at(-1)?.id).toBe('fin');
    expect(addMember(added, member('fin', 'it'))).toBe(added);
    expect(
      rollout(updateMember(added, 'fin', { availability: 1.7 })).team.at(-1)?.availability,
    ).toBe(1);
    expect(
      rollout(updateMember(added, 'fin', { availability: -1 })).team.at(-1)?.availability,
    ).toBe(0);
  });

  it.each([
    ['an unknown member', () => updateMember(doc, 'nobody', { name: 'x' })],
    ['an unchanged name', () => updateMember(doc, 'prod', { name: 'prod name' })],
    ['a cleared number', () => updateMember(doc, 'prod', { availability: Number.NaN })],
    [
      'a cleared number beside a new name',
      () => updateMember(doc, 'prod', { name: 'renamed', availability: Number.NaN }),
    ],
    ['removing an unknown member', () => removeMember(doc, 'nobody')],
  ])('%s leaves the document as it was', (_name, edit) => {
    expect(edit()).toBe(doc);
  });

  it('removing a member clears their RACI cells, ownerships, sign-offs and trainings', () => {
    const next = removeMember(doc, 'prod');
    const r = rollout(next);
    expect(r.team.map((m) => m.id)).not.toContain('prod');
    expect(r.workstreams[0]?.raci).toEqual([{ memberId: 'it', role: 'R' }]);
    expect(r.tasks[0]?.raci).toEqual([]);
    expect(r.phases[0]?.gates[0]).toMatchObject({
      ownerId: null,
      signedOffById: null,
      signedOffOn: null,
    });
    expect(r.phases[0]?.gates[1]?.ownerId).toBe('it');
    expect(r.risks[0]?.ownerId).toBeNull();
    expect(r.trainings[0]?.trainerId).toBeNull();
  });
});

describe('RACI edits', () => {
  it('cycles empty → R → A → C → I → empty', () => {
    const seen: RaciValue[] = [null];
    for (let i = 0; i < 5; i++) seen.push(nextRaciValue(seen.at(-1) ?? null));
    expect(seen).toEqual([null, 'R', 'A', 'C', 'I', null]);
  });

  it('sets, changes and empties a cell, keeping cells in the team’s column order', () => {
    const withQc = setRaciCell(doc, 'ws1', 'sponsor', 'I');
    expect(rollout(withQc).workstreams[0]?.raci.map((c) => c.memberId)).toEqual([
      'sponsor',
      'it',
      'prod',
    ]);
    const changed = setRaciCell(withQc, 'ws1', 'prod', 'C');
    expect(rollout(changed).workstreams[0]?.raci.find((c) => c.memberId === 'prod')?.role).toBe(
      'C',
    );
    const emptied = setRaciCell(changed, 'ws1', 'prod', null);
    expect(rollout(emptied).workstreams[0]?.raci.map((c) => c.memberId)).toEqual(['sponsor', 'it']);
  });

  it.each([
    ['the same letter', () => setRaciCell(doc, 'ws1', 'prod', 'A')],
    ['an unknown row', () => setRaciCell(doc, 'nope', 'prod', 'R')],
    ['an unknown member', () => setRaciCell(doc, 'ws1', 'nobody', 'R')],
    ['emptying an empty cell', () => setRaciCell(doc, 'ws1', 'qc', null)],
  ])('%s changes nothing', (_name, edit) => {
    expect(edit()).toBe(doc);
  });

  it('adds, renames, moves and removes a row; its tasks stay in the plan', () => {
    const added = addWorkstream(doc, row('ws2', [], null));
    const renamed = updateWorkstream(added, 'ws2', { name: 'Label printing', phaseId: 'p1' });
    expect(rollout(renamed).workstreams[1]).toMatchObject({
      name: 'Label printing',
      phaseId: 'p1',
    });
    const removed = removeWorkstream(renamed, 'ws1');
    expect(rollout(removed).workstreams.map((w) => w.id)).toEqual(['ws2']);
    expect(rollout(removed).tasks[0]).toMatchObject({ id: 't1', workstreamId: null });
  });
});

describe('gate edits', () => {
  it('adds, updates (clamping counts) and removes a checklist item', () => {
    const added = addGateItem(doc, 'p1', gateItem({ id: 'g-def', kind: 'defects' }));
    const updated = updateGateItem(added, 'p1', 'g-def', { threshold: -2, openDefects: 2.6 });
    expect(rollout(updated).phases[0]?.gates[2]).toMatchObject({ threshold: 0, openDefects: 3 });
    expect(rollout(removeGateItem(updated, 'p1', 'g-def')).phases[0]?.gates).toHaveLength(2);
    expect(addGateItem(doc, 'nope', gateItem({ id: 'x' }))).toBe(doc);
  });

  it('signs an item off by a member on a date, and withdraws the sign-off', () => {
    const signed = signOffGateItem(doc, 'p1', 'g-data', 'qc', '2027-03-02');
    expect(rollout(signed).phases[0]?.gates[1]).toMatchObject({
      signedOffById: 'qc',
      signedOffOn: '2027-03-02',
      isDone: true,
    });
    const withdrawn = signOffGateItem(signed, 'p1', 'g-data', null, null);
    expect(rollout(withdrawn).phases[0]?.gates[1]).toMatchObject({
      signedOffById: null,
      signedOffOn: null,
      isDone: false,
    });
  });

  it.each([
    ['an unknown member', () => signOffGateItem(doc, 'p1', 'g-data', 'nobody', '2027-03-02')],
    ['no date', () => signOffGateItem(doc, 'p1', 'g-data', 'qc', null)],
    ['a malformed date', () => signOffGateItem(doc, 'p1', 'g-data', 'qc', '2.3.2027')],
    ['the same signature', () => signOffGateItem(doc, 'p1', 'g-uat', 'prod', '2027-03-01')],
  ])('signing with %s changes nothing', (_name, edit) => {
    expect(edit()).toBe(doc);
  });
});

describe('risk and training edits', () => {
  it('keeps likelihood and impact whole numbers 1–5', () => {
    const next = updateRisk(doc, 'r1', { likelihood: 9, impact: 0.2 });
    expect(rollout(next).risks[0]).toMatchObject({ likelihood: 5, impact: 1 });
    const added = addRisk(doc, risk({ id: 'r2' }));
    expect(rollout(removeRisk(added, 'r1')).risks.map((r) => r.id)).toEqual(['r2']);
  });

  it.each([
    ['completed above participants', { completed: 12 }, { participants: 10, completed: 10 }],
    ['participants below completed', { participants: 3 }, { participants: 3, completed: 3 }],
    ['negative counts', { participants: -4 }, { participants: 0, completed: 0 }],
    ['an offset beyond a year', { offsetDays: -400 }, { offsetDays: -365 }],
  ])('training with %s is clamped', (_name, patch, expected) => {
    expect(rollout(updateTraining(doc, 'tr1', patch)).trainings[0]).toMatchObject(expected);
  });

  it('adds and removes a session', () => {
    const added = addTraining(doc, training({ id: 'tr2', role: 'qc-inspector' }));
    expect(rollout(added).trainings.map((t) => t.id)).toEqual(['tr1', 'tr2']);
    expect(rollout(removeTraining(added, 'tr1')).trainings.map((t) => t.id)).toEqual(['tr2']);
    expect(removeTraining(doc, 'nope')).toBe(doc);
  });
});
