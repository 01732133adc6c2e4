import { rankScores, type Ranks } from './ranking.ts';

/**
 * TOPSIS, the technique for order preference by similarity to the ideal solution. Source:
 * Hwang, C.-L. & Yoon, K. (1981), Multiple Attribute Decision Making: Methods and Applications,
 * Springer (worked example: the fighter-aircraft problem).
 *
 * 1. vector normalisation r_ij = x_ij / √(Σ_i x_ij²);
 * 2. weighting v_ij = w_j · r_ij;
 * 3. ideal A⁺ = best v per criterion (max for benefit, min for cost), anti-ideal A⁻ = worst;
 * 4. Euclidean distances d⁺_i to A⁺ and d⁻_i to A⁻;
 * 5. closeness coefficient C_i = d⁻_i / (d⁺_i + d⁻_i), 1 = the ideal itself; ranked by C.
 */
export type TopsisResult = Ranks & {
  closeness: number[];
  distanceToIdeal: number[];
  distanceToAntiIdeal: number[];
  /** Weighted normalised matrix v (subjects × criteria). */
  weighted: number[][];
  ideal: number[];
  antiIdeal: number[];
};

/**
 * TOPSIS on raw scores `matrix[i][j]` (any unit; vector normalisation makes units irrelevant).
 * A criterion whose column is all zero contributes nothing. When every subject is identical
 * (d⁺ = d⁻ = 0) the closeness is 0.5 for all: no preference either way.
 *
 * @example Hwang & Yoon's fighter aircraft (weights .2 .1 .1 .1 .2 .3, cost the only cost
 * criterion) → C = 0.643, 0.268, 0.613, 0.312.
 */
export function topsis(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  isBenefit: readonly boolean[],
): TopsisResult {
  const m = matrix.length;
  const n = weights.length;
  // Vector normalisation x / √Σx², computed on x / max|x| so that neither the squares of very
  // large values (≥ 1e155) overflow nor those of very small ones underflow: the ratio is the
  // same, and a column would otherwise drop out of the comparison without a word.
  const scale = new Array<number>(n).fill(0);
  for (const row of matrix)
    for (let j = 0; j < n; j++) scale[j] = Math.max(scale[j]!, Math.abs(row[j] ?? 0));
  const norms = new Array<number>(n).fill(0);
  for (const row of matrix)
    for (let j = 0; j < n; j++) if (scale[j]! > 0) norms[j]! += ((row[j] ?? 0) / scale[j]!) ** 2;
  const weighted = matrix.map((row) =>
    weights.map((w, j) =>
      norms[j]! > 0 ? (w * ((row[j] ?? 0) / scale[j]!)) / Math.sqrt(norms[j]!) : 0,
    ),
  );
  const ideal = new Array<number>(n).fill(0);
  const antiIdeal = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      lo = Math.min(lo, weighted[i]![j]!);
      hi = Math.max(hi, weighted[i]![j]!);
    }
    ideal[j] = m === 0 ? 0 : isBenefit[j] === false ? lo : hi;
    antiIdeal[j] = m === 0 ? 0 : isBenefit[j] === false ? hi : lo;
  }
  const distance = (row: readonly number[], target: readonly number[]) =>
    Math.sqrt(row.reduce((s, v, j) => s + (v - target[j]!) ** 2, 0));
  const distanceToIdeal = weighted.map((row) => distance(row, ideal));
  const distanceToAntiIdeal = weighted.map((row) => distance(row, antiIdeal));
  const closeness = distanceToIdeal.map((dPlus, i) => {
    const dMinus = distanceToAntiIdeal[i]!;
    return dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0.5;
  });
  return {
    closeness,
    distanceToIdeal,
    distanceToAntiIdeal,
    weighted,
    ideal,
    antiIdeal,
    ...rankScores(closeness),
  };
}
