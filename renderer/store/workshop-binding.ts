import * as Y from 'yjs';
import type { LocatedError } from '../../shared/model/located-error.ts';
import type { ProjectDocument } from '../../shared/model/schema.ts';
import { writeDocumentChange } from '../../shared/workshop/ydoc-change.ts';
import { documentTypes, readDocumentFromYDoc } from '../../shared/workshop/ydoc.ts';
import type { AppStore } from './app-store.ts';

/**
 * Binds the app store to a shared Yjs document for a live workshop:
 * - a local edit (any `editDocument`) is written to the Y.Doc as a minimal update, in one
 *   transaction with this binding's own origin;
 * - a remote update (another participant, the server, an undo) replaces the store's document
 *   without recording an undo step;
 * - while bound, undo/redo go through a Yjs `UndoManager` that tracks this binding's origin
 *   alone, so each person undoes only their own edits; zundo is paused, and resumes (empty)
 *   when the session ends — alone, undo is zundo's as before.
 * The mapping between the document and the Y.Doc is passed in (shared/workshop/ydoc.ts in the
 * app), so the binding knows nothing of the Y.Doc's layout.
 */

/** The document ↔ Y.Doc mapping (shared/workshop/ydoc.ts). */
export type YDocMapping = {
  /** Writes one local edit, `previous` → `next`, leaving whatever else the Y.Doc holds. */
  write(ydoc: Y.Doc, previous: ProjectDocument, next: ProjectDocument, origin?: unknown): void;
  read(
    ydoc: Y.Doc,
  ): { ok: true; document: ProjectDocument } | { ok: false; errors: LocatedError[] };
  /** The shared types holding the document (not the session): what undo may touch. */
  documentTypes(ydoc: Y.Doc): Y.Map<unknown>[];
};

/** The app's mapping: shared/workshop/ydoc.ts. */
export const workshopMapping: YDocMapping = {
  write: writeDocumentChange,
  read: readDocumentFromYDoc,
  documentTypes,
};

export type WorkshopBindingOptions = {
  /** Edits closer together than this become one undo step (Yjs' default is 500 ms). */
  captureTimeoutMs?: number;
  /** The shared document no longer parses (should not happen: the server validates). */
  onInvalidDocument?: (errors: LocatedError[]) => void;
};

export type WorkshopBinding = {
  /** The origin of this client's own transactions (what its UndoManager tracks). */
  origin: object;
  undoManager: Y.UndoManager;
  /** Ends the session for the store: zundo undo is back, with an empty history. */
  unbind(): void;
};

/**
 * Binds `store` to `ydoc` (already synced: it must hold a document). The store's document
 * becomes the shared one at once, with a fresh history.
 */
export function bindStoreToYDoc(
  store: AppStore,
  ydoc: Y.Doc,
  mapping: YDocMapping = workshopMapping,
  options: WorkshopBindingOptions = {},
): WorkshopBinding {
  const origin = { binding: 'workshop-local' };
  const initial = mapping.read(ydoc);
  if (!initial.ok) {
    throw new Error(`The workshop document does not parse: ${initial.errors[0]?.pointer ?? ''}`);
  }
  const state = store.getState();
  const file = state.file;
  state.openDocument(initial.document, file);
  const temporal = store.temporal.getState();
  temporal.pause();

  const undoManager = new Y.UndoManager(mapping.documentTypes(ydoc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeoutMs ?? 500,
  });
  const zundoActions = { undo: state.undo, redo: state.redo };
  store.setState({ undo: () => undoManager.undo(), redo: () => undoManager.redo() });

  let isApplyingRemote = false;
  const unsubscribe = store.subscribe((next, previous) => {
    if (isApplyingRemote || next.doc === previous.doc) return;
    if (next.doc === null || previous.doc === null) return;
    mapping.write(ydoc, previous.doc, next.doc, origin);
    // The server writes the file; in a session there is nothing for this client to save.
    store.setState({ savedDoc: next.doc });
  });

  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin || transaction.changed.size === 0) return;
    const result = mapping.read(ydoc);
    if (!result.ok) {
      options.onInvalidDocument?.(result.errors);
      return;
    }
    isApplyingRemote = true;
    try {
      store.setState({ doc: result.document, savedDoc: result.document });
    } finally {
      isApplyingRemote = false;
    }
  };
  ydoc.on('afterTransaction', onAfterTransaction);

  return {
    origin,
    undoManager,
    unbind() {
      ydoc.off('afterTransaction', onAfterTransaction);
      unsubscribe();
      undoManager.destroy();
      store.setState(zundoActions);
      temporal.resume();
      store.temporal.getState().clear();
    },
  };
}
