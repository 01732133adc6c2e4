import { rankScores, type Ranks } from './ranking.ts';

/**
 * Weighted sum (simple additive weighting): each subject's score is Σ_k w_k · r_ik over the
 * scored criteria, with r the 0…1 normalised performances and w the global weights (sum 1), so
 * scores lie in 0…1. Source: Fishburn, P. C. (1967), "Additive utilities with incomplete product
 * sets", Operations Research 15, 537–542; Hwang & Yoon (1981), "simple additive weighting".
 */
export type WeightedSumResult = Ranks & { scores: number[] };

/**
 * Scores and ranks of every subject. `matrix[i][k]` is subject i's normalised performance on
 * criterion k; `weights[k]` the criterion's global weight.
 *
 * @example weightedSum([[1, 0], [0.5, 0.5]], [0.3, 0.7]).scores // → [0.3, 0.5]
 */
export function weightedSum(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
): WeightedSumResult {
  const scores = matrix.map((row) => row.reduce((s, r, k) => s + (weights[k] ?? 0) * r, 0));
  return { scores, ...rankScores(scores) };
}
