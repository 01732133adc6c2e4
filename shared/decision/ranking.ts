/**
 * Ranks from scores, with deterministic ties, and how far two rankings agree.
 */

/**
 * Scores closer than this count as tied. Far above floating-point noise (≈ 1e-16 on 0…1 scores)
 * and far below any difference a rater could mean, so sums computed in a different order (the
 * Monte Carlo loop, the threshold search) tie-break exactly as the ranking does.
 */
export const TIE_TOLERANCE = 1e-12;

/** A ranking: subject indices best first, and each subject's rank (1 = best). */
export type Ranks = {
  /** Subject indices from best to worst; ties keep document order. */
  order: number[];
  /** Competition ranks ("1224"): tied subjects share the better rank. */
  ranks: number[];
};

/** Whether score `a` of subject `i` beats score `b` of subject `j` (ties: earlier subject). */
export function isBetter(a: number, i: number, b: number, j: number): boolean {
  if (a > b + TIE_TOLERANCE) return true;
  if (b > a + TIE_TOLERANCE) return false;
  return i < j;
}

/** Index of the best score; ties go to the earliest subject; -1 for no scores. */
export function topIndex(scores: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    if (best === -1 || scores[i]! > scores[best]! + TIE_TOLERANCE) best = i;
  }
  return best;
}

/** Ranks higher-is-better scores; ties within {@link TIE_TOLERANCE} keep document order. */
export function rankScores(scores: readonly number[]): Ranks {
  const order = scores
    .map((_, i) => i)
    .sort((i, j) => (isBetter(scores[i]!, i, scores[j]!, j) ? -1 : 1));
  const ranks = new Array<number>(scores.length).fill(0);
  order.forEach((subject, position) => {
    const previous = order[position - 1];
    const isTied =
      previous !== undefined && Math.abs(scores[previous]! - scores[subject]!) <= TIE_TOLERANCE;
    ranks[subject] = isTied ? ranks[previous]! : position + 1;
  });
  return { order, ranks };
}

/** How far two rankings of the same subjects agree. */
export type RankAgreement = {
  /**
   * Spearman's rank correlation ρ, computed as Pearson's correlation of the ranks (which also
   * handles ties); 1 = same order, −1 = reversed. Null for fewer than two subjects or when
   * one ranking ties everyone.
   */
  spearman: number | null;
  /** Subject indices whose rank differs between the two rankings. */
  differing: number[];
  /** Whether both rankings put the same subject first. */
  hasSameTop: boolean;
};

/** Mid-ranks (ties share the mean of the positions they occupy), for the correlation. */
function midRanks(ranks: readonly number[]): number[] {
  return ranks.map((r) => {
    const tied = ranks.filter((x) => x === r).length;
    return r + (tied - 1) / 2;
  });
}

/**
 * Agreement of two rankings (e.g. weighted sum and TOPSIS). Source for ρ with ties: Spearman,
 * C. (1904), Am. J. Psychology 15, 72–101; the Pearson-on-mid-ranks form is the standard
 * tie-corrected coefficient (e.g. Kendall & Gibbons, Rank Correlation Methods, 5th ed., 1990).
 */
export function rankAgreement(a: Ranks, b: Ranks): RankAgreement {
  const n = a.ranks.length;
  const differing = a.ranks.map((r, i) => i).filter((i) => a.ranks[i] !== b.ranks[i]);
  const hasSameTop = n > 0 && a.order[0] === b.order[0];
  if (n < 2) return { spearman: null, differing, hasSameTop };
  const x = midRanks(a.ranks);
  const y = midRanks(b.ranks);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mean) * (y[i]! - mean);
    sxx += (x[i]! - mean) ** 2;
    syy += (y[i]! - mean) ** 2;
  }
  const spearman = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
  return { spearman, differing, hasSameTop };
}
