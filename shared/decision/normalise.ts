/**
 * From scores to comparable 0…1 performance values, per criterion, and from several raters'
 * scores to one score per cell.
 */

/** How a criterion is scored (schema `criterionSchema`). */
export type CriterionScale = 'rating' | 'value';
/** `benefit`: more is better; `cost`: less is better. */
export type CriterionDirection = 'benefit' | 'cost';

/** Worst rating. Ratings run 1 … 10 (best), also for cost criteria ("how good is the cost"). */
export const RATING_MIN = 1;
/** Best rating. */
export const RATING_MAX = 10;

/**
 * A 1–10 rating as a 0…1 performance: `(rating − 1)/9`, so the scale's ends map to 0 and 1.
 * Ratings outside 1…10 are clamped. For the weighted sum this is an affine map of the rating,
 * so it ranks exactly as the plain weighted mean of ratings does.
 */
export function normaliseRating(rating: number): number {
  return (clampRating(rating) - RATING_MIN) / (RATING_MAX - RATING_MIN);
}

/** A rating cut to the scale 1…10 (a typo such as 40 counts as 10, never as four times 10). */
export function clampRating(rating: number): number {
  return Math.min(RATING_MAX, Math.max(RATING_MIN, rating));
}

/**
 * Raw values of one criterion (one per subject) as 0…1 performances, by direction — the
 * linear scale transformation of Hwang & Yoon (1981, Multiple Attribute Decision Making,
 * Springer):
 *
 * - benefit, all values ≥ 0 and some > 0: `value / max`;
 * - cost, all values > 0: `min / value`; a cost of exactly 0 among non-negative costs takes the
 *   limit of that rule (the free one 1, the others 0), so nothing jumps when a cost reaches 0;
 * - otherwise (negative values, all costs 0): min–max, `(v − min)/(max − min)` for benefit and
 *   `(max − v)/(max − min)` for cost; all equal → 1 for everyone.
 *
 * Every rule is unchanged when all values are multiplied by the same positive constant
 * (currency, thousands), so the ranking does not depend on the unit. `null` entries (no score)
 * stay `null`.
 *
 * @example normaliseValues([100, 200, 400], 'cost') // → [1, 0.5, 0.25]
 */
export function normaliseValues(
  values: readonly (number | null)[],
  direction: CriterionDirection,
): (number | null)[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Number.POSITIVE_INFINITY) return values.map(() => null);
  return values.map((v) => (v === null ? null : normaliseValue(v, min, max, direction)));
}

/**
 * One raw value given the column's `min` and `max` (see {@link normaliseValues}); shared with the
 * Monte Carlo simulation so both apply exactly the same rule.
 */
export function normaliseValue(
  v: number,
  min: number,
  max: number,
  direction: CriterionDirection,
): number {
  if (direction === 'benefit') {
    if (min >= 0 && max > 0) return v / max;
  } else if (min > 0) {
    return min / v;
  } else if (min === 0 && max > 0) {
    // The limit of min/v as the cheapest cost falls to 0: the free option gets 1, every other 0.
    // Switching to min–max here instead would spread the others apart the moment one cost hit
    // exactly 0, and could reverse their overall order.
    return v === 0 ? 1 : 0;
  }
  if (max === min) return 1;
  // Halved first: max − min of values near ±1.8e308 would overflow to Infinity (and give NaN).
  const span = max / 2 - min / 2;
  return direction === 'benefit' ? (v / 2 - min / 2) / span : (max / 2 - v / 2) / span;
}

/** Several raters' scores of one cell (subject × criterion), summarised. */
export type CellSummary = {
  /** Arithmetic mean of the raters' values; `null` when nobody scored the cell. */
  value: number | null;
  /** Mean of the raters' lows and highs; a rater without one contributes their value. */
  low: number | null;
  high: number | null;
  /** Raters who gave a value. */
  count: number;
  /** Population standard deviation (divide by count) of the raters' values; 0 for one rater. */
  standardDeviation: number;
  /** Highest minus lowest value: the plainest measure of disagreement. */
  range: number;
};

/** One rater's score of a cell; `value` null means "not scored" and the rater is left out. */
export type RaterScore = { value: number | null; low: number | null; high: number | null };

/**
 * Mean of the raters who scored the cell (raters without a value are excluded, not counted as
 * zero). A low above the value or a high below it is widened to the value, so every range
 * contains its most likely value.
 */
export function summariseCell(scores: readonly RaterScore[]): CellSummary {
  const given = scores.filter(
    (s): s is RaterScore & { value: number } => s.value !== null && Number.isFinite(s.value),
  );
  const count = given.length;
  if (count === 0) {
    return { value: null, low: null, high: null, count: 0, standardDeviation: 0, range: 0 };
  }
  let sum = 0;
  let lowSum = 0;
  let highSum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const s of given) {
    const low = s.low !== null && Number.isFinite(s.low) ? Math.min(s.low, s.value) : s.value;
    const high = s.high !== null && Number.isFinite(s.high) ? Math.max(s.high, s.value) : s.value;
    sum += s.value;
    lowSum += low;
    highSum += high;
    min = Math.min(min, s.value);
    max = Math.max(max, s.value);
  }
  const value = sum / count;
  const variance = given.reduce((v, s) => v + (s.value - value) ** 2, 0) / count;
  return {
    value,
    low: lowSum / count,
    high: highSum / count,
    count,
    standardDeviation: Math.sqrt(variance),
    range: max - min,
  };
}
