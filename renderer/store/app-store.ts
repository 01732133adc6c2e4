import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { createDocumentSlice, type DocumentSlice, type HistoryControl } from './document-slice.ts';
import { createGestureHistory } from './gesture-history.ts';
import { createFlowsSlice, type FlowsSlice } from './flows-slice.ts';
import { createOptionsSlice, type OptionsSlice } from './options-slice.ts';
import { createReportSlice, type ReportSlice } from './report-slice.ts';
import { createRolloutPlanSlice, type RolloutPlanSlice } from './rollout-plan-slice.ts';
import { createRolloutTeamSlice, type RolloutTeamSlice } from './rollout-team-slice.ts';
import { createAuditSlice, type AuditSlice } from './step-slices.ts';
import { createUiSlice, type Preferences, type UiSlice } from './ui-slice.ts';
import { createWorkshopSlice, type WorkshopSlice } from './workshop-slice.ts';

export type AppState = DocumentSlice &
  AuditSlice &
  OptionsSlice &
  FlowsSlice &
  RolloutPlanSlice &
  RolloutTeamSlice &
  ReportSlice &
  WorkshopSlice &
  UiSlice;

/** What undo/redo records: the document alone — not selection, page, language or panels. */
type UndoableState = Pick<AppState, 'doc'>;

const UNDO_LIMIT = 200;

export type AppStoreOptions = { preferences?: Partial<Preferences>; now?: () => number };

/**
 * The app's one store, made of typed slices, with undo/redo over the document only. A fresh
 * store per call, so every test and every window starts clean.
 */
export function createAppStore(options: AppStoreOptions = {}) {
  const gestures = createGestureHistory(options.now);
  const preferences: Preferences = {
    language: 'en',
    isDark: false,
    isCompact: false,
    ...options.preferences,
  };
  // These reach the temporal store, which exists only once `store` does. Undo, redo and clear
  // also end the current gesture, so the next edit is always a step of its own.
  const history: HistoryControl = {
    clear: () => {
      gestures.reset();
      store.temporal.getState().clear();
    },
    undo: () => {
      gestures.reset();
      store.temporal.getState().undo();
    },
    redo: () => {
      gestures.reset();
      store.temporal.getState().redo();
    },
    gestures,
  };

  const store = createStore<AppState>()(
    temporal(
      (...a) => ({
        ...createDocumentSlice(history)(...a),
        ...createAuditSlice(...a),
        ...createOptionsSlice(...a),
        ...createFlowsSlice(...a),
        ...createRolloutPlanSlice(...a),
        ...createRolloutTeamSlice(...a),
        ...createReportSlice(...a),
        ...createWorkshopSlice(...a),
        ...createUiSlice(preferences)(...a),
      }),
      {
        partialize: (state): UndoableState => ({ doc: state.doc }),
        // "Equal" means "record no new undo step": unchanged documents, and edits that
        // continue the previous gesture (its first edit already saved the state to return to).
        equality: (past, current) => past.doc === current.doc || gestures.continuesPrevious(),
        limit: UNDO_LIMIT,
      },
    ),
  );
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
