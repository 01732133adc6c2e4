import type { StateCreator } from 'zustand';
import type { Language } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';

export const pages = ['overview', 'audit', 'options', 'flows', 'rollout', 'report'] as const;
export type Page = (typeof pages)[number];

/** User preferences kept between sessions (not part of any project). */
export type Preferences = { language: Language; isDark: boolean; isCompact: boolean };

/** View state: never in the document, never in undo. */
export type UiSlice = Preferences & {
  page: Page;
  lastAutosaveAt: string | null;
  setLanguage: (language: Language) => void;
  setDark: (isDark: boolean) => void;
  setCompact: (isCompact: boolean) => void;
  setPage: (page: Page) => void;
  setLastAutosaveAt: (at: string | null) => void;
};

export const createUiSlice =
  (preferences: Preferences): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    ...preferences,
    page: 'overview',
    lastAutosaveAt: null,
    setLanguage: (language) => set({ language }),
    setDark: (isDark) => set({ isDark }),
    setCompact: (isCompact) => set({ isCompact }),
    setPage: (page) => set({ page }),
    setLastAutosaveAt: (lastAutosaveAt) => set({ lastAutosaveAt }),
  });
