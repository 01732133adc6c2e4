import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseAhp,
  nearestSaatyValue,
  orientJudgement,
  pairwiseMatrix,
  principalEigenvector,
  randomIndex,
  type PairwiseJudgement,
} from '../../../shared/decision/ahp.ts';

/** Judgements from the upper triangle of a matrix, row by row: a[0][1], a[0][2], …, a[1][2], … */
function upper(ids: string[], values: number[]): PairwiseJudgement[] {
  const out: PairwiseJudgement[] = [];
  let k = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++)
      out.push({ rowId: ids[i]!, colId: ids[j]!, value: values[k++]! });
  return out;
}

function ahp(ids: string[], values: number[]) {
  return analyseAhp(pairwiseMatrix(ids, upper(ids, values)));
}

describe('pairwiseMatrix', () => {
  it('fills reciprocals, inverts (col,row) judgements and lets the last one win', () => {
    const m = pairwiseMatrix(
      ['a', 'b', 'c'],
      [
        { rowId: 'a', colId: 'b', value: 3 },
        { rowId: 'c', colId: 'a', value: 5 },
        { rowId: 'b', colId: 'a', value: 2 },
      ],
    );
    expect(m.values[0]).toEqual([1, 0.5, 1 / 5]);
    expect(m.values[1]).toEqual([2, 1, 1]);
    expect(m.values[2]).toEqual([5, 1, 1]);
    expect(m.missingPairs).toEqual([['b', 'c']]);
  });

  it.each([
    { name: 'unknown criterion', judgement: { rowId: 'a', colId: 'zzz', value: 3 } },
    { name: 'diagonal', judgement: { rowId: 'a', colId: 'a', value: 3 } },
    { name: 'zero', judgement: { rowId: 'a', colId: 'b', value: 0 } },
    { name: 'negative', judgement: { rowId: 'a', colId: 'b', value: -2 } },
    { name: 'NaN', judgement: { rowId: 'a', colId: 'b', value: Number.NaN } },
    { name: 'infinite', judgement: { rowId: 'a', colId: 'b', value: Number.POSITIVE_INFINITY } },
  ])('ignores a hostile judgement ($name)', ({ judgement }) => {
    const m = pairwiseMatrix(['a', 'b'], [judgement]);
    expect(m.values).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(m.missingPairs).toEqual([['a', 'b']]);
  });

  it('with no judgements gives equal priorities and CR 0, missing pairs reported', () => {
    const r = analyseAhp(pairwiseMatrix(['a', 'b', 'c', 'd'], []));
    r.priorities.forEach((p) => expect(p).toBeCloseTo(0.25, 12));
    expect(r.consistencyRatio).toBeCloseTo(0, 12);
    expect(r.missingPairs).toHaveLength(6);
    expect(r.mostInconsistent?.isMissing).toBe(true);
  });
});

describe('analyseAhp edge cases', () => {
  it.each([
    { n: 0, ids: [] as string[] },
    { n: 1, ids: ['only'] },
  ])('handles n = $n', ({ ids }) => {
    const r = analyseAhp(pairwiseMatrix(ids, []));
    expect(r.priorities).toEqual(ids.map(() => 1));
    expect(r.consistencyRatio).toBe(0);
    expect(r.mostInconsistent).toBeNull();
  });

  it('two criteria are always consistent', () => {
    const r = ahp(['a', 'b'], [9]);
    expect(r.priorities[0]).toBeCloseTo(0.9, 12);
    expect(r.consistencyRatio).toBe(0);
    expect(r.isConsistent).toBe(true);
  });

  it('recovers the weights of any consistent matrix exactly, λmax = n (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 12 }),
        (raw) => {
          const total = raw.reduce((s, x) => s + x, 0);
          const w = raw.map((x) => x / total);
          const ids = w.map((_, i) => `c${i}`);
          const judgements: PairwiseJudgement[] = [];
          for (let i = 0; i < ids.length; i++)
            for (let j = i + 1; j < ids.length; j++)
              judgements.push({ rowId: ids[i]!, colId: ids[j]!, value: w[i]! / w[j]! });
          const r = analyseAhp(pairwiseMatrix(ids, judgements));
          r.priorities.forEach((p, i) => expect(p).toBeCloseTo(w[i]!, 9));
          expect(r.lambdaMax).toBeCloseTo(ids.length, 9);
          expect(r.consistencyRatio).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('gives priorities that sum to 1 and λmax ≥ n for any judgements (property)', () => {
    const saaty = fc.integer({ min: 1, max: 9 }).chain((v) => fc.constantFrom(v, 1 / v));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 9 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
            ),
          ),
        ([n, values]) => {
          const ids = Array.from({ length: n }, (_, i) => `c${i}`);
          const r = ahp(ids, values);
          expect(r.priorities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
          expect(r.lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
          const { vector, lambdaMax } = principalEigenvector(
            pairwiseMatrix(ids, upper(ids, values)).values,
          );
          // It really is an eigenvector: A·w = λ·w.
          const m = pairwiseMatrix(ids, upper(ids, values)).values;
          m.forEach((row, i) =>
            expect(row.reduce((s, a, j) => s + a * vector[j]!, 0)).toBeCloseTo(
              lambdaMax * vector[i]!,
              9,
            ),
          );
        },
      ),
    );
  });
});

describe('randomIndex', () => {
  it("is Saaty's table for n ≤ 10", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(randomIndex)).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
    ]);
  });
  it("follows Alonso & Lamata (2006) beyond 10, close to Saaty's 1.49 at the seam", () => {
    expect(randomIndex(11)).toBeCloseTo((2.7699 * 11 - 4.3513 - 11) / 10, 12);
    expect(randomIndex(11)).toBeCloseTo(1.512, 3);
    expect(randomIndex(20)).toBeCloseTo(1.634, 3);
    expect(randomIndex(11)).toBeGreaterThan(randomIndex(10));
  });
});

describe('nearestSaatyValue', () => {
  it.each([
    [1.13, 1],
    [1.6, 2],
    [8.7, 9],
    [42, 9],
    [0.3, 1 / 3],
    [0.45, 1 / 2],
    [0.01, 1 / 9],
    [1, 1],
    [0, 1 / 9],
    [Number.POSITIVE_INFINITY, 9],
  ])('%d → %d', (x, expected) => {
    expect(nearestSaatyValue(x)).toBeCloseTo(expected, 12);
  });
});

describe('orientJudgement', () => {
  it('reports the judgement as the user entered it', () => {
    const worst = {
      rowId: 'a',
      colId: 'b',
      value: 4,
      consistentValue: 0.5,
      suggestedValue: 1 / 2,
      errorRatio: 8,
      isMissing: false,
    };
    const turned = orientJudgement(worst, [{ rowId: 'b', colId: 'a', value: 1 / 4 }]);
    expect(turned).toMatchObject({
      rowId: 'b',
      colId: 'a',
      value: 0.25,
      consistentValue: 2,
      suggestedValue: 2,
    });
    expect(orientJudgement(worst, [{ rowId: 'a', colId: 'b', value: 4 }])).toBe(worst);
  });
});
