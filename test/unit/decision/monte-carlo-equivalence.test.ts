import { describe, expect, it } from 'vitest';
import {
  monteCarloRanking,
  startMonteCarlo,
  type MonteCarloCriterion,
  type UncertainScore,
} from '../../../shared/decision/monte-carlo.ts';
import { normaliseRating, normaliseValues } from '../../../shared/decision/normalise.ts';
import { createSampler, triangularMinMax } from '../../../shared/decision/random.ts';

/**
 * The fast engine (typed arrays, one 32-bit word per rating cell, Stein and Keblis' MINMAX draws)
 * against a straightforward reference written here: plain arrays, every score recomputed from
 * scratch per draw, the textbook inverse CDF from the sampler. Different draws, same
 * distribution: the probabilities must agree within sampling error.
 */

const cell = (value: number, low: number, high: number): UncertainScore => ({ value, low, high });

/** 6 subjects, 5 rating criteria and 1 raw-value cost criterion, overlapping ranges. */
const criteria: MonteCarloCriterion[] = [
  { scale: 'rating', direction: 'benefit', weight: 0.25 },
  { scale: 'rating', direction: 'benefit', weight: 0.2 },
  { scale: 'rating', direction: 'cost', weight: 0.15 },
  { scale: 'rating', direction: 'benefit', weight: 0.15 },
  { scale: 'rating', direction: 'benefit', weight: 0.1 },
  { scale: 'value', direction: 'cost', weight: 0.15 },
];
const scores: UncertainScore[][] = [
  [cell(7, 5, 9), cell(6, 4, 8), cell(5, 4, 7), cell(8, 6, 9), cell(6, 5, 7), cell(120, 100, 150)],
  [cell(8, 6, 9), cell(5, 3, 8), cell(6, 5, 8), cell(7, 5, 9), cell(7, 6, 8), cell(110, 90, 160)],
  [cell(6, 3, 9), cell(7, 5, 9), cell(4, 2, 6), cell(6, 4, 8), cell(8, 6, 10), cell(130, 120, 140)],
  [cell(7, 6, 8), cell(7, 6, 8), cell(5, 4, 6), cell(7, 6, 8), cell(7, 6, 8), cell(125, 125, 125)],
  [cell(5, 2, 9), cell(8, 5, 10), cell(6, 3, 9), cell(5, 2, 9), cell(6, 3, 9), cell(100, 80, 200)],
  [cell(4, 3, 6), cell(5, 4, 6), cell(8, 7, 9), cell(5, 4, 6), cell(5, 4, 6), cell(90, 85, 95)],
];

/**
 * The first implementation anyone would write: objects, a sort, everything per draw. Returns
 * `rankShare[i][r]`, the share of draws in which subject i lands on rank r + 1.
 */
function referenceRankShares(samples: number, seed: number): number[][] {
  const sampler = createSampler(seed);
  const landed = scores.map(() => scores.map(() => 0));
  for (let s = 0; s < samples; s++) {
    const drawn = scores.map((row) =>
      row.map((c) => sampler.triangular(c.low!, c.value!, c.high!)),
    );
    const performance = criteria.map((c, k) => {
      const column = drawn.map((row) => row[k]!);
      return c.scale === 'rating'
        ? column.map(normaliseRating) // ratings: (v − 1)/9 whatever the direction
        : normaliseValues(column, c.direction);
    });
    const total = scores.map((_, i) =>
      criteria.reduce((sum, c, k) => sum + c.weight * performance[k]![i]!, 0),
    );
    const ranked = total.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score);
    ranked.forEach(({ i }, rank) => landed[i]![rank]!++);
  }
  return landed.map((row) => row.map((n) => n / samples));
}

describe('Monte Carlo engine against a straightforward reference', () => {
  const samples = 40_000;
  const fast = monteCarloRanking(criteria, scores, { samples, seed: 42 });
  const ranked = monteCarloRanking(criteria, scores, {
    samples,
    seed: 42,
    hasRankDistribution: true,
  });
  const reference = referenceRankShares(samples, 7);
  /** Two independent estimates: the difference has variance p(1 − p)·2/n. */
  const expectAgreement = (p: number, q: number) => {
    const pooled = (p + q) / 2;
    const tolerance = 4 * Math.sqrt((pooled * (1 - pooled) * 2) / samples) + 1e-9;
    expect(Math.abs(p - q)).toBeLessThan(tolerance);
  };

  it('gives the same probability of ranking first, within four standard errors', () => {
    const referenceFirst = reference.map((row) => row[0]!);
    expect(referenceFirst.filter((p) => p > 0.05).length).toBeGreaterThanOrEqual(3);
    fast.firstProbability.forEach((p, i) => expectAgreement(p, referenceFirst[i]!));
  });

  it('gives the same probability of every rank, within four standard errors', () => {
    // Every subject lands on at least three different ranks: the comparison is not trivial.
    reference.forEach((row) => expect(row.filter((p) => p > 0.01).length).toBeGreaterThan(2));
    ranked.rankProbability!.forEach((row, i) =>
      row.forEach((p, rank) => expectAgreement(p, reference[i]![rank]!)),
    );
    expect(ranked.firstProbability).toEqual(fast.firstProbability);
  });

  it('draws the same numbers in any number of steps as in one call', () => {
    const run = startMonteCarlo(criteria, scores, {
      samples,
      seed: 42,
      hasRankDistribution: true,
    });
    const steps: number[] = [];
    while (run.completed < run.samples) {
      run.advance(7_919);
      steps.push(run.completed);
    }
    expect(steps.at(-1)).toBe(samples);
    expect(steps.length).toBe(Math.ceil(samples / 7_919));
    expect(run.result()).toEqual(
      monteCarloRanking(criteria, scores, { samples, seed: 42, hasRankDistribution: true }),
    );
  });

  it('reports the draws made so far when stopped part-way', () => {
    const run = startMonteCarlo(criteria, scores, { samples, seed: 42 });
    run.advance(1000);
    const partial = run.result();
    expect(partial.samples).toBe(1000);
    expect(partial.firstProbability.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
  });
});

describe('triangularMinMax', () => {
  /** Triangular CDF (Kotz & van Dorp 2004, ch. 1). */
  const cdf = (x: number, a: number, c: number, b: number) =>
    x <= a
      ? 0
      : x >= b
        ? 1
        : x <= c
          ? (x - a) ** 2 / ((b - a) * (c - a))
          : 1 - (b - x) ** 2 / ((b - a) * (b - c));

  it.each([
    [2, 3, 10],
    [0, 5, 10],
    [4, 4, 8], // mode at the low end
    [4, 8, 8], // mode at the high end
  ])('maps a uniform grid of (u₁, u₂) onto the triangular CDF on [%d, %d, %d]', (a, c, b) => {
    const n = 400;
    const xs: number[] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) xs.push(triangularMinMax((i + 0.5) / n, (j + 0.5) / n, a, c, b));
    expect(xs.reduce((m, x) => Math.min(m, x))).toBeGreaterThanOrEqual(a);
    expect(xs.reduce((m, x) => Math.max(m, x))).toBeLessThanOrEqual(b);
    for (let q = 1; q < 10; q++) {
      const x = a + ((b - a) * q) / 10;
      const share = xs.filter((v) => v <= x).length / xs.length;
      // A midpoint grid of n² points: the empirical CDF is within a few 1/n of the exact one.
      expect(Math.abs(share - cdf(x, a, c, b))).toBeLessThan(3 / n);
    }
  });
});
