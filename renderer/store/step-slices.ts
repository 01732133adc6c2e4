import type { StateCreator } from 'zustand';
import {
  addFlow,
  addSystem,
  moveSystems,
  removeSystems,
  setAnswer,
  setGateDone,
  setWeight,
} from '../../shared/model/edits.ts';
import { newId } from '../../shared/model/ids.ts';
import type { Answer, Flow, TraceSystem } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';

/**
 * Slices per step. Each action is a thin call of a pure edit in shared/model/edits.ts through
 * `editDocument`, so it is one undo step and the document stays referentially valid. The
 * feature issues grow these; the foundation gives each step its first real actions.
 */
export type AuditSlice = {
  answerQuestion: (
    questionId: string,
    patch: Partial<Omit<Answer, 'id' | 'questionId'>>,
    gesture?: Gesture,
  ) => void;
};

export const createAuditSlice: StateCreator<AppState, [], [], AuditSlice> = (_set, get) => ({
  answerQuestion(questionId, patch, gesture) {
    get().editDocument((doc) => setAnswer(doc, questionId, patch, newId), gesture);
  },
});

export type OptionsSlice = {
  setWeight: (raterId: string, criterionId: string, value: number, gesture?: Gesture) => void;
};

export const createOptionsSlice: StateCreator<AppState, [], [], OptionsSlice> = (_set, get) => ({
  setWeight(raterId, criterionId, value, gesture) {
    get().editDocument((doc) => setWeight(doc, raterId, criterionId, value, newId), gesture);
  },
});

export type FlowsSlice = {
  addSystem: (system: TraceSystem) => void;
  /** One call per drag: pass the same gesture for the whole drag. */
  moveSystems: (moves: ReadonlyMap<string, { x: number; y: number }>, gesture?: Gesture) => void;
  removeSystems: (ids: ReadonlySet<string>) => void;
  addFlow: (flow: Flow) => void;
};

export const createFlowsSlice: StateCreator<AppState, [], [], FlowsSlice> = (_set, get) => ({
  addSystem(system) {
    get().editDocument((doc) => addSystem(doc, system));
  },
  moveSystems(moves, gesture) {
    get().editDocument((doc) => moveSystems(doc, moves), gesture);
  },
  removeSystems(ids) {
    get().editDocument((doc) => removeSystems(doc, ids));
  },
  addFlow(flow) {
    get().editDocument((doc) => addFlow(doc, flow));
  },
});

export type RolloutSlice = {
  setGateDone: (phaseId: string, gateId: string, isDone: boolean) => void;
};

export const createRolloutSlice: StateCreator<AppState, [], [], RolloutSlice> = (_set, get) => ({
  setGateDone(phaseId, gateId, isDone) {
    get().editDocument((doc) => setGateDone(doc, phaseId, gateId, isDone));
  },
});
