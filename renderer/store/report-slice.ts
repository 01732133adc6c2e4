import type { StateCreator } from 'zustand';
import type { ReportOptions } from '../../shared/model/schema.ts';
import { updateReportOptions } from '../../shared/report/report-edits.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';

/** Report options kept in the document: each change one undo step (typing: one per word). */
export type ReportSlice = {
  updateReport: (patch: Partial<ReportOptions>, gesture?: Gesture) => void;
};

export const createReportSlice: StateCreator<AppState, [], [], ReportSlice> = (_set, get) => ({
  updateReport(patch, gesture) {
    get().editDocument((doc) => updateReportOptions(doc, patch), gesture);
  },
});
