import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankAgreement, rankScores, topIndex } from '../../../shared/decision/ranking.ts';

describe('rankScores', () => {
  it.each([
    { scores: [0.2, 0.9, 0.5], order: [1, 2, 0], ranks: [3, 1, 2] },
    { scores: [0.5, 0.5, 0.1], order: [0, 1, 2], ranks: [1, 1, 3] },
    { scores: [0.1, 0.5, 0.5], order: [1, 2, 0], ranks: [3, 1, 1] },
    { scores: [0.3, 0.3 + 1e-15, 0.3], order: [0, 1, 2], ranks: [1, 1, 1] },
    { scores: [], order: [], ranks: [] },
    { scores: [7], order: [0], ranks: [1] },
  ])('$scores → ranks $ranks', ({ scores, order, ranks }) => {
    expect(rankScores(scores)).toEqual({ order, ranks });
  });

  it('is deterministic and agrees with topIndex (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 5 }).map((x) => x / 5),
          { minLength: 1, maxLength: 10 },
        ),
        (scores) => {
          const r = rankScores(scores);
          expect(rankScores([...scores])).toEqual(r);
          expect(r.order[0]).toBe(topIndex(scores));
          expect([...r.order].sort((a, b) => a - b)).toEqual(scores.map((_, i) => i));
        },
      ),
    );
  });

  it('topIndex of nothing is -1', () => {
    expect(topIndex([])).toBe(-1);
  });
});

describe('rankAgreement', () => {
  const ranks = (scores: number[]) => rankScores(scores);

  it('is 1 for the same order and −1 for the reverse', () => {
    expect(rankAgreement(ranks([3, 2, 1]), ranks([30, 20, 10]))).toEqual({
      spearman: 1,
      differing: [],
      hasSameTop: true,
    });
    const reversed = rankAgreement(ranks([3, 2, 1]), ranks([1, 2, 3]));
    expect(reversed.spearman).toBeCloseTo(-1, 12);
    expect(reversed.differing).toEqual([0, 2]);
    expect(reversed.hasSameTop).toBe(false);
  });

  it("matches Spearman's 1 − 6Σd²/(n(n²−1)) without ties", () => {
    // Ranks 1 2 3 4 5 against 2 1 4 3 5: Σd² = 4, ρ = 1 − 24/120 = 0.8.
    const a = ranks([5, 4, 3, 2, 1]);
    const b = ranks([4, 5, 2, 3, 1]);
    expect(rankAgreement(a, b).spearman).toBeCloseTo(0.8, 12);
    expect(rankAgreement(a, b).differing).toEqual([0, 1, 2, 3]);
  });

  it('handles ties with mid-ranks, and is undefined when one side ties everyone', () => {
    expect(rankAgreement(ranks([1, 1, 0]), ranks([2, 1, 0])).spearman).toBeCloseTo(
      Math.sqrt(3) / 2,
      12,
    );
    expect(rankAgreement(ranks([1, 1, 1]), ranks([3, 2, 1])).spearman).toBeNull();
    expect(rankAgreement(ranks([1]), ranks([1])).spearman).toBeNull();
  });
});
