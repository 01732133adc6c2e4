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
  /** `base` plus the constant terms of the subject's triangular draws (see `triangle`). */
  triangularBase: Float64Array;
  /** Rating cells of subject i are `cellStart[i] … cellStart[i + 1] − 1`. */
  cellStart: Int32Array;
  /**
   * Per rating cell, the two coefficients of its triangular draw from a 32-bit random word
   * (monte-carlo.ts): `sumCoef` and `maxCoef` with c·(x − mode) = sumCoef·(j₁ + j₂) +
   * maxCoef·max(j₁, j₂) + a constant, for the word's 16-bit halves j₁, j₂ (the constant and
   * c·mode are folded into `base`).
   */
  triangle: Float64Array;
  /** Per rating cell: c·(low − mode), c·width, α, β of its PERT Beta distribution. */
  pert: Float64Array;
  valueColumns: ValueColumn[];
  uncertainCellCount: number;
};

/** 2¹⁶: the resolution of each half of a 32-bit random word. */
const HALF_WORD = 65536;

/**
 * Splits the cells into fixed and drawn. Ratings are linear in the score, so a drawn rating adds
 * c·x to its subject's score (c = w/9, the constants c·mode − c·1 folded into `base`). The
 * triangular draw is Stein and Keblis' x = low + (1 − p)·width·min(u₁, u₂) + p·width·max(u₁, u₂)
 * with p = (mode − low)/width (random.ts, `triangularMinMax`) and u = (j + ½)/2¹⁶. Since
 * min = u₁ + u₂ − max,
 * c·(x − mode) = c·(high − mode)·(j₁ + j₂)/2¹⁶ + c·(2·mode − low − high)·max(j₁, j₂)/2¹⁶
 *   + c·(low − mode) + c·(high − mode)/2¹⁶ + c·(2·mode − low − high)/2¹⁷:
 * two multiply-adds and an integer maximum, no square root; the constants of the last line go
 * into `triangularBase`. Rating ranges reaching beyond 1…10 are cut there, as normaliseRating
 * does; inverted ranges are widened to the value.
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
        base[i]! += (c.weight * (mode - RATING_MIN)) / (RATING_MAX - RATING_MIN);
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
  const triangle = new Float64Array(r * 2); // sumCoef, maxCoef
  const pert = new Float64Array(r * 4); // low − mode, width, α, β
  const triangularBase = base.slice();
  cellOrder.forEach((c, at) => {
    const cell = ratingCells[c]!;
    const coef = ratingCoef[c]!;
    const width = cell.high - cell.low;
    cellStart[cell.subject + 1]!++;
    const sumCoef = (coef * (cell.high - cell.mode)) / HALF_WORD;
    const maxCoef = (coef * (2 * cell.mode - cell.low - cell.high)) / HALF_WORD;
    triangle[at * 2] = sumCoef;
    triangle[at * 2 + 1] = maxCoef;
    // The midpoints' halves: u₁ + u₂ = (j₁ + j₂ + 1)/2¹⁶, max(u₁, u₂) = (max(j₁, j₂) + ½)/2¹⁶.
    triangularBase[cell.subject]! += coef * (cell.low - cell.mode) + sumCoef + maxCoef / 2;
    const shape = pertShape(cell.low, cell.mode, cell.high);
    pert.set([coef * (cell.low - cell.mode), coef * width, shape.alpha, shape.beta], at * 4);
  });
  for (let i = 0; i < m; i++) cellStart[i + 1]! += cellStart[i]!;

  return {
    base,
    triangularBase,
    cellStart,
    triangle,
    pert,
    valueColumns,
    uncertainCellCount: r + valueColumns.reduce((n, v) => n + v.drawn.length, 0),
  };
}
