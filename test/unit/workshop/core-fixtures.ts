import fc from 'fast-check';
import { parseProjectValue } from '../../../shared/model/parse.ts';
import type { Comment, ProjectDocument } from '../../../shared/model/schema.ts';
import { arbitraryFlows } from '../flows/flow-fixtures.ts';
import { blankDocument, exampleDocument } from '../shared/fixtures.ts';

/**
 * Generated valid project documents for the workshop tests: the shipped templates (both
 * languages), optionally with a random diagram (the flow tests' `arbitraryFlows`), every entity
 * collection shuffled, leaf collections thinned, comments added, text and numbers edited — then
 * kept only if the project parser accepts them, so every case is a document a user could open.
 */

const bases = {
  'example-en': exampleDocument('en'),
  'example-zh': exampleDocument('zh-CN'),
  blank: blankDocument('en'),
} as const;

/** Unicode text (well-formed: Yjs sends strings as UTF-8, see the README's limits). */
const anyText = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: max / 4 }),
      fc.constantFrom('华欣食品 "追溯" 对接', 'a"b\\c\n\td', '🧀🥛 lot', '</script>', ''),
    )
    .filter((s) => s.length <= max);

const comment: fc.Arbitrary<Comment> = fc.record({
  id: fc.uuid(),
  targetKind: fc.constantFrom('flow', 'task'),
  targetId: fc.constantFrom('flow-1', 'task-x', 'a.b:c'),
  authorRaterId: fc.option(fc.constantFrom('rater-qc', 'r-1'), { nil: null }),
  authorName: anyText(200),
  text: anyText(2000),
  createdAt: fc.constantFrom('2027-03-04T05:06:07.000Z', '2026-11-30T10:00:00+08:00'),
});

/** A deterministic shuffle driven by one generated seed (Park–Miller steps). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = (seed % 2147483646) + 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 16807) % 2147483647;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const keepSome = <T>(items: readonly T[], seed: number, keep: boolean): T[] =>
  keep ? [...items] : items.filter((_, i) => (seed >> (i % 24)) % 3 !== 0);

export const arbitraryDocument: fc.Arbitrary<ProjectDocument> = fc
  .record({
    base: fc.constantFrom(...(Object.keys(bases) as (keyof typeof bases)[])),
    flows: fc.option(arbitraryFlows, { nil: undefined }),
    seed: fc.nat({ max: 2 ** 30 }),
    keepAll: fc.boolean(),
    comments: fc.option(fc.uniqueArray(comment, { maxLength: 4, selector: (c) => c.id }), {
      nil: undefined,
    }),
    title: anyText(200),
    notes: anyText(500),
    horizonYears: fc.integer({ min: 1, max: 30 }),
    discountRate: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
    scoreValue: fc.option(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0),
      {
        nil: null,
      },
    ),
  })
  .map((g) => {
    const doc: ProjectDocument = structuredClone(bases[g.base]);
    doc.meta = { ...doc.meta, title: g.title, notes: g.notes };
    if (g.flows) doc.flows = g.flows;
    if (g.comments) doc.comments = g.comments;
    const d = doc.decision;
    d.horizonYears = g.horizonYears;
    d.discountRate = g.discountRate;
    const firstScore = d.scores[0];
    if (firstScore) firstScore.value = g.scoreValue;
    d.criteria = shuffled(d.criteria, g.seed);
    d.candidates = shuffled(d.candidates, g.seed + 1);
    d.raters = shuffled(d.raters, g.seed + 2);
    d.scores = shuffled(keepSome(d.scores, g.seed, g.keepAll), g.seed + 3);
    d.weights = shuffled(keepSome(d.weights, g.seed + 4, g.keepAll), g.seed + 4);
    d.judgements = keepSome(d.judgements, g.seed + 5, g.keepAll);
    doc.audit.answers = shuffled(keepSome(doc.audit.answers, g.seed, g.keepAll), g.seed + 6);
    doc.flows.systems = shuffled(doc.flows.systems, g.seed + 7);
    doc.rollout.tasks = shuffled(doc.rollout.tasks, g.seed + 8);
    doc.rollout.risks = keepSome(doc.rollout.risks, g.seed + 9, g.keepAll);
    return doc;
  })
  .filter((doc) => parseProjectValue(doc).ok)
  .map((doc) => {
    const parsed = parseProjectValue(doc);
    if (!parsed.ok) throw new Error('filtered above');
    return parsed.document;
  });
