import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topIndex } from '../../../shared/decision/ranking.ts';
import {
  rankReversalThreshold,
  reweight,
  scoresAtWeight,
  weightLines,
} from '../../../shared/decision/sensitivity.ts';
import { tornadoBars } from '../../../shared/decision/tornado.ts';
import { weightedSum } from '../../../shared/decision/weighted-sum.ts';

/** Top subject when the criterion's leaves weigh x, recomputed from scratch. */
const topAt = (matrix: number[][], weights: number[], leaves: number[], x: number) =>
  weightedSum(matrix, reweight(weights, leaves, x)).order[0];

/** Whether `top` scores at least as well as every other subject (within rounding) at x. */
const staysAhead = (
  matrix: number[][],
  weights: number[],
  leaves: number[],
  x: number,
  top: number,
) => {
  const scores = weightedSum(matrix, reweight(weights, leaves, x)).scores;
  return scores.every((s) => s <= scores[top]! + 1e-12);
};

describe('reweight', () => {
  it('sets the criterion to x and rescales the others proportionally', () => {
    const w = reweight([0.5, 0.3, 0.2], [0], 0.8);
    expect(w[0]).toBeCloseTo(0.8, 12);
    expect(w[1]).toBeCloseTo(0.12, 12);
    expect(w[2]).toBeCloseTo(0.08, 12);
  });

  it('spreads x over a group of leaves in their current proportions', () => {
    const w = reweight([0.1, 0.3, 0.6], [0, 1], 0.8);
    [0.2, 0.6, 0.2].forEach((x, i) => expect(w[i]).toBeCloseTo(x, 12));
  });

  it('uses equal shares when the criterion weighs 0 or 1 today', () => {
    expect(reweight([0, 0.5, 0.5], [0], 0.4)).toEqual([0.4, 0.3, 0.3]);
    expect(reweight([1, 0, 0], [0], 0.4)).toEqual([0.4, 0.3, 0.3]);
  });

  it('always sums to 1 (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 8 })
          .filter((w) => w.some((x) => x > 0)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        (raw, x, pick) => {
          const total = raw.reduce((s, v) => s + v, 0);
          const weights = raw.map((v) => v / total);
          const k = pick % weights.length;
          const w = reweight(weights, [k], x);
          expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
          expect(w[k]).toBeCloseTo(x, 12);
        },
      ),
    );
  });
});

describe('rankReversalThreshold', () => {
  // SaaS is cheap but weak on security; custom development the reverse; iPaaS in between.
  // Criteria: cost, security. Weights 0.7 / 0.3.
  const matrix = [
    [0.9, 0.3], // SaaS:   score 0.72
    [0.2, 1.0], // custom: score 0.44
    [0.6, 0.6], // iPaaS:  score 0.60
  ];
  const weights = [0.7, 0.3];

  it('finds the exact weight at which the top changes, and who takes over', () => {
    // Raising security to x: SaaS 0.9 − 0.6x, iPaaS 0.6 (flat), custom 0.2 + 0.8x.
    // SaaS meets iPaaS at x = 0.5, custom at x = 0.5 too — custom rises faster and takes over.
    const t = rankReversalThreshold(weightLines(matrix, weights, [1]));
    expect(t.top).toBe(0);
    expect(t.currentWeight).toBeCloseTo(0.3, 12);
    expect(t.increase?.weight).toBeCloseTo(0.5, 12);
    expect(t.increase?.newTop).toBe(1);
    expect(t.decrease).toBeNull();
    expect(topAt(matrix, weights, [1], 0.5 + 1e-6)).toBe(1);
    expect(topAt(matrix, weights, [1], 0.5 - 1e-6)).toBe(0);
  });

  it('hands over to the rival rising fastest when two cross at the same weight', () => {
    // Same subjects, iPaaS listed before custom development: still custom takes over at 0.5.
    const swapped = [matrix[0]!, matrix[2]!, matrix[1]!];
    const t = rankReversalThreshold(weightLines(swapped, weights, [1]));
    expect(t.increase?.weight).toBeCloseTo(0.5, 12);
    expect(t.increase?.newTop).toBe(2);
    expect(topAt(swapped, weights, [1], 0.5 + 1e-6)).toBe(2);
  });

  it('mirrors the same change when the other criterion falls', () => {
    const t = rankReversalThreshold(weightLines(matrix, weights, [0]));
    expect(t.decrease?.weight).toBeCloseTo(0.5, 12);
    expect(t.decrease?.newTop).toBe(1);
    expect(t.increase).toBeNull();
  });

  it('reports no threshold when no weight changes the winner', () => {
    const dominant = [
      [1, 1],
      [0, 0.5],
    ];
    const t = rankReversalThreshold(weightLines(dominant, [0.5, 0.5], [0]));
    expect(t).toMatchObject({ top: 0, increase: null, decrease: null });
  });

  it('cannot move a criterion that holds every leaf', () => {
    const lines = weightLines(matrix, weights, [0, 1]);
    expect(lines.isAdjustable).toBe(false);
    expect(rankReversalThreshold(lines)).toMatchObject({ increase: null, decrease: null });
  });

  it('does not call a tie at 100 % a reversal', () => {
    // Both subjects score 1 on criterion 0: at 100 % they draw level, the second never leads.
    const tiedAtEnd = [
      [1, 0.5],
      [1, 0.8],
    ];
    const t = rankReversalThreshold(weightLines(tiedAtEnd, [0.5, 0.5], [0]));
    expect(t).toMatchObject({ top: 1, increase: null });
  });

  it('handles one subject and no subjects', () => {
    expect(rankReversalThreshold(weightLines([[0.5, 0.5]], weights, [0]))).toMatchObject({
      top: 0,
      increase: null,
      decrease: null,
    });
    expect(rankReversalThreshold(weightLines([], weights, [0])).top).toBe(-1);
  });

  it('lines reproduce the weighted sum at every weight (property)', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ matrix: m, weights: w, leaves }, x) => {
          const lines = weightLines(m, w, leaves);
          const direct = weightedSum(m, reweight(w, leaves, x)).scores;
          scoresAtWeight(lines, x).forEach((s, i) => expect(s).toBeCloseTo(direct[i]!, 12));
        },
      ),
    );
  });

  it('is exact: 1e-6 past the threshold the top changes, 1e-6 before it does not (property)', () => {
    fc.assert(
      fc.property(scenario, ({ matrix: m, weights: w, leaves }) => {
        const lines = weightLines(m, w, leaves);
        const t = rankReversalThreshold(lines);
        const x0 = lines.weight;
        expect(topAt(m, w, leaves, x0)).toBe(t.top);
        if (t.increase) {
          const x = t.increase.weight;
          if (x + 1e-6 <= 1) expect(topAt(m, w, leaves, x + 1e-6)).not.toBe(t.top);
          if (x - 1e-6 >= x0) expect(topAt(m, w, leaves, x - 1e-6)).toBe(t.top);
        } else {
          // No reversal: the top subject stays at least level with every rival up to 100 %.
          for (let x = x0; x <= 1; x += 0.01) expect(staysAhead(m, w, leaves, x, t.top)).toBe(true);
          expect(staysAhead(m, w, leaves, 1, t.top)).toBe(true);
        }
        if (t.decrease) {
          const x = t.decrease.weight;
          if (x - 1e-6 >= 0) expect(topAt(m, w, leaves, x - 1e-6)).not.toBe(t.top);
          if (x + 1e-6 <= x0) expect(topAt(m, w, leaves, x + 1e-6)).toBe(t.top);
        } else {
          for (let x = x0; x >= 0; x -= 0.01) expect(staysAhead(m, w, leaves, x, t.top)).toBe(true);
          expect(staysAhead(m, w, leaves, 0, t.top)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Ratings 0…9 (as ninths), 2–6 subjects, 2–6 criteria, integer weights, one or two leaves moved. */
const scenario = fc
  .record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 2, max: 6 }) })
  .chain(({ m, n }) =>
    fc.record({
      matrix: fc.array(
        fc.array(
          fc.integer({ min: 0, max: 9 }).map((v) => v / 9),
          { minLength: n, maxLength: n },
        ),
        {
          minLength: m,
          maxLength: m,
        },
      ),
      weights: fc
        .array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n })
        .map((w) => {
          const total = w.reduce((s, x) => s + x, 0);
          return total === 0 ? w.map(() => 1 / n) : w.map((x) => x / total);
        }),
      leaves: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: Math.min(2, n - 1) }),
    }),
  );

describe('tornadoBars', () => {
  const matrix = [
    [0.9, 0.3],
    [0.2, 1.0],
    [0.6, 0.6],
  ];
  const weights = [0.7, 0.3];

  it("shows the top subject's score and lead at ±swing, longest bar first", () => {
    const lines = [weightLines(matrix, weights, [0]), weightLines(matrix, weights, [1])];
    const top = topIndex(weightedSum(matrix, weights).scores);
    const bars = tornadoBars(lines, top, 0.1);
    expect(bars.map((b) => b.criterion)).toEqual([0, 1]); // equal length: document order
    const security = bars.find((b) => b.criterion === 1)!;
    expect(security.lowWeight).toBeCloseTo(0.2, 12);
    expect(security.highWeight).toBeCloseTo(0.4, 12);
    expect(security.topScoreAtLow).toBeCloseTo(0.9 - 0.6 * 0.2, 12);
    expect(security.topScoreAtHigh).toBeCloseTo(0.9 - 0.6 * 0.4, 12);
    // Lead over the best other subject: iPaaS (0.6) at both ends.
    expect(security.marginAtLow).toBeCloseTo(0.78 - 0.6, 12);
    expect(security.marginAtHigh).toBeCloseTo(0.66 - 0.6, 12);
  });

  it('clamps the swing to 0…100 % and sorts by bar length', () => {
    const lines = [weightLines(matrix, [0.95, 0.05], [0]), weightLines(matrix, [0.95, 0.05], [1])];
    const bars = tornadoBars(lines, 0, 0.5);
    for (const b of bars) {
      expect(b.lowWeight).toBeGreaterThanOrEqual(0);
      expect(b.highWeight).toBeLessThanOrEqual(1);
    }
    const length = (b: (typeof bars)[number]) => Math.abs(b.marginAtHigh - b.marginAtLow);
    expect(length(bars[0]!)).toBeGreaterThanOrEqual(length(bars[1]!));
    expect(tornadoBars(lines, -1)).toEqual([]);
  });
});
