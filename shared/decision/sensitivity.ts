import { isBetter, TIE_TOLERANCE, topIndex } from './ranking.ts';

/**
 * One-at-a-time weight sensitivity of the weighted sum. The weight of one criterion (a leaf, or
 * a main criterion with all its sub-criteria) is set to x and every other weight is rescaled
 * proportionally so the weights still sum to 1:
 *
 *   w_j' = w_j · (1 − x)/(1 − W)  for leaves outside the criterion,
 *   w_j' = w_j · x / W            for its leaves (W = their current total).
 *
 * Each subject's score is then linear in x, S_i(x) = x·A_i + (1 − x)·B_i, so the weight at which
 * the top subject changes — the rank-reversal threshold — follows exactly from the crossing
 * points of straight lines, with no scanning. Method: Triantaphyllou, E. & Sánchez, A. (1997),
 * "A sensitivity analysis approach for some deterministic multi-criteria decision-making
 * methods", Decision Sciences 28(1), 151–194; proportional rescaling as in Expert Choice and
 * most AHP tools ("dynamic sensitivity").
 */

/** Crossings this close to 0 % or 100 % leave no room to get ahead (floating-point slack). */
const END_TOLERANCE = 1e-12;

/** The straight lines S_i(x) = x·A_i + (1 − x)·B_i for one criterion. */
export type WeightLines = {
  /** Current total weight W of the criterion's leaves. */
  weight: number;
  /** A_i: the subject's score if the criterion had all the weight. */
  inside: number[];
  /** B_i: the subject's score if the criterion had no weight. */
  outside: number[];
  /** False when the criterion covers every scored criterion: its weight cannot change. */
  isAdjustable: boolean;
};

/**
 * Weights after setting the total weight of `leafIndices` to `x`, the others rescaled
 * proportionally. When the criterion's weight is 0 its leaves share x equally; when it is 1,
 * the others share 1 − x equally (the proportional rule has nothing to scale).
 */
export function reweight(
  weights: readonly number[],
  leafIndices: readonly number[],
  x: number,
): number[] {
  const inside = new Set(leafIndices);
  const total = leafIndices.reduce((s, k) => s + (weights[k] ?? 0), 0);
  const outsideCount = weights.length - inside.size;
  return weights.map((w, k) => {
    if (inside.has(k)) return total > 0 ? (w * x) / total : x / inside.size;
    return total < 1 ? (w * (1 - x)) / (1 - total) : outsideCount > 0 ? (1 - x) / outsideCount : 0;
  });
}

/** A_i and B_i of {@link WeightLines} for one criterion; same conventions as {@link reweight}. */
export function weightLines(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  leafIndices: readonly number[],
): WeightLines {
  const at0 = reweight(weights, leafIndices, 0);
  const at1 = reweight(weights, leafIndices, 1);
  const score = (row: readonly number[], w: readonly number[]) =>
    row.reduce((s, r, k) => s + w[k]! * r, 0);
  const inside = new Set(leafIndices);
  return {
    weight: leafIndices.reduce((s, k) => s + (weights[k] ?? 0), 0),
    inside: matrix.map((row) => score(row, at1)),
    outside: matrix.map((row) => score(row, at0)),
    isAdjustable: inside.size > 0 && inside.size < weights.length,
  };
}

/** Scores of every subject when the criterion weighs `x`. */
export function scoresAtWeight(lines: WeightLines, x: number): number[] {
  return lines.inside.map((a, i) => x * a + (1 - x) * lines.outside[i]!);
}

/** Where the top subject changes, moving the weight one way from its current value. */
export type RankReversal = {
  /** The weight (0…1) at which the new subject draws level with the current top one. */
  weight: number;
  /** Index of the subject that is first just beyond `weight`. */
  newTop: number;
};

/** Where the top subject changes as one criterion's weight rises and falls. */
export type RankReversalThreshold = {
  currentWeight: number;
  /** Index of today's top subject. */
  top: number;
  /** Raising the weight up to 100 %: the first change of the top subject, if any. */
  increase: RankReversal | null;
  /** Lowering the weight down to 0 %: the first change of the top subject, if any. */
  decrease: RankReversal | null;
};

/**
 * The exact rank-reversal thresholds of one criterion. At x₀ (today's weight) subject t is first.
 * For every other subject j the gap D_j(x) = S_t(x) − S_j(x) is linear; it reaches 0 at
 * x* = x₀ − D_j(x₀)/slope_j. The nearest x* above x₀ (within 1) with a falling gap is where the
 * top changes when the weight rises; the nearest below x₀ (within 0) with a rising gap, when it
 * falls. Of subjects crossing at the same point the one rising fastest takes over (ties: the
 * earlier subject), exactly as the ranking would decide just past the threshold. A rival that
 * merely draws level at 0 % or 100 % (equal scores on the criterion) is not a reversal: there is
 * no weight beyond the range at which it would lead.
 */
export function rankReversalThreshold(lines: WeightLines): RankReversalThreshold {
  const x0 = lines.weight;
  const current = scoresAtWeight(lines, x0);
  const top = topIndex(current);
  const result: RankReversalThreshold = { currentWeight: x0, top, increase: null, decrease: null };
  if (top === -1 || !lines.isAdjustable) return result;
  const slopeOf = (i: number) => lines.inside[i]! - lines.outside[i]!;
  const slopeTop = slopeOf(top);
  for (const direction of [1, -1] as const) {
    let best: RankReversal | null = null;
    let bestSlope = 0;
    for (let j = 0; j < current.length; j++) {
      if (j === top) continue;
      // Gap's rate of change in the direction of travel; the gap must shrink.
      const closing = direction * (slopeOf(j) - slopeTop);
      // Parallel lines (equal within rounding) never cross: the tie, if any, stays a tie.
      if (closing <= TIE_TOLERANCE) continue;
      const gap = Math.max(0, current[top]! - current[j]!);
      const x = x0 + direction * (gap / closing);
      // A rival that only draws level at 0 % or 100 % never gets ahead: no reversal.
      if (direction === 1 ? x >= 1 - END_TOLERANCE : x <= END_TOLERANCE) continue;
      const slope = direction * slopeOf(j);
      const isNearer = best === null || direction * (x - best.weight) < -1e-15;
      const isSamePoint = best !== null && Math.abs(x - best.weight) <= 1e-15;
      if (isNearer || (isSamePoint && isBetter(slope, j, bestSlope, best!.newTop))) {
        best = { weight: x, newTop: j };
        bestSlope = slope;
      }
    }
    if (direction === 1) result.increase = best;
    else result.decrease = best;
  }
  return result;
}
