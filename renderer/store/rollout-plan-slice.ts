import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

/**
 * Step 3 plan actions: tasks, dependencies, calendar, baselines and plan generation. Each is a
 * thin call of a pure edit in shared/rollout/ through `editDocument` (one undo step a gesture).
 */
export type RolloutPlanSlice = Record<never, never>;

export const createRolloutPlanSlice: StateCreator<AppState, [], [], RolloutPlanSlice> = () => ({});
