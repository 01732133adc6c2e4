import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  monteCarloRanking,
  type MonteCarloCriterion,
  type UncertainScore,
} from '../../../shared/decision/monte-carlo.ts';
import { normaliseRating, normaliseValues } from '../../../shared/decision/normalise.ts';
import { createSampler, pertShape, triangularQuantile } from '../../../shared/decision/random.ts';
import { weightedSum } from '../../../shared/decision/weighted-sum.ts';

const cell = (
  value: number | null,
  low: number | null = null,
  high: number | null = null,
): UncertainScore => ({ value, low, high });
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

const criteria: MonteCarloCriterion[] = [
  { scale: 'rating', direction: 'benefit', weight: 0.5 },
  { scale: 'rating', direction: 'cost', weight: 0.3 },
  { scale: 'value', direction: 'cost', weight: 0.2 },
];
const scores = [
  [cell(8, 6, 9), cell(7, 5, 8), cell(120, 100, 180)],
  [cell(7, 4, 10), cell(8), cell(100, 90, 130)],
  [cell(6, 5, 7), cell(6, 6, 6), cell(90)],
];

describe('monteCarloRanking', () => {
  it('is reproducible: the same seed gives identical results', () => {
    const a = monteCarloRanking(criteria, scores, {
      samples: 5000,
      seed: 7,
      hasRankDistribution: true,
    });
    const b = monteCarloRanking(criteria, scores, {
      samples: 5000,
      seed: 7,
      hasRankDistribution: true,
    });
    expect(b).toEqual(a);
    const c = monteCarloRanking(criteria, scores, { samples: 5000, seed: 8 });
    expect(c.firstProbability).not.toEqual(a.firstProbability);
  });

  it.each(['triangular', 'pert'] as const)(
    'gives probabilities that sum to 1 (%s)',
    (distribution) => {
      const r = monteCarloRanking(criteria, scores, {
        samples: 4000,
        seed: 42,
        distribution,
        hasRankDistribution: true,
      });
      expect(sum(r.firstProbability)).toBeCloseTo(1, 12);
      expect(r.uncertainCellCount).toBe(6);
      // Every draw is a full ranking: each subject has some rank, each rank some subject.
      for (const row of r.rankProbability!) expect(sum(row)).toBeCloseTo(1, 12);
      for (let rank = 0; rank < 3; rank++)
        expect(sum(r.rankProbability!.map((row) => row[rank]!))).toBeCloseTo(1, 12);
      expect(r.rankProbability!.map((row) => row[0])).toEqual(r.firstProbability);
      // Genuine uncertainty here: nobody wins every draw.
      expect(Math.max(...r.firstProbability)).toBeLessThan(1);
    },
  );

  it('with no uncertainty, the weighted-sum winners share every draw (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 }),
        (ratings, rawWeights) => {
          const total = sum(rawWeights);
          const c = rawWeights.map((w): MonteCarloCriterion => ({
            scale: 'rating',
            direction: 'benefit',
            weight: w / total,
          }));
          const certain = ratings.map((row) => row.map((v) => cell(v)));
          const r = monteCarloRanking(c, certain, {
            samples: 50,
            seed: 1,
            hasRankDistribution: true,
          });
          const ws = weightedSum(
            ratings.map((row) => row.map(normaliseRating)),
            c.map((x) => x.weight),
          );
          // Subjects tied for first (rank 1) share the first place equally (issue 11).
          const winners = ws.ranks.flatMap((rank, i) => (rank === 1 ? [i] : []));
          for (const w of winners) expect(r.firstProbability[w]).toBeCloseTo(1 / winners.length, 9);
          // Every rank is certain, equal scores in document order (ranking.ts).
          const order = ws.scores
            .map((score, i) => ({ score, i }))
            .sort((x, y) => (Math.abs(x.score - y.score) <= 1e-12 ? x.i - y.i : y.score - x.score));
          order.forEach(({ i }, rank) => {
            const row = ratings.map((_, r2) => (r2 === rank ? 1 : 0));
            expect(r.rankProbability![i]).toEqual(row);
          });
          expect(r.uncertainCellCount).toBe(0);
          r.scoreStandardDeviation.forEach((sd) => expect(sd).toBe(0));
        },
      ),
    );
  });

  it('normalises raw values per draw exactly as the deterministic path does', () => {
    // Fixed raw cost values: the mean score must equal the weighted sum of min/value.
    const fixed = [[cell(200)], [cell(100)], [cell(400)]];
    const r = monteCarloRanking([{ scale: 'value', direction: 'cost', weight: 1 }], fixed, {
      samples: 10,
      seed: 3,
    });
    const expected = normaliseValues([200, 100, 400], 'cost');
    r.meanScore.forEach((m, i) => expect(m).toBeCloseTo(expected[i]!, 12));
    expect(r.firstProbability).toEqual([0, 1, 0]);
  });

  it('estimates a probability a hand calculation predicts', () => {
    // Two subjects, one rating criterion: A is 5 for sure, B uniform-ish triangular on 4…6 with
    // mode 5 → B beats A in half the draws.
    const r = monteCarloRanking(
      [{ scale: 'rating', direction: 'benefit', weight: 1 }],
      [[cell(5)], [cell(5, 4, 6)]],
      {
        samples: 20000,
        seed: 42,
      },
    );
    expect(r.firstProbability[1]).toBeCloseTo(0.5, 1);
  });

  it.each([
    // Weight 1: score = (x − 1)/9. Triangular: mean (a + c + b)/3, variance
    // (a² + b² + c² − ab − ac − bc)/18 (Kotz & van Dorp 2004). PERT: mean (a + 4c + b)/6,
    // variance (μ − a)(b − μ)/7 (Vose 2008). The skewed range catches a wrong split point.
    { distribution: 'triangular', range: [4, 5, 8], mean: 17 / 3, variance: 13 / 18 },
    { distribution: 'triangular', range: [1, 2, 10], mean: 13 / 3, variance: 73 / 18 },
    { distribution: 'pert', range: [4, 5, 8], mean: 16 / 3, variance: ((4 / 3) * (8 / 3)) / 7 },
  ] as const)('draws ratings $range with the $distribution mean and spread', (c) => {
    const [low, mode, high] = c.range;
    const r = monteCarloRanking(
      [{ scale: 'rating', direction: 'benefit', weight: 1 }],
      [[cell(mode, low, high)]],
      { samples: 40000, seed: 11, distribution: c.distribution },
    );
    const mean = (c.mean - 1) / 9;
    const sd = Math.sqrt(c.variance) / 9;
    // Within four standard errors: sd/√n for the mean, sd/√(2n) for the spread (the normal
    // case; triangular and PERT have lighter tails, kurtosis < 3, so this bound is generous).
    expect(Math.abs(r.meanScore[0]! - mean)).toBeLessThan((4 * sd) / Math.sqrt(40000));
    expect(Math.abs(r.scoreStandardDeviation[0]! - sd)).toBeLessThan((4 * sd) / Math.sqrt(80000));
  });

  it('handles no subjects, no draws and unscored cells', () => {
    expect(monteCarloRanking(criteria, [], { samples: 100, seed: 1 }).firstProbability).toEqual([]);
    const none = monteCarloRanking(criteria, scores, { samples: 0, seed: 1 });
    expect(none.firstProbability).toEqual([0, 0, 0]);
    const blank = monteCarloRanking(criteria, [[cell(null), cell(null), cell(null)]], {
      samples: 10,
      seed: 1,
    });
    expect(blank.firstProbability).toEqual([1]);
    expect(blank.meanScore).toEqual([0]);
  });
});

describe('sampler', () => {
  it('is deterministic per seed and uniform on [0, 1)', () => {
    const a = createSampler(123);
    const b = createSampler(123);
    const draws = Array.from({ length: 10000 }, () => a.uniform());
    expect(Array.from({ length: 10000 }, () => b.uniform())).toEqual(draws);
    expect(draws.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(sum(draws) / draws.length).toBeCloseTo(0.5, 2);
    expect(createSampler(124).uniform()).not.toBe(createSampler(123).uniform());
  });

  it('draws triangular and PERT values with the textbook means', () => {
    // Triangular mean (a + c + b)/3; PERT mean (a + 4c + b)/6 (Malcolm et al. 1959).
    const s = createSampler(42);
    const n = 40000;
    const tri = Array.from({ length: n }, () => s.triangular(2, 3, 10));
    const pert = Array.from({ length: n }, () => s.pert(2, 3, 10));
    expect(sum(tri) / n).toBeCloseTo(5, 1);
    expect(sum(pert) / n).toBeCloseTo(4, 1);
    expect(Math.min(...tri, ...pert)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...tri, ...pert)).toBeLessThanOrEqual(10);
  });

  it('returns the mode for a zero-width range', () => {
    const s = createSampler(1);
    expect(s.triangular(5, 5, 5)).toBe(5);
    expect(s.pert(5, 5, 5)).toBe(5);
  });

  it('draws normal deviates with mean 0 and variance 1, gamma with mean = shape', () => {
    const s = createSampler(9);
    const z = Array.from({ length: 40000 }, () => s.normal());
    const mean = sum(z) / z.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(sum(z.map((x) => (x - mean) ** 2)) / z.length).toBeCloseTo(1, 1);
    const g = Array.from({ length: 40000 }, () => s.gamma(3));
    expect(sum(g) / g.length).toBeCloseTo(3, 1);
  });
});

describe('triangularQuantile and pertShape', () => {
  it.each([
    [0, 2, 3, 10, 2],
    [1 / 8, 2, 3, 10, 3], // F(mode) = (c − a)/(b − a) = 1/8
    [0.5, 0, 5, 10, 5],
    [0.999999999, 0, 5, 10, 10],
  ])('quantile(%d) on [%d, %d, %d] = %d', (u, a, c, b, expected) => {
    expect(triangularQuantile(u, a, c, b)).toBeCloseTo(expected, 3);
  });

  it('gives Beta shapes 1 + 4·(c − a)/(b − a) and 1 + 4·(b − c)/(b − a)', () => {
    expect(pertShape(0, 5, 10)).toEqual({ alpha: 3, beta: 3 });
    expect(pertShape(2, 3, 10)).toEqual({ alpha: 1.5, beta: 4.5 });
    expect(pertShape(4, 4, 4)).toEqual({ alpha: 1, beta: 1 });
  });
});
