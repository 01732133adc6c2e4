import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentAfterVotes, touchedTopLevel } from '../../../cli/workshop/vote-check.ts';
import { readDocumentFromYDoc, writeDocumentToYDoc } from '../../../shared/workshop/ydoc.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/**
 * The server's fast path for votes must decide exactly as parsing the whole document would:
 * whenever it returns a document, the full parse accepts the Y.Doc and gives the same document;
 * whenever the full parse refuses, the fast path has returned null.
 */

const example = exampleDocument();
const criteria = example.decision.criteria.map((c) => c.id);
const raters = example.decision.raters.map((r) => r.id);
const scores = example.decision.scores.map((s) => s.id);

type Change = (doc: Y.Doc) => void;
const entity = (doc: Y.Doc, map: string, id: string) => doc.getMap<Y.Map<unknown>>(map).get(id);

const value = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(null, 'seven', 1 / 9, 9.5, 100_000),
);

const change: fc.Arbitrary<Change> = fc.oneof(
  fc
    .record({ id: fc.constantFrom(...scores), value })
    .map((c) => (doc: Y.Doc) => entity(doc, 'decision.scores', c.id)?.set('value', c.value)),
  fc
    .record({
      id: fc.constantFrom('new-w', 'new-w2'),
      raterId: fc.constantFrom(...raters, 'ghost'),
      criterionId: fc.constantFrom(...criteria, 'no-criterion'),
      value,
      extra: fc.boolean(),
    })
    .map((c) => (doc: Y.Doc) => {
      const weight = new Y.Map<unknown>();
      weight.set('id', c.id);
      weight.set('raterId', c.raterId);
      weight.set('criterionId', c.criterionId);
      weight.set('value', c.value);
      weight.set('#pos', 1000);
      if (c.extra) weight.set('vaule', 1);
      doc.getMap('decision.weights').set(c.id, weight);
    }),
  fc.constantFrom(...scores).map((id) => (doc: Y.Doc) => doc.getMap('decision.scores').delete(id)),
  fc
    .constantFrom(...raters)
    .map((id) => (doc: Y.Doc) => entity(doc, 'decision.raters', id)?.set('name', 'Renamed')),
  fc.constant((doc: Y.Doc) => {
    const comment = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      id: 'c1',
      targetKind: 'flow',
      targetId: 'f',
      authorRaterId: raters[0]!,
      authorName: 'A',
      text: 'Hi',
      createdAt: '2027-01-01T00:00:00Z',
      '#pos': 0,
    }))
      comment.set(k, v);
    doc.getMap('comments').set('c1', comment);
    doc.getMap('project').set('comments', true);
  }),
  fc.constant((doc: Y.Doc) => doc.getMap('meta').set('title', 'Not a vote')),
);

describe('the vote fast path decides as the full parse does (property)', () => {
  it('for random changes of votes, raters, comments and other fields', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
        const shadow = new Y.Doc();
        writeDocumentToYDoc(shadow, example);
        let touched: ReturnType<typeof touchedTopLevel> | null = null;
        shadow.on('afterTransaction', (tr: Y.Transaction) => {
          touched = touchedTopLevel(shadow, tr);
        });
        shadow.transact(() => changes.forEach((c) => c(shadow)));
        const quick = documentAfterVotes(shadow, example, touched!);
        const full = readDocumentFromYDoc(shadow);
        if (quick !== null) {
          expect(full.ok).toBe(true);
          if (full.ok) expect(quick).toEqual(full.document);
        }
        if (!full.ok) expect(quick).toBeNull();
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
