/**
 * Criterion weights from direct percentages and from ranks. Every function returns weights that
 * sum to 1 (or an empty list for no criteria), so results of different methods can be compared
 * and averaged.
 */

/**
 * Direct weights (percentages, points, any non-negative numbers) scaled to sum to 1.
 * Negative, `NaN` and infinite entries count as 0; any finite size works (no overflow); when nothing is left (all zero) every
 * criterion gets the same weight, so a rater who has not weighted yet does not silence the
 * decision.
 *
 * @example normaliseWeights([15, 25, 60]) // → [0.15, 0.25, 0.6]
 * @example normaliseWeights([0, 0]) // → [0.5, 0.5]
 */
export function normaliseWeights(values: readonly number[]): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  if (clean.length === 0) return [];
  const total = clean.reduce((sum, v) => sum + v, 0);
  if (total <= 0) return clean.map(() => 1 / clean.length);
  if (Number.isFinite(total)) return clean.map((v) => v / total);
  // Weights near 1e308 overflow the sum to Infinity, which turned every weight into 0 while
  // the ranking still named a winner: divide by the largest first, then normalise.
  const largest = clean.reduce((m, v) => Math.max(m, v), 0);
  const scaled = clean.map((v) => v / largest);
  const scaledTotal = scaled.reduce((sum, v) => sum + v, 0);
  return scaled.map((v) => v / scaledTotal);
}

/**
 * Rank-order centroid (ROC) weights for n criteria ranked 1 (most important) to n:
 * `w_i = (1/n) · Σ_{k=i..n} 1/k`. Source: Barron, F. H. & Barrett, B. E. (1996), "Decision
 * quality using ranked attribute weights", Management Science 42(11), 1515–1523 (ROC after
 * Stillwell, Seaver & Edwards 1981).
 *
 * @example rankOrderCentroid(4) // → [0.5208, 0.2708, 0.1458, 0.0625] (to 4 decimals)
 */
export function rankOrderCentroid(n: number): number[] {
  const count = Math.max(0, Math.floor(n));
  const weights = new Array<number>(count).fill(0);
  let tail = 0;
  for (let i = count; i >= 1; i--) {
    tail += 1 / i;
    weights[i - 1] = tail / count;
  }
  return weights;
}

/**
 * ROC weights from stored ranks (1 = most important). Criteria sharing a rank split the ROC
 * weights of the positions they occupy equally (the usual treatment of ties, e.g. Barron &
 * Barrett 1996). A rank that is missing, not finite or below 1 means "not ranked": those
 * criteria tie for the last positions, after every ranked one.
 *
 * @example rankOrderWeights([2, 1, 3]) // → [0.2778, 0.6111, 0.1111] (to 4 decimals)
 * @example rankOrderWeights([1, 2, 2]) // → [0.6111, 0.1944, 0.1944]
 */
export function rankOrderWeights(ranks: readonly (number | null | undefined)[]): number[] {
  const n = ranks.length;
  const roc = rankOrderCentroid(n);
  const key = (r: number | null | undefined) =>
    typeof r === 'number' && Number.isFinite(r) && r >= 1 ? r : Number.POSITIVE_INFINITY;
  const order = ranks.map((r, i) => ({ i, k: key(r) })).sort((a, b) => a.k - b.k || a.i - b.i);
  const weights = new Array<number>(n).fill(0);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && order[end]!.k === order[start]!.k) end++;
    let share = 0;
    for (let p = start; p < end; p++) share += roc[p]!;
    share /= end - start;
    for (let p = start; p < end; p++) weights[order[p]!.i] = share;
    start = end;
  }
  return weights;
}

/**
 * Arithmetic mean of several weight vectors (one per rater), element by element. Each input
 * sums to 1, so the mean does too. An empty list gives equal weights over `n` criteria.
 */
export function meanWeights(vectors: readonly (readonly number[])[], n: number): number[] {
  if (vectors.length === 0) return normaliseWeights(new Array<number>(n).fill(0));
  const mean = new Array<number>(n).fill(0);
  for (const v of vectors) for (let i = 0; i < n; i++) mean[i]! += (v[i] ?? 0) / vectors.length;
  return mean;
}
