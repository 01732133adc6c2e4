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

/**
 * A simulation that runs in steps, so a caller (the Options page's worker) can report progress
 * and give way between them. Running it in any number of steps draws exactly the same numbers
 * as one `monteCarloRanking` call.
 */
export type MonteCarloRun = {
  /** Draws to make in all. */
  readonly samples: number;
  /** Draws made so far. */
  readonly completed: number;
  /** Makes up to `draws` more draws (fewer when the total is reached). */
  advance(draws: number): void;
  /** The result of the draws made so far (complete once `completed === samples`). */
  result(): MonteCarloResult;
};

/** Half of a 32-bit random word: each word gives one rating cell its two uniforms. */
const LOW_HALF = 0xffff;

/**
 * One draw of every triangular rating cell (the hot loop): each subject's `base` plus its cells'
 * c·(x − mode) = sumCoef·(j₁ + j₂) + maxCoef·max(j₁, j₂) (monte-carlo-plan.ts), into `score`.
 * Mulberry32 (random.ts) is inlined and the maximum is taken on integers without a branch; takes
 * and returns the generator's 32-bit state. A top-level function called once per draw, so the
 * engine compiles it from its entry with the state as a machine integer, rather than entering a
 * long loop mid-way (on-stack replacement) with it boxed.
 */
function drawTriangularRatings(
  state: number,
  base: Float64Array,
  cellStart: Int32Array,
  triangle: Float64Array,
  score: Float64Array,
): number {
  let word = state | 0;
  for (let i = 0, m = score.length; i < m; i++) {
    let acc = base[i]!;
    for (let o = cellStart[i]! * 2, stop = cellStart[i + 1]! * 2; o < stop; o += 2) {
      word = (word + 0x6d2b79f5) | 0;
      let t = Math.imul(word ^ (word >>> 15), 1 | word);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      t ^= t >>> 14;
      const high = t >>> 16;
      const low = t & LOW_HALF;
      const lead = high - low; // max(high, low) = high − min(lead, 0), the sign spread by >> 31
      acc += triangle[o]! * (high + low) + triangle[o + 1]! * (high - (lead & (lead >> 31)));
    }
    score[i] = acc;
  }
  return word;
}

/**
 * Counts which subjects come first in one draw: every subject within TIE_TOLERANCE of the
 * highest score shares the draw equally (three identical candidates are each first in a third of
 * the draws, not the first-listed one in all of them). One pass for the maximum, one for the tie.
 */
function tallyFirst(score: Float64Array, firstCount: Float64Array): void {
  const m = score.length;
  if (m === 0) return;
  let top = 0;
  let best = score[0]!;
  for (let i = 1; i < m; i++) {
    if (score[i]! > best) {
      best = score[i]!;
      top = i;
    }
  }
  const floor = best - TIE_TOLERANCE;
  let tied = 0;
  for (let i = 0; i < m; i++) if (score[i]! >= floor) tied++;
  if (tied === 1) firstCount[top]! += 1;
  else for (let i = 0; i < m; i++) if (score[i]! >= floor) firstCount[i]! += 1 / tied;
}

/**
 * Counts every subject's rank in one draw. Subject j is ahead of subject i (j > i) when its score
 * is higher by more than TIE_TOLERANCE, otherwise i is ahead of j — ties go to document order,
 * as in ranking.ts — so each pair is compared once, and a subject's rank − 1 is the number of
 * subjects ahead of it. The comparison is counted, not branched on: a sort of scores that change
 * every draw mispredicts about as often as it compares. m(m − 1)/2 comparisons, m ≤ 100.
 */
function tallyRanks(score: Float64Array, ahead: Int32Array, rankCount: Float64Array): void {
  const m = score.length;
  ahead.fill(0);
  for (let i = 0; i < m; i++) {
    const above = score[i]! + TIE_TOLERANCE;
    let count = ahead[i]!;
    for (let j = i + 1; j < m; j++) {
      const isJAhead = Number(score[j]! > above);
      count += isJAhead;
      ahead[j]! += 1 - isJAhead;
    }
    rankCount[i * m + count]!++;
  }
}

/**
 * Runs the simulation. `scores[i][k]` is subject i's score on criterion k (aggregated over
 * raters; impute missing scores before calling — a `null` value counts as performance 0).
 * Normalisation is exactly that of normalise.ts: ratings (v − 1)/9, raw values by direction,
 * recomputed per draw for raw-value criteria since their min and max move. Draws are
 * reproducible by seed.
 */
export function monteCarloRanking(
  criteria: readonly MonteCarloCriterion[],
  scores: readonly (readonly UncertainScore[])[],
  options: MonteCarloOptions,
): MonteCarloResult {
  const run = startMonteCarlo(criteria, scores, options);
  run.advance(run.samples);
  return run.result();
}

/**
 * Sets a simulation up (monte-carlo-plan.ts lays every parameter out in typed arrays once) and
 * returns it ready to draw. One pass per draw, nothing allocated in the loop. Triangular rating
 * cells take one 32-bit word of Mulberry32 each, inlined: its two 16-bit halves are the two
 * uniforms of `triangularMinMax` (random.ts) at the midpoints (j + ½)/2¹⁶ — x rises in both, so
 * the edge of {x ≤ t} crosses at most 2¹⁷ of the 2³² grid squares and each cell's distribution
 * function is off by at most 2⁻¹⁵, far below the ±0.3 percentage points of sampling error at
 * 100,000 draws — so a cell costs one word, an integer maximum and two multiply-adds. First
 * place is counted in one pass; every rank, when asked for, by comparing each pair once. PERT
 * cells and raw-value criteria draw through the sampler.
 */
export function startMonteCarlo(
  criteria: readonly MonteCarloCriterion[],
  scores: readonly (readonly UncertainScore[])[],
  options: MonteCarloOptions,
): MonteCarloRun {
  const m = scores.length;
  const distribution = options.distribution ?? 'triangular';
  const isPert = distribution === 'pert';
  const samples = Math.max(0, Math.floor(options.samples));
  const plan = planSimulation(criteria, scores);
  const { base, triangularBase, cellStart, triangle, pert, valueColumns } = plan;
  const sampler = createSampler(options.seed);
  const draw = (d: DrawnCell) =>
    isPert ? sampler.pert(d.low, d.mode, d.high) : sampler.triangular(d.low, d.mode, d.high);
  // The rating cells' own Mulberry32 stream (seed XOR a constant), apart from the sampler's.
  let state = (seedState(options.seed) ^ 0x5bd1e995) | 0;

  const score = new Float64Array(m);
  const column = new Float64Array(m);
  const ahead = new Int32Array(m);
  const firstCount = new Float64Array(m);
  const rankCount = options.hasRankDistribution ? new Float64Array(m * m) : null;
  // Moments of (score − shift), shift = the first draw's scores: keeps the variance free of
  // cancellation when the spread is tiny (shifted-data algorithm, Chan, Golub & LeVeque 1983).
  const shift = new Float64Array(m);
  const sum = new Float64Array(m);
  const sumSquares = new Float64Array(m);
  let completed = 0;

  const drawBatch = (count: number) => {
    let word = state;
    const last = completed + count;
    for (let s = completed; s < last; s++) {
      if (isPert) {
        for (let i = 0; i < m; i++) {
          let acc = base[i]!;
          for (let c = cellStart[i]!, end = cellStart[i + 1]!; c < end; c++) {
            const o = c * 4;
            acc += pert[o]! + pert[o + 1]! * sampler.beta(pert[o + 2]!, pert[o + 3]!);
          }
          score[i] = acc;
        }
      } else word = drawTriangularRatings(word, triangularBase, cellStart, triangle, score);
      for (let v = 0; v < valueColumns.length; v++) {
        const { k, fixed, drawn } = valueColumns[v]!;
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
      tallyFirst(score, firstCount);
      if (rankCount) tallyRanks(score, ahead, rankCount);
      if (s === 0) shift.set(score);
      for (let i = 0; i < m; i++) {
        const delta = score[i]! - shift[i]!;
        sum[i]! += delta;
        sumSquares[i]! += delta * delta;
      }
    }
    state = word;
    completed = last;
  };

  return {
    samples,
    get completed() {
      return completed;
    },
    advance(draws) {
      drawBatch(Math.min(samples - completed, Math.max(0, Math.floor(draws))));
    },
    result() {
      const n = completed;
      const share = (count: number) => (n > 0 ? count / n : 0);
      return {
        samples: n,
        seed: options.seed,
        distribution,
        firstProbability: Array.from(firstCount, share),
        rankProbability: rankCount
          ? Array.from({ length: m }, (_, i) =>
              Array.from(rankCount.subarray(i * m, i * m + m), share),
            )
          : null,
        meanScore: Array.from(sum, (total, i) => shift[i]! + share(total)),
        scoreStandardDeviation: Array.from(sum, (total, i) => {
          const mean = share(total);
          return n > 0 ? Math.sqrt(Math.max(0, sumSquares[i]! / n - mean * mean)) : 0;
        }),
        uncertainCellCount: plan.uncertainCellCount,
      };
    },
  };
}
