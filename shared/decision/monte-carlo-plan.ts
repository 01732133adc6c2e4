import {
  clampRating,
  normaliseRating,
  normaliseValue,
  RATING_MAX,
  RATING_MIN,
} from './normalise.ts';
import type { CriterionDirection, CriterionScale } from './normalise.ts';
import { pertShape } from './random.ts';

/**
 * The set-up of a Monte Carlo simulation (monte-carlo.ts): what is fixed, what is drawn, and
 * the draw parameters laid out in typed arrays for the hot loop.
 */

/** A scored criterion as the simulation sees it. */
export type MonteCarloCriterion = {
  scale: CriterionScale;
  direction: CriterionDirection;
  /** Global weight; the weights sum to 1. */
  weight: number;
};

/** One cell: `value` is the most likely score; `null` low/high means no uncertainty. */
export type UncertainScore = { value: number | null; low: number | null; high: number | null };

/** A cell drawn from its range: subject index and low ≤ mode ≤ high. */
export type DrawnCell = { subject: number; low: number; mode: number; high: number };

/** A raw-value criterion with some range: renormalised per draw, since its min and max move. */
export type ValueColumn = { k: number; fixed: Float64Array; drawn: DrawnCell[] };

/** Fixed parts and draw parameters of a simulation, laid out for the hot loop. */
export type SimulationPlan = {
  /** Per subject: the weighted performance of everything that is not drawn. */
  base: Float64Array;
  /** Rating cells of subject i are `cellStart[i] … cellStart[i + 1] − 1`. */
  cellStart: Int32Array;
  /** Per rating cell, pre-scaled by c = w/9: c·low, c·high, split, c²·K_low, c²·K_high. */
  triangle: Float64Array;
  /** Per rating cell: c·low, c·width, α, β of its PERT Beta distribution. */
  pert: Float64Array;
  valueColumns: ValueColumn[];
  uncertainCellCount: number;
};

/**
 * Splits the cells into fixed and drawn. Ratings are linear in the score, so a drawn rating adds
 * c·x to its subject's score (c = w/9, the constant −c·1 folded into `base`); the triangular
 * inverse CDF pre-scales as c·(a + √(u·K)) = c·a + √(u·c²·K). Rating ranges reaching beyond
 * 1…10 are cut there, as normaliseRating does; inverted ranges are widened to the value.
 */
export function planSimulation(
  criteria: readonly MonteCarloCriterion[],
  scores: readonly (readonly UncertainScore[])[],
): SimulationPlan {
  const m = scores.length;
  const base = new Float64Array(m);
  // Rating cells with a range: drawn and added straight to the score (ratings are linear).
  const ratingCells: DrawnCell[] = [];
  const ratingCoef: number[] = [];
  // Raw-value criteria with any range: the whole column is renormalised per draw.
  const valueColumns: ValueColumn[] = [];
  criteria.forEach((c, k) => {
    const cells = scores.map((row) => row[k] ?? { value: null, low: null, high: null });
    if (c.scale === 'rating') {
      cells.forEach((s, i) => {
        if (s.value === null) return;
        // Ratings live on 1…10; a range reaching beyond is cut there, as normaliseRating does.
        const mode = clampRating(s.value);
        const low = clampRating(Math.min(s.low ?? s.value, s.value));
        const high = clampRating(Math.max(s.high ?? s.value, s.value));
        if (!(high > low)) {
          base[i]! += c.weight * normaliseRating(s.value);
          return;
        }
        base[i]! -= (c.weight * RATING_MIN) / (RATING_MAX - RATING_MIN);
        ratingCells.push({ subject: i, low, mode, high });
        ratingCoef.push(c.weight / (RATING_MAX - RATING_MIN));
      });
      return;
    }
    const hasRange = (s: UncertainScore) =>
      s.value !== null && ((s.low ?? s.value) < s.value || (s.high ?? s.value) > s.value);
    const present = cells.filter((s) => s.value !== null);
    if (present.length === 0) return;
    if (!present.some(hasRange)) {
      const values = cells.map((s) => s.value);
      const min = Math.min(...present.map((s) => s.value!));
      const max = Math.max(...present.map((s) => s.value!));
      values.forEach((v, i) => {
        if (v !== null) base[i]! += c.weight * normaliseValue(v, min, max, c.direction);
      });
      return;
    }
    const fixed = new Float64Array(m).fill(Number.NaN);
    const drawn: DrawnCell[] = [];
    cells.forEach((s, i) => {
      if (s.value === null) return;
      if (hasRange(s)) {
        drawn.push({
          subject: i,
          low: Math.min(s.low ?? s.value, s.value),
          mode: s.value,
          high: Math.max(s.high ?? s.value, s.value),
        });
      } else fixed[i] = s.value;
    });
    valueColumns.push({ k, fixed, drawn });
  });

  // Rating draws grouped by subject (each subject's sum builds in a register), parameters
  // interleaved for locality.
  const cellOrder = ratingCells
    .map((_, c) => c)
    .sort((x, y) => ratingCells[x]!.subject - ratingCells[y]!.subject || x - y);
  const r = cellOrder.length;
  const cellStart = new Int32Array(m + 1);
  const triangle = new Float64Array(r * 5); // low, high, split, K_low, K_high
  const pert = new Float64Array(r * 4); // low, width, α, β
  cellOrder.forEach((c, at) => {
    const cell = ratingCells[c]!;
    const coef = ratingCoef[c]!;
    const width = cell.high - cell.low;
    cellStart[cell.subject + 1]!++;
    triangle.set(
      [
        coef * cell.low,
        coef * cell.high,
        (cell.mode - cell.low) / width,
        coef * coef * width * (cell.mode - cell.low),
        coef * coef * width * (cell.high - cell.mode),
      ],
      at * 5,
    );
    const shape = pertShape(cell.low, cell.mode, cell.high);
    pert.set([coef * cell.low, coef * width, shape.alpha, shape.beta], at * 4);
  });
  for (let i = 0; i < m; i++) cellStart[i + 1]! += cellStart[i]!;

  return {
    base,
    cellStart,
    triangle,
    pert,
    valueColumns,
    uncertainCellCount: r + valueColumns.reduce((n, v) => n + v.drawn.length, 0),
  };
}
