import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import {
  pairTallies,
  SAATY_VALUES,
  scoreTallies,
  voteItemId,
  weightTallies,
} from '../../../shared/workshop/live-votes.ts';
import { itemKeysOf } from '../../../shared/workshop/session.ts';
import { blankDocument, exampleDocument } from '../shared/fixtures.ts';

/**
 * Live vote statistics against published worked examples: Wikipedia's AHP leader example (one
 * board, CR 0.044), Aczél & Saaty's geometric mean (√(9 × 1) = 3), and hand-computed means.
 */

type Decision = ProjectDocument['decision'];
const criterion = (id: string, parentId: string | null = null) => ({
  id,
  name: id,
  builtin: '',
  parentId,
  direction: 'benefit' as const,
  unit: '',
  scale: 'rating' as const,
  scope: 'option' as const,
});
const rater = (id: string) => ({ id, name: id, department: 'it' as const });

/** A blank project with the given criteria, raters and inputs (option scope). */
function withDecision(patch: Partial<Decision>): ProjectDocument {
  const doc = blankDocument();
  return { ...doc, decision: { ...doc.decision, criteria: [], raters: [], ...patch } };
}

const leader = ['experience', 'education', 'charisma', 'age'];
/** The board's judgements of the Wikipedia leader example, upper triangle row by row. */
const leaderValues = [4, 3, 7, 1 / 3, 3, 5];
function leaderJudgements(raterId: string) {
  const out: Decision['judgements'] = [];
  let k = 0;
  for (let i = 0; i < leader.length; i++)
    for (let j = i + 1; j < leader.length; j++)
      out.push({
        id: `${raterId}-${i}-${j}`,
        raterId,
        rowId: leader[i]!,
        colId: leader[j]!,
        value: leaderValues[k++]!,
      });
  return out;
}

describe('pairTallies', () => {
  it('is the leader example when two board members judge alike (Wikipedia: CR 0.044)', () => {
    // Source: https://en.wikipedia.org/wiki/Analytic_hierarchy_process_–_leader_example
    const doc = withDecision({
      criteria: leader.map((id) => criterion(id)),
      raters: [rater('r1'), rater('r2'), rater('r3')],
      judgements: [...leaderJudgements('r1'), ...leaderJudgements('r2')],
    });
    const tallies = pairTallies(doc, 'option');
    expect(tallies).toHaveLength(6);
    tallies.forEach((t, k) => {
      expect(t.votes.map((v) => v.raterId)).toEqual(['r1', 'r2']);
      expect(t.raterCount).toBe(3);
      expect(t.result).toBeCloseTo(leaderValues[k]!, 12);
      expect(t.consistencyRatio).toBeCloseTo(0.044, 3);
      expect(t.isConsistent).toBe(true);
      expect(t.consensus).toBeCloseTo(1, 9);
      expect(t.raterConsistency.map((c) => c.consistencyRatio)).toEqual([
        expect.closeTo(0.044, 3),
        expect.closeTo(0.044, 3),
      ]);
    });
    const experienceVsAge = tallies.find((t) => t.colId === 'age' && t.rowId === 'experience')!;
    expect(experienceVsAge.bins.find((b) => b.value === 7)!.count).toBe(2);
  });

  it('takes the geometric mean of the voters (Aczél & Saaty 1983: 9 and 1 → 3)', () => {
    const doc = withDecision({
      criteria: [criterion('a'), criterion('b')],
      raters: [rater('r1'), rater('r2'), rater('r3'), rater('r4')],
      judgements: [
        { id: 'j1', raterId: 'r1', rowId: 'a', colId: 'b', value: 9 },
        // Given the other way round: b is as important as a.
        { id: 'j2', raterId: 'r2', rowId: 'b', colId: 'a', value: 1 },
      ],
    });
    const [tally] = pairTallies(doc, 'option');
    expect(tally).toMatchObject({ rowId: 'a', colId: 'b', raterCount: 4 });
    expect(tally!.votes).toEqual([
      { raterId: 'r1', value: 9 },
      { raterId: 'r2', value: 1 },
    ]);
    expect(tally!.result).toBeCloseTo(3, 12);
    // Two criteria are always consistent: there is no CR to show.
    expect(tally!.consistencyRatio).toBeNull();
    expect(tally!.bins.map((b) => b.count)).toEqual(
      SAATY_VALUES.map((v) => (v === 9 || v === 1 ? 1 : 0)),
    );
  });

  it('orients a judgement given column-first as the item (b over a by 3 → a vs b = 1/3)', () => {
    const doc = withDecision({
      criteria: [criterion('a'), criterion('b'), criterion('c')],
      raters: [rater('r1')],
      judgements: [{ id: 'j1', raterId: 'r1', rowId: 'b', colId: 'a', value: 3 }],
    });
    const ab = pairTallies(doc, 'option').find((t) => t.colId === 'b')!;
    expect(ab.votes).toEqual([{ raterId: 'r1', value: 1 / 3 }]);
    expect(ab.result).toBeCloseTo(1 / 3, 12);
    expect(ab.bins.find((b) => Math.abs(b.value - 1 / 3) < 1e-9)!.count).toBe(1);
    expect(ab.id).toBe(voteItemId({ kind: 'pair', scope: 'option', rowId: 'b', colId: 'a' }));
  });

  it('shows the CR change as a voter contradicts the leader example', () => {
    const judgements = leaderJudgements('r1');
    const before = pairTallies(
      withDecision({
        criteria: leader.map((id) => criterion(id)),
        raters: [rater('r1')],
        judgements,
      }),
      'option',
    );
    // Age over experience by 9: the opposite of the board's 7 in favour of experience.
    const contradicted = judgements.map((j) =>
      j.rowId === 'experience' && j.colId === 'age' ? { ...j, value: 1 / 9 } : j,
    );
    const after = pairTallies(
      withDecision({
        criteria: leader.map((id) => criterion(id)),
        raters: [rater('r1')],
        judgements: contradicted,
      }),
      'option',
    );
    expect(before[0]!.isConsistent).toBe(true);
    expect(after[0]!.consistencyRatio!).toBeGreaterThan(0.1);
    expect(after[0]!.isConsistent).toBe(false);
  });

  it.each([
    { name: 'nobody judged', judgements: [] },
    {
      name: 'only an unknown rater judged',
      judgements: [{ id: 'j', raterId: 'ghost', rowId: 'a', colId: 'b', value: 5 }],
    },
  ])('has every pair with no votes when $name', ({ judgements }) => {
    const doc = withDecision({
      criteria: [criterion('a'), criterion('b'), criterion('c')],
      raters: [rater('r1')],
      judgements,
    });
    const tallies = pairTallies(doc, 'option');
    expect(tallies.map((t) => [t.rowId, t.colId])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    for (const t of tallies) {
      expect(t.votes).toEqual([]);
      expect(t.result).toBeNull();
      expect(t.bins.every((b) => b.count === 0)).toBe(true);
    }
  });

  it('lists pairs per sibling group only, never across parents', () => {
    const doc = withDecision({
      criteria: [
        criterion('p'),
        criterion('q'),
        criterion('p1', 'p'),
        criterion('p2', 'p'),
        criterion('q1', 'q'),
      ],
      raters: [rater('r1')],
    });
    expect(pairTallies(doc, 'option').map((t) => [t.parentId, t.rowId, t.colId])).toEqual([
      [null, 'p', 'q'],
      ['p', 'p1', 'p2'],
    ]);
  });

  it('counts the worked example: all four raters judged the option criteria', () => {
    const doc = exampleDocument();
    const tallies = pairTallies(doc, 'option');
    expect(tallies).toHaveLength(10); // 5 criteria → 5·4/2 pairs
    const judged = new Set(doc.decision.judgements.map((j) => j.raterId));
    expect(Math.max(...tallies.map((t) => t.votes.length))).toBe(judged.size);
    for (const t of tallies) expect(t.raterCount).toBe(doc.decision.raters.length);
  });
});

describe('weightTallies', () => {
  it('averages the voters’ normalised shares (50/30/20 and 20/30/50 → 35/30/35 %)', () => {
    const weight = (raterId: string, criterionId: string, value: number) => ({
      id: `${raterId}-${criterionId}`,
      raterId,
      criterionId,
      value,
    });
    const doc = withDecision({
      criteria: [criterion('a'), criterion('b'), criterion('c')],
      raters: [rater('r1'), rater('r2'), rater('r3')],
      weights: [
        weight('r1', 'a', 50),
        weight('r1', 'b', 30),
        weight('r1', 'c', 20),
        weight('r2', 'a', 2),
        weight('r2', 'b', 3),
        weight('r2', 'c', 5),
      ],
      weightMethod: 'ahp', // the tallies are of the direct weights whatever the method
    });
    const tallies = weightTallies(doc, 'option');
    expect(tallies.map((t) => t.result)).toEqual([
      expect.closeTo(0.35, 12),
      expect.closeTo(0.3, 12),
      expect.closeTo(0.35, 12),
    ]);
    expect(tallies[0]!.votes.map((v) => v.raterId)).toEqual(['r1', 'r2']);
    expect(tallies[0]!.votes[0]!.value).toBeCloseTo(0.5, 12);
    expect(tallies[0]!.votes[1]!.value).toBeCloseTo(0.2, 12);
    expect(tallies[0]!.raterCount).toBe(3);
    expect(tallies[1]!.bins).toHaveLength(1);
    expect(tallies[1]!.bins[0]!.count).toBe(2);
    expect(tallies[1]!.bins[0]!.value).toBeCloseTo(0.3, 12);
  });
});

describe('scoreTallies', () => {
  it('takes the arithmetic mean and the spread of a cell (7, 8, 9 → 8, σ = √(2/3))', () => {
    const doc = withDecision({
      criteria: [criterion('a')],
      candidates: [
        { id: 'saas', name: 'SaaS', archetype: 'saas', vendorId: null, description: '' },
      ],
      raters: [rater('r1'), rater('r2'), rater('r3'), rater('r4')],
      scores: [7, 8, 9].map((value, i) => ({
        id: `s${i}`,
        raterId: `r${i + 1}`,
        subjectId: 'saas',
        criterionId: 'a',
        value,
        low: null,
        high: null,
        note: '',
      })),
    });
    const [tally] = scoreTallies(doc, 'option');
    expect(tally).toMatchObject({ subjectId: 'saas', criterionId: 'a', raterCount: 4 });
    expect(tally!.votes.map((v) => v.value)).toEqual([7, 8, 9]);
    expect(tally!.result).toBeCloseTo(8, 12);
    expect(tally!.standardDeviation).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(tally!.bins.map((b) => b.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tally!.bins.filter((b) => b.count === 1).map((b) => b.value)).toEqual([7, 8, 9]);
  });

  it('has a tally per candidate and leaf criterion of the worked example', () => {
    const doc = exampleDocument();
    const tallies = scoreTallies(doc, 'option');
    const leaves = doc.decision.criteria.filter((c) => c.scope === 'option').length;
    expect(tallies).toHaveLength(doc.decision.candidates.length * leaves);
    const scored = tallies.filter((t) => t.result !== null);
    expect(scored.length).toBeGreaterThan(0);
    for (const t of scored) {
      const mean = t.votes.reduce((s, v) => s + v.value, 0) / t.votes.length;
      expect(t.result).toBeCloseTo(mean, 12);
    }
  });
});

describe('voteItemId', () => {
  it.each([
    [{ kind: 'pair', scope: 'option', rowId: 'b', colId: 'a' } as const, 'a/b'],
    [{ kind: 'weight', scope: 'vendor', criterionId: 'c' } as const, 'c'],
    [{ kind: 'score', scope: 'option', subjectId: 's', criterionId: 'c' } as const, 's/c'],
  ])('keys %o as %s', (key, id) => expect(voteItemId(key)).toBe(id));

  it.each([
    [
      'judgement',
      { kind: 'pair', scope: 'option', rowId: 'b', colId: 'a' } as const,
      { rowId: 'b', colId: 'a' },
    ],
    [
      'judgement',
      { kind: 'pair', scope: 'option', rowId: 'a', colId: 'b' } as const,
      { rowId: 'b', colId: 'a' },
    ],
    [
      'weight',
      { kind: 'weight', scope: 'option', criterionId: 'c' } as const,
      { criterionId: 'c' },
    ],
    [
      'score',
      { kind: 'score', scope: 'option', subjectId: 's', criterionId: 'c' } as const,
      { subjectId: 's', criterionId: 'c' },
    ],
  ] as const)('is one of the keys the server locks a %s by', (kind, key, entity) => {
    expect(itemKeysOf(kind, entity)).toContain(voteItemId(key));
  });
});
