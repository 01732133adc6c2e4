import type { StateCreator } from 'zustand';
import { updateMeta } from '../../shared/model/edits.ts';
import type { ProjectDocument, ProjectMeta } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';
import type { Gesture, GestureHistory } from './gesture-history.ts';

/** Where the open project lives: a desktop path, or a web file handle's registry id. */
export type FileRef = { id: string; name: string };

export type DocumentSlice = {
  /** The open project, or `null` on the start screen. The only state undo/redo covers. */
  doc: ProjectDocument | null;
  /** The document as last opened or saved; the project is dirty when `doc !== savedDoc`. */
  savedDoc: ProjectDocument | null;
  file: FileRef | null;
  /** Opens a document (new, from file, recovered): history starts afresh. */
  openDocument: (
    doc: ProjectDocument,
    file: FileRef | null,
    options?: { isDirty?: boolean },
  ) => void;
  closeDocument: () => void;
  /** Records that `saved` (the document handed to the save) is now on disk as `file`. */
  markSaved: (file: FileRef, saved: ProjectDocument) => void;
  /** Applies a pure edit to the document as one undo step (or part of an ongoing gesture). */
  editDocument: (recipe: (doc: ProjectDocument) => ProjectDocument, gesture?: Gesture) => void;
  updateMeta: (patch: Partial<ProjectMeta>, gesture?: Gesture) => void;
  /** Undoes the last gesture on the document. */
  undo: () => void;
  redo: () => void;
};

/** History control the combined store gives the slice (the temporal store lives outside it). */
export type HistoryControl = {
  gestures: GestureHistory;
  clear: () => void;
  undo: () => void;
  redo: () => void;
};

export const createDocumentSlice =
  (history: HistoryControl): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => ({
    doc: null,
    savedDoc: null,
    file: null,
    openDocument(doc, file, options) {
      set({ doc, savedDoc: options?.isDirty ? null : doc, file });
      history.clear();
    },
    closeDocument() {
      set({ doc: null, savedDoc: null, file: null });
      history.clear();
    },
    markSaved(file, saved) {
      set({ file, savedDoc: saved });
    },
    editDocument(recipe, gesture) {
      const doc = get().doc;
      if (doc === null) return;
      const next = recipe(doc);
      if (next === doc) return;
      history.gestures.begin(gesture);
      set({ doc: next });
    },
    undo: () => history.undo(),
    redo: () => history.redo(),
    updateMeta(patch, gesture) {
      get().editDocument((doc) => updateMeta(doc, patch), gesture);
    },
  });
