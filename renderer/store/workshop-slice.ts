import type { StateCreator } from 'zustand';
import { newId } from '../../shared/model/ids.ts';
import type { Comment } from '../../shared/model/schema.ts';
import { addComment } from '../../shared/workshop/comments.ts';
import type { AppState } from './app-store.ts';

/** Live-workshop actions on the document; thin calls of shared/workshop edits. */
export type WorkshopSlice = {
  /** Adds a comment on a flow or task, stamped with a new id and the current time. */
  addComment: (fields: Omit<Comment, 'id' | 'createdAt'>) => void;
};

export const createWorkshopSlice: StateCreator<AppState, [], [], WorkshopSlice> = (_set, get) => ({
  addComment(fields) {
    get().editDocument((doc) =>
      addComment(doc, { ...fields, id: newId(), createdAt: new Date().toISOString() }),
    );
  },
});
