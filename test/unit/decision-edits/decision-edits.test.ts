import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCandidate,
  addCriterion,
  addRater,
  addVendor,
  clearScore,
  removeCandidate,
  removeCriterion,
  removeRater,
  removeVendor,
  setScore,
  updateCandidate,
  updateCriterion,
  updateRater,
  updateVendor,
} from '../../../shared/decision/decision-edits.ts';
import {
  addCost,
  clearJudgement,
  moveInRankOrder,
  rankOrder,
  removeCost,
  setDiscountRate,
  setHorizonYears,
  setJudgement,
  setRanks,
  setWeightMethod,
  updateCost,
} from '../../../shared/decision/weight-edits.ts';
import { evaluateDecision } from '../../../shared/decision/evaluate.ts';
import { checkReferences } from '../../../shared/model/references.ts';
import type { Criterion, ProjectDocument } from '../../../shared/model/schema.ts';
import { blankDocument, deepFreeze, exampleDocument, sequentialIds } from '../shared/fixtures.ts';

/** The worked example, frozen: every edit must copy, never mutate. */
const example = () => deepFreeze(exampleDocument());
const d = (doc: ProjectDocument) => doc.decision;

const criterion = (fields: Partial<Criterion> & { id: string }): Criterion => ({
  name: 'New',
  builtin: '',
  parentId: null,
  direction: 'benefit',
  unit: '',
  scale: 'rating',
  scope: 'option',
  ...fields,
});

/** The example with sub-criteria under data security: residency and encryption. */
function withSubCriteria(): ProjectDocument {
  let doc: ProjectDocument = example();
  doc = addCriterion(doc, criterion({ id: 'sub-residency', parentId: 'crit-data-security' }));
  doc = addCriterion(doc, criterion({ id: 'sub-encryption', parentId: 'crit-data-security' }));
  doc = addCriterion(doc, criterion({ id: 'sub-tls', parentId: 'sub-encryption' }));
  return deepFreeze(doc);
}

describe('every edit keeps the document referentially valid', () => {
  const ids = sequentialIds('edit');
  const score = { raterId: 'rater-it', subjectId: 'cand-saas', criterionId: 'crit-scalability' };
  it.each<[string, (doc: ProjectDocument) => ProjectDocument]>([
    ['removeCandidate', (doc) => removeCandidate(doc, 'cand-saas')],
    ['removeVendor', (doc) => removeVendor(doc, 'vendor-cloudtrace')],
    ['removeCriterion (leaf)', (doc) => removeCriterion(doc, 'crit-initial-cost')],
    ['removeCriterion (parent)', (doc) => removeCriterion(doc, 'crit-data-security')],
    ['removeCriterion (middle)', (doc) => removeCriterion(doc, 'sub-encryption')],
    ['removeRater', (doc) => removeRater(doc, 'rater-qc')],
    [
      'move criterion to vendor scope',
      (doc) => updateCriterion(doc, 'crit-data-security', { scope: 'vendor' }),
    ],
    ['setScore', (doc) => setScore(doc, score, { value: 3, note: 'demo' }, ids)],
    ['clearScore', (doc) => clearScore(doc, score)],
    [
      'setJudgement',
      (doc) => setJudgement(doc, 'rater-qc', 'sub-tls', 'crit-initial-cost', 5, ids),
    ],
    [
      'moveInRankOrder',
      (doc) =>
        moveInRankOrder(
          doc,
          'rater-it',
          ['crit-initial-cost', 'crit-scalability'],
          'crit-scalability',
          -1,
          ids,
        ),
    ],
    ['removeCost', (doc) => removeCost(doc, 'cost-saas-licence')],
  ])('%s', (_, edit) => {
    const before = withSubCriteria();
    const after = edit(before);
    expect(after).not.toBe(before);
    expect(checkReferences(after)).toEqual([]);
  });
});

describe('candidates and vendors', () => {
  it('adds a candidate, drops an unknown vendor link, refuses a duplicate id', () => {
    const doc = example();
    const added = addCandidate(doc, {
      id: 'cand-new',
      name: 'D',
      archetype: 'ipaas',
      vendorId: 'no-such-vendor',
      description: '',
    });
    expect(d(added).candidates.at(-1)).toMatchObject({ id: 'cand-new', vendorId: null });
    expect(addCandidate(added, d(added).candidates.at(-1)!)).toBe(added);
  });

  it.each([
    { patch: { name: 'Renamed' }, changes: true },
    { patch: { archetype: 'custom' as const }, changes: true },
    { patch: { vendorId: 'vendor-linkhub' }, changes: true },
    { patch: { vendorId: null }, changes: true },
    { patch: { vendorId: 'no-such-vendor' }, changes: false },
  ])('updateCandidate $patch', ({ patch, changes }) => {
    const doc = example();
    const next = updateCandidate(doc, 'cand-saas', patch);
    if (!changes) return expect(next).toBe(doc);
    expect(d(next).candidates[0]).toMatchObject(patch);
  });

  it('unknown ids change nothing', () => {
    const doc = example();
    expect(updateCandidate(doc, 'nope', { name: 'x' })).toBe(doc);
    expect(removeCandidate(doc, 'nope')).toBe(doc);
    expect(updateVendor(doc, 'nope', { name: 'x' })).toBe(doc);
    expect(removeVendor(doc, 'nope')).toBe(doc);
  });

  it('removing a candidate removes its scores and costs, nothing else', () => {
    const doc = example();
    const next = removeCandidate(doc, 'cand-custom');
    expect(d(next).candidates.map((c) => c.id)).toEqual(['cand-saas', 'cand-ipaas']);
    expect(d(next).scores.some((s) => s.subjectId === 'cand-custom')).toBe(false);
    expect(d(next).costs.some((c) => c.candidateId === 'cand-custom')).toBe(false);
    expect(d(next).scores.length).toBe(
      d(doc).scores.filter((s) => s.subjectId !== 'cand-custom').length,
    );
  });

  it('removing a vendor unlinks its candidates and removes its scores', () => {
    const doc = addVendor(example(), { id: 'v-x', name: 'X', contact: '', notes: '' });
    expect(d(doc).vendors.at(-1)!.id).toBe('v-x');
    const next = removeVendor(doc, 'vendor-cloudtrace');
    expect(d(next).candidates.find((c) => c.id === 'cand-saas')!.vendorId).toBeNull();
    expect(d(next).scores.some((s) => s.subjectId === 'vendor-cloudtrace')).toBe(false);
  });
});

describe('criteria', () => {
  it.each([
    { what: 'unknown parent', parentId: 'nope' },
    { what: 'parent of the other scope', parentId: 'crit-references' },
  ])('addCriterion refuses an $what', ({ parentId }) => {
    const doc = example();
    expect(addCriterion(doc, criterion({ id: 'c-x', parentId }))).toBe(doc);
  });

  it.each([
    { what: 'itself', parentId: 'crit-data-security' },
    { what: 'its child', parentId: 'sub-encryption' },
    { what: 'its grandchild', parentId: 'sub-tls' },
  ])('updateCriterion refuses making a criterion the child of $what', ({ parentId }) => {
    const doc = withSubCriteria();
    expect(updateCriterion(doc, 'crit-data-security', { parentId })).toBe(doc);
  });

  it('renames, changes direction, scale and unit', () => {
    const next = updateCriterion(example(), 'crit-initial-cost', {
      name: 'Capex',
      scale: 'value',
      unit: 'CNY',
    });
    expect(d(next).criteria[0]).toMatchObject({ name: 'Capex', scale: 'value', unit: 'CNY' });
  });

  it('removing a parent re-parents its children to its own parent and keeps their data', () => {
    let doc = withSubCriteria();
    doc = setScore(
      doc,
      { raterId: 'rater-it', subjectId: 'cand-saas', criterionId: 'sub-tls' },
      { value: 7 },
      sequentialIds(),
    );
    const next = removeCriterion(doc, 'sub-encryption');
    expect(d(next).criteria.find((c) => c.id === 'sub-tls')!.parentId).toBe('crit-data-security');
    expect(d(next).scores.some((s) => s.criterionId === 'sub-tls')).toBe(true);
    const top = removeCriterion(next, 'crit-data-security');
    expect(
      d(top)
        .criteria.filter((c) => c.parentId === null)
        .map((c) => c.id),
    ).toContain('sub-tls');
  });

  it('removing a criterion removes its weights, judgements (either side) and scores', () => {
    const doc = example();
    const next = removeCriterion(doc, 'crit-initial-cost');
    const uses = (id: string) => [
      ...d(next).weights.filter((w) => w.criterionId === id),
      ...d(next).judgements.filter((j) => j.rowId === id || j.colId === id),
      ...d(next).scores.filter((s) => s.criterionId === id),
    ];
    expect(uses('crit-initial-cost')).toEqual([]);
    expect(d(doc).judgements.some((j) => j.colId === 'crit-initial-cost')).toBe(true);
    expect(d(next).criteria).toHaveLength(d(doc).criteria.length - 1);
  });

  it('moving a criterion to the other scope detaches it and drops old-scope scores', () => {
    const doc = withSubCriteria();
    const next = updateCriterion(doc, 'sub-encryption', { scope: 'vendor' });
    const moved = d(next).criteria.find((c) => c.id === 'sub-encryption')!;
    expect(moved).toMatchObject({ scope: 'vendor', parentId: null });
    expect(d(next).criteria.find((c) => c.id === 'sub-tls')!.parentId).toBe('crit-data-security');
  });
});

describe('raters', () => {
  it('adds, renames and removes a rater with everything they entered', () => {
    let doc: ProjectDocument = addRater(example(), { id: 'r-new', name: 'Li', department: 'it' });
    doc = updateRater(doc, 'r-new', { department: 'qc' });
    expect(d(doc).raters.at(-1)).toEqual({ id: 'r-new', name: 'Li', department: 'qc' });
    const next = removeRater(doc, 'rater-it');
    const left = [...d(next).weights, ...d(next).judgements, ...d(next).scores];
    expect(left.some((e) => e.raterId === 'rater-it')).toBe(false);
  });
});

describe('setScore and clearScore', () => {
  const key = { raterId: 'rater-qc', subjectId: 'cand-ipaas', criterionId: 'crit-scalability' };
  const ids = () => sequentialIds('score');

  it.each([
    { patch: { value: 4 }, expected: { value: 4 } },
    { patch: { low: 3, high: 6 }, expected: { low: 3, high: 6 } },
    { patch: { note: 'Vendor demo, 12 May' }, expected: { note: 'Vendor demo, 12 May' } },
    { patch: { value: null, note: 'pending' }, expected: { value: null, note: 'pending' } },
  ])('patches $patch, keeping the id', ({ patch, expected }) => {
    const doc = example();
    const before = d(doc).scores.find(
      (s) =>
        s.raterId === key.raterId &&
        s.subjectId === key.subjectId &&
        s.criterionId === key.criterionId,
    )!;
    const next = setScore(doc, key, patch, ids());
    const after = d(next).scores.find((s) => s.id === before.id)!;
    expect(after).toMatchObject({ ...key, ...expected });
    expect(d(next).scores).toHaveLength(d(doc).scores.length);
  });

  it.each([
    { what: 'NaN', patch: { value: Number.NaN } },
    { what: 'Infinity', patch: { high: Number.POSITIVE_INFINITY } },
  ])('refuses $what', ({ patch }) => {
    const doc = example();
    expect(setScore(doc, key, patch, ids())).toBe(doc);
  });

  it.each([
    { what: 'rater', key: { ...key, raterId: 'nope' } },
    { what: 'subject', key: { ...key, subjectId: 'nope' } },
    { what: 'criterion', key: { ...key, criterionId: 'nope' } },
  ])('refuses an unknown $what', ({ key: bad }) => {
    const doc = example();
    expect(setScore(doc, bad, { value: 5 }, ids())).toBe(doc);
  });

  it('creates a new score for a vendor, and removes it when emptied', () => {
    const doc = example();
    const vendorKey = {
      raterId: 'rater-it',
      subjectId: 'vendor-tracepro',
      criterionId: 'crit-references',
    };
    const before = d(doc).scores.length;
    const withScore = setScore(clearScore(doc, vendorKey), vendorKey, { value: 6 }, ids());
    expect(
      d(withScore).scores.find(
        (s) =>
          s.subjectId === 'vendor-tracepro' &&
          s.criterionId === 'crit-references' &&
          s.raterId === 'rater-it',
      )?.value,
    ).toBe(6);
    const emptied = setScore(withScore, vendorKey, { value: null }, ids());
    expect(
      d(emptied).scores.some(
        (s) =>
          s.subjectId === 'vendor-tracepro' &&
          s.criterionId === 'crit-references' &&
          s.raterId === 'rater-it',
      ),
    ).toBe(false);
    expect(d(emptied).scores.length).toBeLessThanOrEqual(before);
  });

  it('clearScore removes the score; clearing nothing changes nothing', () => {
    const doc = example();
    const next = clearScore(doc, key);
    expect(d(next).scores).toHaveLength(d(doc).scores.length - 1);
    expect(clearScore(next, key)).toBe(next);
  });
});

describe('setJudgement stores one direction per pair', () => {
  const ids = () => sequentialIds('j');
  const pair = (doc: ProjectDocument, a: string, b: string) =>
    d(doc).judgements.filter(
      (j) =>
        j.raterId === 'rater-it' &&
        ((j.rowId === a && j.colId === b) || (j.rowId === b && j.colId === a)),
    );

  it.each([
    { what: 'same orientation', row: 'crit-maintenance-cost', col: 'crit-initial-cost', value: 5 },
    {
      what: 'reciprocal pair',
      row: 'crit-initial-cost',
      col: 'crit-maintenance-cost',
      value: 1 / 3,
    },
  ])('replaces the judgement given the $what, keeping its id', ({ row, col, value }) => {
    const doc = example();
    const next = setJudgement(doc, 'rater-it', row, col, value, ids());
    const stored = pair(next, row, col);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: 'j-it-1', rowId: row, colId: col, value });
  });

  it.each([
    { value: 20, stored: 9 },
    { value: 0.01, stored: 1 / 9 },
    { value: 1, stored: 1 },
  ])('clamps $value to $stored', ({ value, stored }) => {
    const next = setJudgement(
      example(),
      'rater-qc',
      'crit-scalability',
      'crit-data-security',
      value,
      ids(),
    );
    expect(d(next).judgements.at(-1)).toMatchObject({ id: 'j-1', value: stored });
  });

  it.each([
    { what: 'zero', row: 'crit-scalability', col: 'crit-data-security', value: 0 },
    { what: 'NaN', row: 'crit-scalability', col: 'crit-data-security', value: Number.NaN },
    { what: 'the diagonal', row: 'crit-scalability', col: 'crit-scalability', value: 3 },
    { what: 'an unknown criterion', row: 'nope', col: 'crit-scalability', value: 3 },
  ])('ignores $what', ({ row, col, value }) => {
    const doc = example();
    expect(setJudgement(doc, 'rater-qc', row, col, value, ids())).toBe(doc);
  });

  it('clearJudgement removes the pair whichever way it was asked', () => {
    const doc = example();
    const next = clearJudgement(doc, 'rater-it', 'crit-initial-cost', 'crit-maintenance-cost');
    expect(pair(next, 'crit-initial-cost', 'crit-maintenance-cost')).toEqual([]);
    expect(clearJudgement(next, 'rater-it', 'crit-initial-cost', 'crit-maintenance-cost')).toBe(
      next,
    );
  });

  it('feeds the AHP: a setJudgement then its reciprocal gives the same priorities (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (v) => {
        const base = setWeightMethod(example(), 'ahp');
        const a = setJudgement(base, 'rater-it', 'crit-initial-cost', 'crit-scalability', v, ids());
        const b = setJudgement(
          base,
          'rater-it',
          'crit-scalability',
          'crit-initial-cost',
          1 / v,
          ids(),
        );
        const wa = evaluateDecision(a, { raterId: 'rater-it', samples: 0 }).weights.group;
        const wb = evaluateDecision(b, { raterId: 'rater-it', samples: 0 }).weights.group;
        for (const id of Object.keys(wa)) expect(wa[id]).toBeCloseTo(wb[id]!, 12);
      }),
      { numRuns: 9 },
    );
  });
});

describe('weight method and rank order', () => {
  const ids = () => sequentialIds('w');
  const siblings = ['crit-initial-cost', 'crit-maintenance-cost', 'crit-implementation-speed'];

  it.each(['direct', 'ahp', 'rank'] as const)('sets the method %s', (method) => {
    const doc = example();
    const next = setWeightMethod(doc, method);
    expect(d(next).weightMethod).toBe(method);
    if (method === 'direct') expect(next).toBe(doc);
  });

  it("switching direct → rank turns each rater's percentages into ranks (largest = 1)", () => {
    // rater-it: initial 15, maintenance 25, speed 15, security 25, scalability 20
    const next = setWeightMethod(example(), 'rank');
    const it = d(next)
      .weights.filter((w) => w.raterId === 'rater-it')
      .map((w) => w.value);
    expect(it).toEqual([3, 1, 3, 1, 2]);
  });

  it('switching rank → direct gives rank-order centroid percentages, ties sharing', () => {
    const ranked = setWeightMethod(example(), 'rank');
    const back = setWeightMethod(ranked, 'direct');
    // ROC for n = 5: 45.67, 25.67, 15.67, 9.00, 4.00 (%); ranks 1,1 share (45.67 + 25.67) / 2,
    // rank 2 takes 15.67, ranks 3,3 share (9 + 4) / 2.
    const it = d(back)
      .weights.filter((w) => w.raterId === 'rater-it')
      .map((w) => w.value);
    expect(it).toEqual([6.5, 35.7, 6.5, 35.7, 15.7]);
  });

  it('rankOrder reads weight values as ranks; unranked criteria go last', () => {
    const doc = blankDocument();
    expect(rankOrder(doc, 'nobody', siblings)).toEqual(siblings);
    const ranked = setRanks(
      example(),
      'rater-it',
      ['crit-implementation-speed', 'crit-initial-cost'],
      ids(),
    );
    expect(rankOrder(ranked, 'rater-it', siblings)).toEqual([
      'crit-implementation-speed',
      'crit-initial-cost',
      // 25 from the example's direct weights: still "ranked", after 1 and 2.
      'crit-maintenance-cost',
    ]);
  });

  it.each([
    {
      move: 'crit-maintenance-cost',
      delta: -1 as const,
      expected: [siblings[1], siblings[0], siblings[2]],
    },
    {
      move: 'crit-maintenance-cost',
      delta: 1 as const,
      expected: [siblings[0], siblings[2], siblings[1]],
    },
  ])('moves $move by $delta and stores ranks 1…n', ({ move, delta, expected }) => {
    const start = setRanks(example(), 'rater-qc', siblings, ids());
    const next = moveInRankOrder(start, 'rater-qc', siblings, move, delta, ids());
    expect(rankOrder(next, 'rater-qc', siblings)).toEqual(expected);
    const ranks = d(next).weights.filter(
      (w) => w.raterId === 'rater-qc' && siblings.includes(w.criterionId),
    );
    expect(ranks.map((w) => w.value).sort()).toEqual([1, 2, 3]);
  });

  it.each([
    { what: 'the first up', move: siblings[0]!, delta: -1 as const },
    { what: 'the last down', move: siblings[2]!, delta: 1 as const },
    { what: 'a criterion not among the siblings', move: 'crit-scalability', delta: 1 as const },
  ])('moving $what changes nothing', ({ move, delta }) => {
    const start = setRanks(example(), 'rater-qc', siblings, ids());
    expect(moveInRankOrder(start, 'rater-qc', siblings, move, delta, ids())).toBe(start);
  });
});

describe('costs, horizon and discount rate', () => {
  const cost = {
    id: 'c-new',
    candidateId: 'cand-saas',
    category: 'hosting' as const,
    kind: 'annual' as const,
    amount: 5000,
    note: '',
  };

  it.each([
    { what: 'a valid item', item: cost, added: true, amount: 5000 },
    { what: 'a negative amount (as 0)', item: { ...cost, amount: -3 }, added: true, amount: 0 },
    { what: 'a NaN amount', item: { ...cost, amount: Number.NaN }, added: false, amount: 0 },
    {
      what: 'an unknown candidate',
      item: { ...cost, candidateId: 'nope' },
      added: false,
      amount: 0,
    },
    { what: 'a duplicate id', item: { ...cost, id: 'cost-saas-licence' }, added: false, amount: 0 },
  ])('addCost with $what', ({ item, added, amount }) => {
    const doc = example();
    const next = addCost(doc, item);
    if (!added) return expect(next).toBe(doc);
    expect(d(next).costs.at(-1)).toMatchObject({ id: 'c-new', amount });
  });

  it.each([
    { patch: { amount: 1 }, changes: true },
    { patch: { kind: 'annual' as const }, changes: true },
    { patch: { amount: Number.NaN }, changes: false },
    { patch: { candidateId: 'nope' }, changes: false },
  ])('updateCost $patch', ({ patch, changes }) => {
    const doc = example();
    const next = updateCost(doc, 'cost-saas-licence', patch);
    if (!changes) return expect(next).toBe(doc);
    expect(d(next).costs[0]).toMatchObject(patch);
  });

  it('removes a cost item; unknown ids change nothing', () => {
    const doc = example();
    expect(d(removeCost(doc, 'cost-saas-licence')).costs).toHaveLength(d(doc).costs.length - 1);
    expect(removeCost(doc, 'nope')).toBe(doc);
  });

  it.each([
    { years: 5, expected: 5 },
    { years: 0, expected: 1 },
    { years: 99, expected: 30 },
    { years: 4.6, expected: 5 },
  ])('horizon $years → $expected', ({ years, expected }) => {
    expect(d(setHorizonYears(example(), years)).horizonYears).toBe(expected);
  });

  it.each([
    { rate: 0.08, expected: 0.08 },
    { rate: -1, expected: 0 },
    { rate: 3, expected: 1 },
  ])('discount rate $rate → $expected', ({ rate, expected }) => {
    expect(d(setDiscountRate(example(), rate)).discountRate).toBe(expected);
  });

  it('refuses NaN and returns the same document for no change', () => {
    const doc = example();
    expect(setHorizonYears(doc, Number.NaN)).toBe(doc);
    expect(setDiscountRate(doc, Number.NaN)).toBe(doc);
    expect(setHorizonYears(doc, doc.decision.horizonYears)).toBe(doc);
    expect(setDiscountRate(doc, doc.decision.discountRate)).toBe(doc);
  });
});
