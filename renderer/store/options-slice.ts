import type { StateCreator } from 'zustand';
import { setWeight } from '../../shared/model/edits.ts';
import { newId } from '../../shared/model/ids.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';

/**
 * Step 2 actions: candidates, vendors, criteria, raters, weights, judgements, scores, costs.
 * Each is a thin call of a pure edit through `editDocument`: one undo step per gesture.
 */
export type OptionsSlice = {
  setWeight: (raterId: string, criterionId: string, value: number, gesture?: Gesture) => void;
};

export const createOptionsSlice: StateCreator<AppState, [], [], OptionsSlice> = (_set, get) => ({
  setWeight(raterId, criterionId, value, gesture) {
    get().editDocument((doc) => setWeight(doc, raterId, criterionId, value, newId), gesture);
  },
});
