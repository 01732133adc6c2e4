import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { writeDocumentChange } from '../../../shared/workshop/ydoc-change.ts';
import { writeDocumentToYDoc } from '../../../shared/workshop/ydoc.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { arbitraryDocument } from './core-fixtures.ts';
import { read, replicaOf } from './core-support.ts';

/** A few local edits of the worked example: fields, additions, removals, moves. */
const localEdit: fc.Arbitrary<(doc: ProjectDocument) => void> = fc.oneof(
  fc.integer({ min: 1, max: 10 }).map((v) => (d: ProjectDocument) => {
    d.decision.scores[2]!.value = v;
  }),
  fc.constant((d: ProjectDocument) => void d.rollout.risks.splice(1, 1)),
  fc.constant((d: ProjectDocument) => {
    const [task] = d.rollout.tasks.splice(4, 1);
    d.rollout.tasks.splice(0, 0, task!);
  }),
  fc.constant((d: ProjectDocument) => {
    d.rollout.risks.splice(2, 0, { ...d.rollout.risks[0]!, id: 'risk-local', text: 'Local' });
  }),
  fc.constant((d: ProjectDocument) => {
    d.comments = [
      {
        id: 'c-local',
        targetKind: 'task',
        targetId: d.rollout.tasks[0]!.id,
        authorRaterId: null,
        authorName: 'Lead',
        text: 'Local comment',
        createdAt: '2027-01-01T00:00:00Z',
      },
    ];
  }),
  fc.string({ maxLength: 20 }).map((t) => (d: ProjectDocument) => void (d.meta.title = t)),
);

describe('writeDocumentChange', () => {
  it('turns previous into next when nothing else changed (property)', () => {
    fc.assert(
      fc.property(arbitraryDocument, arbitraryDocument, (a, c) => {
        const ydoc = new Y.Doc();
        writeDocumentToYDoc(ydoc, a);
        writeDocumentChange(ydoc, a, c);
        expect(read(replicaOf(ydoc))).toEqual(c);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('applies local edits of the example and keeps remote edits the store has not seen (property)', () => {
    const example = exampleDocument();
    fc.assert(
      // Each kind of edit at most once (two insertions of one new risk would duplicate its id).
      fc.property(
        fc.uniqueArray(localEdit, { minLength: 1, maxLength: 4, selector: (e) => e.toString() }),
        (edits) => {
          const ydoc = new Y.Doc();
          writeDocumentToYDoc(ydoc, example);
          // A remote edit arrives: another score, a system's name, a new risk at the end.
          const remote = replicaOf(ydoc);
          const remoteDoc = structuredClone(example);
          remoteDoc.decision.scores[5]!.value = 1;
          remoteDoc.flows.systems[0]!.name = 'Remote ERP';
          remoteDoc.rollout.risks.push({ ...remoteDoc.rollout.risks[0]!, id: 'risk-remote' });
          writeDocumentToYDoc(remote, remoteDoc);
          Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(remote));
          // The local edit is computed from the store's stale document.
          const next = structuredClone(example);
          edits.forEach((edit) => edit(next));
          writeDocumentChange(ydoc, example, next, 'local');
          const merged = read(replicaOf(ydoc));
          expect(merged.decision.scores[5]!.value).toBe(1);
          expect(merged.flows.systems[0]!.name).toBe('Remote ERP');
          expect(merged.rollout.risks.some((r) => r.id === 'risk-remote')).toBe(true);
          const withoutRemote = (d: ProjectDocument) => ({
            ...d,
            decision: { ...d.decision, scores: d.decision.scores.filter((_, i) => i !== 5) },
            flows: { ...d.flows, systems: d.flows.systems.slice(1) },
            rollout: { ...d.rollout, risks: d.rollout.risks.filter((r) => r.id !== 'risk-remote') },
          });
          expect(withoutRemote(merged)).toEqual(withoutRemote(next));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps a remote edit of another field of an entity the local edit changed', () => {
    const example = exampleDocument();
    const ydoc = new Y.Doc();
    writeDocumentToYDoc(ydoc, example);
    const remote = replicaOf(ydoc);
    const remoteDoc = structuredClone(example);
    remoteDoc.flows.systems[0]!.name = 'Remote ERP';
    writeDocumentChange(remote, example, remoteDoc, 'remote');
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(remote));
    // The store has not read the rename yet: its edit of the same system's product is stale.
    const next = structuredClone(example);
    next.flows.systems[0]!.product = 'Local product';
    writeDocumentChange(ydoc, example, next, 'local');
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(ydoc));
    for (const replica of [ydoc, remote]) {
      const system = read(replicaOf(replica)).flows.systems[0]!;
      expect(system.name).toBe('Remote ERP');
      expect(system.product).toBe('Local product');
    }
  });

  it('writes nothing for an unchanged document, and one small update for one score', () => {
    const example = exampleDocument();
    const ydoc = new Y.Doc();
    writeDocumentToYDoc(ydoc, example);
    const updates: Uint8Array[] = [];
    ydoc.on('update', (u: Uint8Array) => updates.push(u));
    writeDocumentChange(ydoc, example, structuredClone(example));
    expect(updates).toEqual([]);
    const next = structuredClone(example);
    next.decision.scores[0]!.value = 4;
    writeDocumentChange(ydoc, example, next);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(120);
  });
});
