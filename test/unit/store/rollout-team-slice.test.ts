import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store.ts';
import {
  selectGateStatus,
  selectRaciMarks,
  selectTeamFindings,
} from '../../../renderer/store/rollout-team-selectors.ts';
import { teamDocument } from '../rollout/team-fixtures.ts';

/** A store with the small team open and a controllable clock for typing windows. */
function openTeam() {
  let t = 0;
  const store = createAppStore({ now: () => t });
  store.getState().openDocument(teamDocument(), null);
  const steps = () => store.temporal.getState().pastStates.length;
  const rollout = () => store.getState().doc!.rollout;
  return { store, steps, rollout, advance: (ms: number) => (t += ms) };
}

const ids = (state: ReturnType<ReturnType<typeof openTeam>['store']['getState']>) =>
  selectTeamFindings(state).map((f) => f.id);

describe('team actions through the store', () => {
  it('cycles a RACI cell, shows the "exactly one A" finding, and undoes it', () => {
    const { store, steps } = openTeam();
    expect(ids(store.getState())).toEqual([]);
    store.getState().cycleRaciCell('ws1', 'qc'); // empty → R
    store.getState().cycleRaciCell('ws1', 'qc'); // R → A: two Accountables
    expect(ids(store.getState())).toEqual(['raci.accountable-count']);
    expect(selectRaciMarks(store.getState()).cells).toEqual(new Set(['ws1|prod', 'ws1|qc']));
    expect(steps()).toBe(2);
    store.getState().undo();
    expect(ids(store.getState())).toEqual([]);
    expect(selectRaciMarks(store.getState()).cells.size).toBe(0);
  });

  it('removes a member with their cells, ownerships and sign-offs in one undo step', () => {
    const { store, steps, rollout } = openTeam();
    store.getState().signOffGateItem('p1', 'g-uat', 'prod', '2027-03-01');
    const before = steps();
    store.getState().removeMember('prod');
    expect(steps()).toBe(before + 1);
    expect(rollout().phases[0]?.gates[0]?.signedOffById).toBeNull();
    expect(ids(store.getState())).toContain('raci.accountable-count');
    store.getState().undo();
    expect(rollout().team.some((m) => m.id === 'prod')).toBe(true);
    expect(rollout().phases[0]?.gates[0]?.signedOffById).toBe('prod');
  });

  it('a typed member name is one undo step', () => {
    const { store, steps, rollout, advance } = openTeam();
    const id = store.getState().addMember({ name: 'L', department: 'finance' });
    for (const name of ['Li', 'Li N', 'Li Na']) {
      advance(200);
      store.getState().updateMember(id, { name }, { key: `member.${id}.name` });
    }
    expect(steps()).toBe(2);
    expect(rollout().team.at(-1)).toMatchObject({ id, name: 'Li Na', department: 'finance' });
  });

  it('signing the UAT item passes the gate; undo reopens it', () => {
    const { store } = openTeam();
    expect(selectGateStatus(store.getState())[0]?.isPassed).toBe(false);
    store.getState().signOffGateItem('p1', 'g-uat', 'prod', '2027-03-01');
    expect(selectGateStatus(store.getState())[0]?.isPassed).toBe(true);
    store.getState().undo();
    expect(selectGateStatus(store.getState())[0]?.items[0]?.missing?.en).toContain('not signed');
  });

  it('adds a training item fed by a session’s completion', () => {
    const { store } = openTeam();
    store.getState().addGateItem('p1', { kind: 'training', text: 'Operators trained' });
    const session = store.getState().addTraining({ phaseId: 'p1', role: 'line-operator' });
    store.getState().updateTraining(session, { participants: 8, completed: 4 });
    expect(selectGateStatus(store.getState())[0]?.items[1]?.missing?.en).toContain('4 of 8');
    store.getState().updateTraining(session, { completed: 8 });
    expect(selectGateStatus(store.getState())[0]?.items[1]?.isPassed).toBe(true);
  });

  it('adds, edits and removes risks and rows; the heat-map filter stays out of undo', () => {
    const { store, steps, rollout } = openTeam();
    const risk = store.getState().addRisk({ text: 'Labels unreadable in the freezer' });
    store.getState().updateRisk(risk, { likelihood: 4, impact: 5 });
    const row = store.getState().addWorkstream({ name: 'Label printing', phaseId: 'p1' });
    const before = steps();
    store.getState().setRiskFilter({ likelihood: 4, impact: 5 });
    expect(steps()).toBe(before);
    expect(rollout().risks.at(-1)).toMatchObject({ likelihood: 4, impact: 5 });
    expect(ids(store.getState())).toContain('raci.empty-row');
    store.getState().removeWorkstream(row);
    store.getState().removeRisk(risk);
    expect(rollout().risks).toEqual([]);
    expect(ids(store.getState())).toEqual([]);
  });
});
