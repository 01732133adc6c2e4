import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store.ts';
import { bindStoreToYDoc } from '../../../renderer/store/workshop-binding.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { writeDocumentToYDoc } from '../../../shared/workshop/ydoc.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { read } from './core-support.ts';

/**
 * The store ↔ Y.Doc binding with real Y.Docs and the real mapping (shared/workshop/ydoc.ts, ydoc-change.ts):
 * two clients whose updates are relayed to each other as a Hocuspocus server would.
 */

const RELAY = 'relay';

/** Two Y.Docs that forward every update to each other, like two clients of one room. */
function connectedDocs(doc: ProjectDocument) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  writeDocumentToYDoc(a, doc, 'seed');
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), RELAY);
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== RELAY) Y.applyUpdate(b, update, RELAY);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== RELAY) Y.applyUpdate(a, update, RELAY);
  });
  return { a, b };
}

const scoreOf = (
  doc: ProjectDocument | null,
  raterId: string,
  subjectId: string,
  criterionId: string,
) =>
  doc?.decision.scores.find(
    (s) => s.raterId === raterId && s.subjectId === subjectId && s.criterionId === criterionId,
  )?.value ?? null;

const IT = { raterId: 'rater-it', subjectId: 'cand-saas', criterionId: 'crit-data-security' };
const QC = { raterId: 'rater-qc', subjectId: 'cand-saas', criterionId: 'crit-scalability' };
const pastSteps = (store: AppStore) => store.temporal.getState().pastStates.length;

describe('bindStoreToYDoc', () => {
  it('opens the shared document in the store with a fresh history', () => {
    const { a } = connectedDocs(exampleDocument());
    const store = createAppStore();
    store.getState().openDocument(exampleDocument(), null);
    store.getState().setScore(IT, { value: 1 });
    expect(pastSteps(store)).toBe(1);
    bindStoreToYDoc(store, a);
    expect(store.getState().doc).toEqual(read(a));
    expect(pastSteps(store)).toBe(0);
  });

  it('writes a local edit to the Y.Doc, where the other client reads it', () => {
    const { a, b } = connectedDocs(exampleDocument());
    const store = createAppStore();
    const binding = bindStoreToYDoc(store, a);
    const origins: unknown[] = [];
    a.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    store.getState().setScore(IT, { value: 9 });
    expect(scoreOf(read(b), IT.raterId, IT.subjectId, IT.criterionId)).toBe(9);
    expect(origins).toEqual([binding.origin]);
  });

  it('takes a remote edit into the store without recording an undo step', () => {
    const { a, b } = connectedDocs(exampleDocument());
    const store = createAppStore();
    bindStoreToYDoc(store, a);
    const before = store.getState().doc;
    const remote = read(b);
    writeDocumentToYDoc(
      b,
      {
        ...remote,
        decision: {
          ...remote.decision,
          scores: remote.decision.scores.map((s) =>
            s.raterId === QC.raterId &&
            s.subjectId === QC.subjectId &&
            s.criterionId === QC.criterionId
              ? { ...s, value: 2 }
              : s,
          ),
        },
      },
      'other-client',
    );
    expect(store.getState().doc).not.toBe(before);
    expect(scoreOf(store.getState().doc, QC.raterId, QC.subjectId, QC.criterionId)).toBe(2);
    expect(pastSteps(store)).toBe(0);
    // Nothing of this client's to undo: the remote edit stays.
    store.getState().undo();
    expect(scoreOf(store.getState().doc, QC.raterId, QC.subjectId, QC.criterionId)).toBe(2);
  });

  it('undoes only this person’s own edit, on both clients', () => {
    const { a, b } = connectedDocs(exampleDocument());
    const alice = createAppStore();
    const bob = createAppStore();
    bindStoreToYDoc(alice, a);
    bindStoreToYDoc(bob, b);
    const itBefore = scoreOf(alice.getState().doc, IT.raterId, IT.subjectId, IT.criterionId);
    alice.getState().setScore(IT, { value: 10 });
    bob.getState().setScore(QC, { value: 3 });
    expect(scoreOf(alice.getState().doc, QC.raterId, QC.subjectId, QC.criterionId)).toBe(3);

    alice.getState().undo();
    for (const store of [alice, bob]) {
      expect(scoreOf(store.getState().doc, IT.raterId, IT.subjectId, IT.criterionId)).toBe(
        itBefore,
      );
      expect(scoreOf(store.getState().doc, QC.raterId, QC.subjectId, QC.criterionId)).toBe(3);
    }
    alice.getState().redo();
    expect(scoreOf(bob.getState().doc, IT.raterId, IT.subjectId, IT.criterionId)).toBe(10);
    expect(read(a)).toEqual(read(b));
  });

  it('gives undo back to zundo, with an empty history, when the session ends', () => {
    const { a, b } = connectedDocs(exampleDocument());
    const store = createAppStore();
    const binding = bindStoreToYDoc(store, a);
    store.getState().setScore(IT, { value: 4 });
    binding.unbind();
    expect(pastSteps(store)).toBe(0);
    store.getState().setScore(IT, { value: 5 });
    // Alone again: the edit stays local, and zundo undoes it.
    expect(scoreOf(read(b), IT.raterId, IT.subjectId, IT.criterionId)).toBe(4);
    expect(pastSteps(store)).toBe(1);
    store.getState().undo();
    expect(scoreOf(store.getState().doc, IT.raterId, IT.subjectId, IT.criterionId)).toBe(4);
  });
});
