import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serializeProject } from '../../../shared/model/serialize.ts';
import {
  POSITION_KEY,
  readDocumentFromYDoc,
  writeDocumentToYDoc,
} from '../../../shared/workshop/ydoc.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { arbitraryDocument } from './core-fixtures.ts';
import { read, replicaOf } from './core-support.ts';

/** The update bytes one write produces (empty when it changed nothing). */
function updatesOf(ydoc: Y.Doc, write: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  ydoc.on('update', listener);
  write();
  ydoc.off('update', listener);
  return updates;
}

describe('the workshop Y.Doc mapping (property)', () => {
  it('any valid document → Y.Doc → (over the wire) → document is identical', () => {
    fc.assert(
      fc.property(arbitraryDocument, (doc) => {
        const ydoc = new Y.Doc();
        writeDocumentToYDoc(ydoc, doc);
        const back = read(replicaOf(ydoc));
        expect(back).toEqual(doc);
        expect(serializeProject(back)).toBe(serializeProject(doc));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('writing B over A gives B, and writing B again changes nothing', () => {
    fc.assert(
      fc.property(arbitraryDocument, arbitraryDocument, (a, b) => {
        const ydoc = new Y.Doc();
        writeDocumentToYDoc(ydoc, a);
        writeDocumentToYDoc(ydoc, b);
        expect(read(replicaOf(ydoc))).toEqual(b);
        expect(updatesOf(ydoc, () => writeDocumentToYDoc(ydoc, b))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('minimal-diff writes', () => {
  const example = exampleDocument();

  it('one changed score is one small update that touches only that score', () => {
    const ydoc = new Y.Doc();
    writeDocumentToYDoc(ydoc, example);
    const next = structuredClone(example);
    const score = next.decision.scores[3]!;
    score.value = 7;
    const changed: string[] = [];
    ydoc.getMap('decision.scores').observeDeep((events) => {
      for (const event of events) changed.push(String(event.path.join('/') || 'root'));
    });
    const updates = updatesOf(ydoc, () => writeDocumentToYDoc(ydoc, next, 'me'));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(120);
    expect(changed).toEqual([score.id]);
    expect(read(ydoc)).toEqual(next);
  });

  it('moving one task moves only that task; the others keep their positions', () => {
    const ydoc = new Y.Doc();
    writeDocumentToYDoc(ydoc, example);
    const tasks = ydoc.getMap<Y.Map<unknown>>('rollout.tasks');
    const before = new Map([...tasks.entries()].map(([id, t]) => [id, t.get(POSITION_KEY)]));
    const next = structuredClone(example);
    const [moved] = next.rollout.tasks.splice(5, 1);
    next.rollout.tasks.splice(1, 0, moved!);
    writeDocumentToYDoc(ydoc, next);
    const changed = [...tasks.entries()].filter(
      ([id, t]) => t.get(POSITION_KEY) !== before.get(id),
    );
    expect(changed.map(([id]) => id)).toEqual([moved!.id]);
    expect(read(ydoc).rollout.tasks.map((t) => t.id)).toEqual(next.rollout.tasks.map((t) => t.id));
  });

  it('concurrent edits of different entities and different fields all survive', () => {
    const base = new Y.Doc();
    writeDocumentToYDoc(base, example);
    const [a, b] = [replicaOf(base), replicaOf(base)];
    const docA = structuredClone(example);
    docA.decision.scores[0]!.value = 2;
    docA.flows.systems[0]!.name = 'ERP (A)';
    const docB = structuredClone(example);
    docB.decision.scores[1]!.value = 9;
    docB.flows.systems[0]!.product = 'SAP (B)';
    const newRisk = { ...docB.rollout.risks[0]!, id: 'risk-from-b', text: 'B' };
    docB.rollout.risks.splice(1, 0, newRisk);
    writeDocumentToYDoc(a, docA);
    writeDocumentToYDoc(b, docB);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = read(a);
    expect(read(b)).toEqual(merged);
    expect(merged.decision.scores[0]!.value).toBe(2);
    expect(merged.decision.scores[1]!.value).toBe(9);
    expect(merged.flows.systems[0]).toMatchObject({ name: 'ERP (A)', product: 'SAP (B)' });
    expect(merged.rollout.risks[1]!.id).toBe('risk-from-b');
  });

  it('comments: absent, empty and present stay distinct', () => {
    for (const comments of [undefined, [], [commentOf('c1')]]) {
      const doc = { ...example, comments };
      if (comments === undefined) delete doc.comments;
      const ydoc = new Y.Doc();
      writeDocumentToYDoc(ydoc, { ...example, comments: [commentOf('old')] });
      writeDocumentToYDoc(ydoc, doc);
      expect(read(replicaOf(ydoc))).toEqual(doc);
    }
  });
});

describe('readDocumentFromYDoc refuses what is not a valid document', () => {
  const cases: { name: string; forge: (ydoc: Y.Doc) => void; pointer: RegExp }[] = [
    {
      name: 'an empty Y.Doc',
      forge: (ydoc) => ydoc.getMap('project').clear(),
      pointer: /^\/(schemaVersion|id)$/,
    },
    {
      name: 'a score out of range',
      forge: (ydoc) => {
        const [first] = ydoc.getMap<Y.Map<unknown>>('decision.judgements').values();
        first!.set('value', 42);
      },
      pointer: /^\/decision\/judgements\/\d+\/value$/,
    },
    {
      name: 'an unknown field on an entity',
      forge: (ydoc) => {
        const [first] = ydoc.getMap<Y.Map<unknown>>('decision.scores').values();
        first!.set('vaule', 3);
      },
      pointer: /^\/decision\/scores\/\d+\/vaule$/,
    },
    {
      name: 'a weight of a rater that does not exist',
      forge: (ydoc) => {
        const [first] = ydoc.getMap<Y.Map<unknown>>('decision.weights').values();
        first!.set('raterId', 'nobody');
      },
      pointer: /^\/decision\/weights\/\d+/,
    },
    {
      name: 'an unknown top-level type',
      forge: (ydoc) => ydoc.getMap('evil').set('x', 1),
      pointer: /^\/evil$/,
    },
  ];
  it.each(cases)('$name', ({ forge, pointer }) => {
    const ydoc = new Y.Doc();
    writeDocumentToYDoc(ydoc, exampleDocument());
    forge(ydoc);
    const result = readDocumentFromYDoc(ydoc);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.pointer)).toContainEqual(expect.stringMatching(pointer));
  });

  it('an entity stored under another id keeps the key as its id', () => {
    const ydoc = new Y.Doc();
    const doc = exampleDocument();
    writeDocumentToYDoc(ydoc, doc);
    const scores = ydoc.getMap<Y.Map<unknown>>('decision.scores');
    scores.get(doc.decision.scores[0]!.id)!.set('id', doc.decision.scores[1]!.id);
    expect(read(ydoc)).toEqual(doc);
  });
});

function commentOf(id: string) {
  return {
    id,
    targetKind: 'flow' as const,
    targetId: 'flow-1',
    authorRaterId: null,
    authorName: 'Facilitator',
    text: 'Why two-way?',
    createdAt: '2027-03-04T05:06:07.000Z',
  };
}
