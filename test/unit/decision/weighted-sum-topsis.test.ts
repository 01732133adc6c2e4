import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseValues } from '../../../shared/decision/normalise.ts';
import { topsis } from '../../../shared/decision/topsis.ts';
import { weightedSum } from '../../../shared/decision/weighted-sum.ts';

describe("TOPSIS: Hwang & Yoon's fighter-aircraft example", () => {
  // Source: Hwang, C.-L. & Yoon, K. (1981), Multiple Attribute Decision Making: Methods and
  // Applications, Springer, TOPSIS worked example (p. 133): four aircraft on maximum speed (Mach),
  // ferry range (NM), maximum payload (lb), acquisition cost ($10⁶, the cost criterion),
  // reliability and manoeuvrability (ratings 3/5/7/9); weights .2 .1 .1 .1 .2 .3.
  // Published closeness: A1 .643, A2 .268, A3 .613, A4 .312 → A1 > A3 > A4 > A2.
  const matrix = [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
  ];
  const weights = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3];
  const isBenefit = [true, true, true, false, true, true];
  const result = topsis(matrix, weights, isBenefit);

  it('reproduces the published closeness coefficients to 3 decimals', () => {
    // The book rounds every intermediate table to 4 decimals, so its third decimal can be one
    // unit off exact arithmetic (A3: 0.61354 exact, .613 printed): allow one unit in the third.
    const published = [0.643, 0.268, 0.613, 0.312];
    published.forEach((c, i) =>
      expect(Math.abs(result.closeness[i]! - c)).toBeLessThanOrEqual(0.001),
    );
    [0.6433, 0.2684, 0.6135, 0.3123].forEach((c, i) =>
      expect(result.closeness[i]).toBeCloseTo(c, 4),
    );
    expect(result.order).toEqual([0, 2, 3, 1]);
    expect(result.ranks).toEqual([1, 4, 2, 3]);
  });

  it('reproduces the published distances and ideal points', () => {
    [0.0546, 0.1197, 0.058, 0.1009].forEach((d, i) =>
      expect(result.distanceToIdeal[i]).toBeCloseTo(d, 3),
    );
    [0.0983, 0.0439, 0.092, 0.0458].forEach((d, i) =>
      expect(result.distanceToAntiIdeal[i]).toBeCloseTo(d, 3),
    );
    // Cost criterion: the ideal is the lowest weighted normalised cost (A3's).
    expect(result.ideal[3]).toBeCloseTo(result.weighted[2]![3]!, 12);
    expect(result.antiIdeal[3]).toBeCloseTo(result.weighted[1]![3]!, 12);
  });

  it.each([1e200, 1e-200])(
    'gives the same closeness with every value scaled by %d (no overflow, no underflow)',
    (factor) => {
      // Vector normalisation is scale-free: squaring 1e200 overflows and 1e-200 underflows,
      // and either silently removed the criterion from the comparison.
      const scaled = matrix.map((row) => row.map((v, j) => (j === 2 ? v * factor : v)));
      const again = topsis(scaled, weights, isBenefit);
      again.closeness.forEach((c, i) => expect(c).toBeCloseTo(result.closeness[i]!, 12));
    },
  );

  it('is indifferent when every subject is identical, and copes with zero columns', () => {
    const same = topsis(
      [
        [1, 0],
        [1, 0],
      ],
      [0.5, 0.5],
      [true, true],
    );
    expect(same.closeness).toEqual([0.5, 0.5]);
    expect(same.order).toEqual([0, 1]);
    expect(topsis([], [0.5, 0.5], [true, true]).order).toEqual([]);
  });
});

describe('weightedSum', () => {
  it('adds weighted performances and ranks them', () => {
    const r = weightedSum(
      [
        [1, 0],
        [0.5, 0.5],
        [0, 1],
      ],
      [0.3, 0.7],
    );
    r.scores.forEach((s, i) => expect(s).toBeCloseTo([0.3, 0.5, 0.7][i]!, 12));
    expect(r.order).toEqual([2, 1, 0]);
    expect(r.ranks).toEqual([3, 2, 1]);
  });

  it('breaks exact ties by document order', () => {
    expect(
      weightedSum(
        [
          [0.5, 0.5],
          [1, 0],
        ],
        [0.5, 0.5],
      ),
    ).toMatchObject({ order: [0, 1], ranks: [1, 1] });
  });
});

/** A random decision: raw values 1…100 per criterion, directions, positive integer weights. */
const decision = fc
  .record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 6 }) })
  .chain(({ m, n }) =>
    fc.record({
      raw: fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      isBenefit: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      weights: fc
        .array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n })
        .map((w) => {
          const total = w.reduce((s, x) => s + x, 0);
          return w.map((x) => x / total);
        }),
      dominated: fc.nat(m - 1),
      dominator: fc.nat(m - 1),
      worse: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      strict: fc.nat(n - 1),
    }),
  );

/** Weighted sum on raw values normalised by direction, as the engine does for value criteria. */
function weightedSumOfRaw(raw: number[][], weights: number[], isBenefit: boolean[]) {
  const columns = weights.map((_, k) =>
    normaliseValues(
      raw.map((row) => row[k]!),
      isBenefit[k] ? 'benefit' : 'cost',
    ),
  );
  return weightedSum(
    raw.map((_, i) => columns.map((c) => c[i]!)),
    weights,
  );
}

describe('properties of both methods', () => {
  it('never ranks a dominated subject first', () => {
    fc.assert(
      fc.property(decision, ({ raw, isBenefit, weights, dominated, dominator, worse, strict }) => {
        fc.pre(dominated !== dominator);
        // Make `dominated` worse or equal everywhere than `dominator`, strictly worse on one.
        // (A copy: fast-check reuses generated values while shrinking.)
        const gap = worse.map((g, k) => (k === strict ? Math.max(1, g) : g));
        const matrix = raw.map((row) => [...row]);
        // Values are ≥ 1, so 0.5 stays strictly below any benefit value it replaces.
        matrix[dominated] = raw[dominator]!.map((v, k) =>
          isBenefit[k] ? Math.max(0.5, v - gap[k]!) : v + gap[k]!,
        );
        expect(weightedSumOfRaw(matrix, weights, isBenefit).order[0]).not.toBe(dominated);
        expect(topsis(matrix, weights, isBenefit).order[0]).not.toBe(dominated);
      }),
    );
  });

  it('keeps the ranking when all cost values are scaled by a positive constant', () => {
    fc.assert(
      fc.property(
        decision,
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        ({ raw, isBenefit, weights }, factor) => {
          const scaled = raw.map((row) => row.map((v, k) => (isBenefit[k] ? v : v * factor)));
          expect(weightedSumOfRaw(scaled, weights, isBenefit).ranks).toEqual(
            weightedSumOfRaw(raw, weights, isBenefit).ranks,
          );
          expect(topsis(scaled, weights, isBenefit).ranks).toEqual(
            topsis(raw, weights, isBenefit).ranks,
          );
        },
      ),
    );
  });

  it('keep scores in 0…1 (property)', () => {
    fc.assert(
      fc.property(decision, ({ raw, isBenefit, weights }) => {
        for (const s of weightedSumOfRaw(raw, weights, isBenefit).scores) {
          expect(s).toBeGreaterThanOrEqual(-1e-12);
          expect(s).toBeLessThanOrEqual(1 + 1e-12);
        }
        for (const c of topsis(raw, weights, isBenefit).closeness) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
