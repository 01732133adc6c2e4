import type { StateCreator } from 'zustand';
import { setGateDone } from '../../shared/model/edits.ts';
import { newId } from '../../shared/model/ids.ts';
import {
  gateSchema,
  memberSchema,
  riskSchema,
  trainingSchema,
  workstreamSchema,
  type GateItem,
  type Member,
  type Risk,
  type Training,
  type Workstream,
} from '../../shared/model/schema.ts';
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
} from '../../shared/rollout/team-edits.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';

type Fields<T> = Partial<Omit<T, 'id'>>;

/** A heat-map cell the risk register is filtered to; view state, never in the document. */
export type RiskCell = { likelihood: number; impact: number };

/**
 * Step 3 team actions: task force, RACI, gates, risks and training. Each is a thin call of a
 * pure edit in shared/rollout/team-edits.ts through `editDocument` (one undo step a gesture);
 * each `add…` returns the new entity's id. The heat-map filter is view state.
 */
export type RolloutTeamSlice = {
  riskFilter: RiskCell | null;
  setRiskFilter: (cell: RiskCell | null) => void;

  addMember: (fields: Fields<Member>) => string;
  updateMember: (id: string, patch: Fields<Member>, gesture?: Gesture) => void;
  /** Removes a member and their cells, ownerships and sign-offs: one undo step. */
  removeMember: (id: string) => void;

  addWorkstream: (fields: Fields<Workstream>) => string;
  updateWorkstream: (id: string, patch: Fields<Omit<Workstream, 'raci'>>, g?: Gesture) => void;
  removeWorkstream: (id: string) => void;
  setRaciCell: (workstreamId: string, memberId: string, role: RaciValue) => void;
  /** Empty → R → A → C → I → empty: what a click or Space on a cell does. */
  cycleRaciCell: (workstreamId: string, memberId: string) => void;

  setGateDone: (phaseId: string, gateId: string, isDone: boolean) => void;
  addGateItem: (phaseId: string, fields: Fields<GateItem>) => string;
  updateGateItem: (
    phaseId: string,
    itemId: string,
    patch: Fields<Omit<GateItem, 'signedOffById' | 'signedOffOn'>>,
    gesture?: Gesture,
  ) => void;
  removeGateItem: (phaseId: string, itemId: string) => void;
  signOffGateItem: (
    phaseId: string,
    itemId: string,
    memberId: string | null,
    date: string | null,
  ) => void;

  addRisk: (fields: Fields<Risk>) => string;
  updateRisk: (id: string, patch: Fields<Risk>, gesture?: Gesture) => void;
  removeRisk: (id: string) => void;

  addTraining: (fields: Fields<Training>) => string;
  updateTraining: (id: string, patch: Fields<Training>, gesture?: Gesture) => void;
  removeTraining: (id: string) => void;
};

export const createRolloutTeamSlice: StateCreator<AppState, [], [], RolloutTeamSlice> = (
  set,
  get,
) => {
  const edit: AppState['editDocument'] = (recipe, gesture) => get().editDocument(recipe, gesture);
  return {
    riskFilter: null,
    setRiskFilter: (riskFilter) => set({ riskFilter }),

    addMember(fields) {
      const id = newId();
      const member = memberSchema.parse({ department: 'other', ...fields, id });
      edit((doc) => addMember(doc, member));
      return id;
    },
    updateMember: (id, patch, gesture) => edit((doc) => updateMember(doc, id, patch), gesture),
    removeMember: (id) => edit((doc) => removeMember(doc, id)),

    addWorkstream(fields) {
      const id = newId();
      edit((doc) => addWorkstream(doc, workstreamSchema.parse({ ...fields, id })));
      return id;
    },
    updateWorkstream: (id, patch, gesture) =>
      edit((doc) => updateWorkstream(doc, id, patch), gesture),
    removeWorkstream: (id) => edit((doc) => removeWorkstream(doc, id)),
    setRaciCell: (workstreamId, memberId, role) =>
      edit((doc) => setRaciCell(doc, workstreamId, memberId, role)),
    cycleRaciCell(workstreamId, memberId) {
      const row = get().doc?.rollout.workstreams.find((w) => w.id === workstreamId);
      const current = row?.raci.find((c) => c.memberId === memberId)?.role ?? null;
      get().setRaciCell(workstreamId, memberId, nextRaciValue(current));
    },

    setGateDone: (phaseId, gateId, isDone) =>
      edit((doc) => setGateDone(doc, phaseId, gateId, isDone)),
    addGateItem(phaseId, fields) {
      const id = newId();
      edit((doc) => addGateItem(doc, phaseId, gateSchema.parse({ ...fields, id })));
      return id;
    },
    updateGateItem: (phaseId, itemId, patch, gesture) =>
      edit((doc) => updateGateItem(doc, phaseId, itemId, patch), gesture),
    removeGateItem: (phaseId, itemId) => edit((doc) => removeGateItem(doc, phaseId, itemId)),
    signOffGateItem: (phaseId, itemId, memberId, date) =>
      edit((doc) => signOffGateItem(doc, phaseId, itemId, memberId, date)),

    addRisk(fields) {
      const id = newId();
      edit((doc) => addRisk(doc, riskSchema.parse({ ...fields, id })));
      return id;
    },
    updateRisk: (id, patch, gesture) => edit((doc) => updateRisk(doc, id, patch), gesture),
    removeRisk: (id) => edit((doc) => removeRisk(doc, id)),

    addTraining(fields) {
      const id = newId();
      edit((doc) => addTraining(doc, trainingSchema.parse({ ...fields, id })));
      return id;
    },
    updateTraining: (id, patch, gesture) => edit((doc) => updateTraining(doc, id, patch), gesture),
    removeTraining: (id) => edit((doc) => removeTraining(doc, id)),
  };
};
