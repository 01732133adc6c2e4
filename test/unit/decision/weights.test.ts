import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  meanWeights,
  normaliseWeights,
  rankOrderCentroid,
  rankOrderWeights,
} from '../../../shared/decision/weights.ts';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('normaliseWeights', () => {
  it.each([
    { values: [15, 25, 60], expected: [0.15, 0.25, 0.6] },
    { values: [1, 1, 2], expected: [0.25, 0.25, 0.5] },
    { values: [0, 0], expected: [0.5, 0.5] },
    { values: [0, 0, 0, 0], expected: [0.25, 0.25, 0.25, 0.25] },
    { values: [-5, 5], expected: [0, 1] },
    { values: [Number.NaN, 3, Number.POSITIVE_INFINITY], expected: [0, 1, 0] },
    { values: [7], expected: [1] },
    { values: [], expected: [] },
  ])('$values → $expected', ({ values, expected }) => {
    const result = normaliseWeights(values);
    expect(result).toHaveLength(expected.length);
    result.forEach((w, i) => expect(w).toBeCloseTo(expected[i]!, 12));
  });

  it('always sums to 1 and never goes negative (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (values) => {
          const w = normaliseWeights(values);
          expect(sum(w)).toBeCloseTo(1, 9);
          expect(w.every((x) => x >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('rankOrderCentroid', () => {
  // Published ROC weights: Barron, F. H. & Barrett, B. E. (1996), "Decision quality using ranked
  // attribute weights", Management Science 42(11), 1515–1523 — n = 4: .5208 .2708 .1458 .0625.
  it.each([
    { n: 1, expected: [1] },
    { n: 2, expected: [0.75, 0.25] },
    { n: 3, expected: [0.6111, 0.2778, 0.1111] },
    { n: 4, expected: [0.5208, 0.2708, 0.1458, 0.0625] },
    { n: 5, expected: [0.4567, 0.2567, 0.1567, 0.09, 0.04] },
  ])('n = $n → $expected', ({ n, expected }) => {
    const w = rankOrderCentroid(n);
    expect(w).toHaveLength(n);
    w.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 4));
  });

  it('is empty for n ≤ 0', () => {
    expect(rankOrderCentroid(0)).toEqual([]);
    expect(rankOrderCentroid(-3)).toEqual([]);
  });

  it('sums to 1 and decreases strictly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const w = rankOrderCentroid(n);
        expect(sum(w)).toBeCloseTo(1, 12);
        for (let i = 1; i < n; i++) expect(w[i]!).toBeLessThan(w[i - 1]!);
      }),
    );
  });
});

describe('rankOrderWeights', () => {
  it('reads stored ranks in any order', () => {
    const w = rankOrderWeights([2, 1, 3]);
    expect(w[0]).toBeCloseTo(0.2778, 4);
    expect(w[1]).toBeCloseTo(0.6111, 4);
    expect(w[2]).toBeCloseTo(0.1111, 4);
  });

  it('splits the positions of tied ranks equally', () => {
    const w = rankOrderWeights([1, 2, 2]);
    expect(w[0]).toBeCloseTo(0.6111, 4);
    expect(w[1]).toBeCloseTo((0.2778 + 0.1111) / 2, 4);
    expect(w[2]).toBeCloseTo(w[1]!, 12);
  });

  it('puts unranked criteria (missing, 0, NaN) last, tied', () => {
    const w = rankOrderWeights([undefined, 1, 0, Number.NaN]);
    const roc = rankOrderCentroid(4);
    expect(w[1]).toBeCloseTo(roc[0]!, 12);
    const lastThree = (roc[1]! + roc[2]! + roc[3]!) / 3;
    for (const i of [0, 2, 3]) expect(w[i]).toBeCloseTo(lastThree, 12);
  });

  it('sums to 1 whatever the ranks (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constant(null)), {
          minLength: 1,
          maxLength: 20,
        }),
        (ranks) => {
          expect(sum(rankOrderWeights(ranks))).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});

describe('meanWeights', () => {
  it('averages element by element', () => {
    expect(
      meanWeights(
        [
          [0.2, 0.8],
          [0.6, 0.4],
        ],
        2,
      ),
    ).toEqual([0.4, 0.6000000000000001]);
  });
  it('gives equal weights for no raters', () => {
    expect(meanWeights([], 4)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it('of one vector is that vector', () => {
    expect(meanWeights([[0.1, 0.2, 0.7]], 3)).toEqual([0.1, 0.2, 0.7]);
  });
});
