import type { StateCreator } from 'zustand';
import { setGateDone } from '../../shared/model/edits.ts';
import type { AppState } from './app-store.ts';

/**
 * Step 3 team actions: task force, RACI, gates, risks and training. Each is a thin call of a
 * pure edit in shared/rollout/ through `editDocument` (one undo step a gesture).
 */
export type RolloutTeamSlice = {
  setGateDone: (phaseId: string, gateId: string, isDone: boolean) => void;
};

export const createRolloutTeamSlice: StateCreator<AppState, [], [], RolloutTeamSlice> = (
  _set,
  get,
) => ({
  setGateDone(phaseId, gateId, isDone) {
    get().editDocument((doc) => setGateDone(doc, phaseId, gateId, isDone));
  },
});
