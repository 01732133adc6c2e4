import {
  planSimulation,
  type DrawnCell,
  type MonteCarloCriterion,
  type UncertainScore,
} from './monte-carlo-plan.ts';
import { normaliseValue } from './normalise.ts';
import { createSampler, seedState, type RangeDistribution } from './random.ts';
import { TIE_TOLERANCE } from './ranking.ts';

/**
 * Monte Carlo over score ranges: every score with a low/high range is drawn from a triangular or
 * PERT distribution around its most likely value, the weighted sum is recomputed, and the share
 * of draws in which each subject comes first estimates the probability that it is the best
 * choice. Weights stay fixed: this answers "how sure are we of the scores?", the threshold
 * analysis answers "how sure of the weights?".
 */

export type { MonteCarloCriterion, UncertainScore } from './monte-carlo-plan.ts';

/** Draws, seed, distribution, and whether to count every rank. */
export type MonteCarloOptions = {
  samples: number;
  seed: number;
  /** Default triangular; PERT draws two gamma deviates per cell and is several times slower. */
  distribution?: RangeDistribution;
  /** Also count how often each subject lands on each rank. */
  hasRankDistribution?: boolean;
};

/** Probabilities and score statistics of a simulation. */
export type MonteCarloResult = {
  samples: number;
  seed: number;
  distribution: RangeDistribution;
  /**
   * Probability that each subject ranks first; sums to 1 when there are subjects and draws.
   * Subjects tied for first in a draw share it equally.
   */
  firstProbability: number[];
  /** `rankProbability[i][r]`: probability that subject i lands on rank r + 1 (ties: document order). */
  rankProbability: number[][] | null;
  meanScore: number[];
  scoreStandardDeviation: number[];
  /** Cells that were drawn (had a range wider than zero). */
  uncertainCellCount: number;
};

/** Default number of draws: ±0.5 percentage point standard error at worst (p = 0.5). */
export const DEFAULT_SAMPLES = 10_000;
/** Default seed, so an unchanged project always reports the same probabilities. */
export const DEFAULT_SEED = 42;

/** 2⁻³²: turns a 32-bit unsigned integer into a uniform on [0, 1). */
const UINT32_TO_UNIT = 2.3283064365386963e-10;

/**
 * Runs the simulation. `scores[i][k]` is subject i's score on criterion k (aggregated over
 * raters; impute missing scores before calling — a `null` value counts as performance 0).
 * Normalisation is exactly that of normalise.ts: ratings (v − 1)/9, raw values by direction,
 * recomputed per draw for raw-value criteria since their min and max move. Draws are
 * reproducible by seed; the loop allocates nothing (typed arrays set up once by
 * monte-carlo-plan.ts, reused every draw).
 */
export function monteCarloRanking(
  criteria: readonly MonteCarloCriterion[],
  scores: readonly (readonly UncertainScore[])[],
  options: MonteCarloOptions,
): MonteCarloResult {
  const m = scores.length;
  const distribution = options.distribution ?? 'triangular';
  const isPert = distribution === 'pert';
  const samples = Math.max(0, Math.floor(options.samples));
  const plan = planSimulation(criteria, scores);
  const { base, cellStart, triangle, pert, valueColumns } = plan;
  const sampler = createSampler(options.seed);
  const draw = (d: DrawnCell) =>
    isPert ? sampler.pert(d.low, d.mode, d.high) : sampler.triangular(d.low, d.mode, d.high);
  // Mulberry32 (random.ts) inlined for the rating cells — the hottest loop of the engine — on
  // its own stream (seed XOR a constant), apart from the sampler's.
  let state = (seedState(options.seed) ^ 0x5bd1e995) | 0;

  const score = new Float64Array(m);
  const column = new Float64Array(m);
  const order = Int32Array.from({ length: m }, (_, i) => i);
  const firstCount = new Float64Array(m);
  const rankCount = options.hasRankDistribution ? new Float64Array(m * m) : null;
  // Moments of (score − shift), shift = the first draw's scores: keeps the variance free of
  // cancellation when the spread is tiny (shifted-data algorithm, Chan, Golub & LeVeque 1983).
  const shift = new Float64Array(m);
  const sum = new Float64Array(m);
  const sumSquares = new Float64Array(m);

  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < m; i++) {
      let acc = base[i]!;
      const end = cellStart[i + 1]!;
      if (isPert) {
        for (let c = cellStart[i]!; c < end; c++) {
          const o = c * 4;
          acc += pert[o]! + pert[o + 1]! * sampler.beta(pert[o + 2]!, pert[o + 3]!);
        }
      } else {
        for (let o = cellStart[i]! * 5, stop = end * 5; o < stop; o += 5) {
          state = (state + 0x6d2b79f5) | 0;
          let t = Math.imul(state ^ (state >>> 15), 1 | state);
          t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
          const u = ((t ^ (t >>> 14)) >>> 0) * UINT32_TO_UNIT;
          // Both branches of the inverse CDF, blended arithmetically: a random `u < split` branch
          // mispredicts half the time and costs more than the second square root.
          const lowSide = triangle[o]! + Math.sqrt(u * triangle[o + 3]!);
          const highSide = triangle[o + 1]! - Math.sqrt((1 - u) * triangle[o + 4]!);
          const isLowSide = +(u < triangle[o + 2]!);
          acc += isLowSide * lowSide + (1 - isLowSide) * highSide;
        }
      }
      score[i] = acc;
    }
    for (const { k, fixed, drawn } of valueColumns) {
      column.set(fixed);
      for (const d of drawn) column[d.subject] = draw(d);
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < m; i++) {
        const v = column[i]!;
        if (Number.isNaN(v)) continue;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      const c = criteria[k]!;
      for (let i = 0; i < m; i++) {
        const v = column[i]!;
        if (!Number.isNaN(v)) score[i]! += c.weight * normaliseValue(v, min, max, c.direction);
      }
    }
    // Insertion sort starting from the last draw's order: draws mostly keep the order, so this
    // is about m comparisons the CPU predicts well. Ties go to document order, as in ranking.ts.
    for (let p = 1; p < m; p++) {
      const current = order[p]!;
      const value = score[current]!;
      let q = p - 1;
      for (; q >= 0; q--) {
        const other = order[q]!;
        const isAhead =
          value > score[other]! + TIE_TOLERANCE ||
          (current < other && value >= score[other]! - TIE_TOLERANCE);
        if (!isAhead) break;
        order[q + 1] = other;
      }
      order[q + 1] = current;
    }
    if (m > 0) {
      // Subjects tied at the top share the first place: three identical candidates are each
      // first in a third of the draws, not the first-listed one in all of them.
      const best = score[order[0]!]!;
      let tied = 1;
      while (tied < m && score[order[tied]!]! >= best - TIE_TOLERANCE) tied++;
      for (let p = 0; p < tied; p++) firstCount[order[p]!]! += 1 / tied;
    }
    if (rankCount) for (let p = 0; p < m; p++) rankCount[order[p]! * m + p]!++;
    if (s === 0) shift.set(score);
    for (let i = 0; i < m; i++) {
      const delta = score[i]! - shift[i]!;
      sum[i]! += delta;
      sumSquares[i]! += delta * delta;
    }
  }

  const share = (count: number) => (samples > 0 ? count / samples : 0);
  return {
    samples,
    seed: options.seed,
    distribution,
    firstProbability: Array.from(firstCount, share),
    rankProbability: rankCount
      ? Array.from({ length: m }, (_, i) => Array.from(rankCount.subarray(i * m, i * m + m), share))
      : null,
    meanScore: Array.from(sum, (total, i) => shift[i]! + share(total)),
    scoreStandardDeviation: Array.from(sum, (total, i) => {
      const mean = share(total);
      return samples > 0 ? Math.sqrt(Math.max(0, sumSquares[i]! / samples - mean * mean)) : 0;
    }),
    uncertainCellCount: plan.uncertainCellCount,
  };
}
