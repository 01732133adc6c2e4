import type { ProjectDocument } from '../model/schema.ts';
import type { ScopeModel } from './decision-scope.ts';
import type { UncertainScore } from './monte-carlo.ts';
import {
  clampRating,
  normaliseRating,
  normaliseValues,
  RATING_MAX,
  RATING_MIN,
  summariseCell,
  type CellSummary,
  type RaterScore,
} from './normalise.ts';
import { totalCostOfOwnership, type CandidateTco } from './tco.ts';

/**
 * The decision matrix of one scope: every subject's score on every leaf criterion, aggregated
 * over the selected raters, with missing scores filled in a stated way.
 *
 * Missing scores never stop the evaluation:
 * 1. a rater who did not score a cell is left out of that cell's mean (not counted as 0);
 * 2. a cell nobody scored on a raw-value "initial cost" or "maintenance cost" criterion of an
 *    option takes the candidate's TCO figure, if it has cost items (initial total; present
 *    value of the annual costs over the horizon);
 * 3. any other cell nobody scored gets the mean raw score of the subjects that have one on that
 *    criterion (neutral: it neither helps nor hurts), with no uncertainty — and a warning;
 * 4. a criterion nobody scored at all gives every subject performance 0, so it cannot tip the
 *    ranking — and a warning.
 *
 * Each rater's rating (and its low/high) is cut to 1…10 before averaging, with a warning.
 */

/** Where a cell's score comes from. */
export type CellSource = 'scores' | 'tco' | 'imputed' | 'none';

/** A cell's summary over raters and where its score comes from. */
export type ScoreCell = CellSummary & { source: CellSource };

/** The decision matrix of a scope (see {@link buildScoreTable}). */
export type ScoreTable = {
  /** `cells[i][k]`: subject i, leaf k. */
  cells: ScoreCell[][];
  /** Scores used for ranking (after filling in); null only in a criterion nobody scored. */
  raw: (number | null)[][];
  /** 0…1 performances (normalise.ts), 0 where `raw` is null. */
  normalised: number[][];
  /** Most likely values and ranges for the Monte Carlo simulation. */
  uncertain: UncertainScore[][];
  /** Selected raters who scored no cell of this scope. */
  ratersWithoutScores: string[];
  /** Cells where some rater's rating lies outside 1…10 (cut to it), as [subject, leaf]. */
  ratingsOutOfRange: [number, number][];
  /** TCO per candidate (option scope; empty for vendors). */
  tco: CandidateTco[];
};

/** Builtin keys of the two cost criteria that the TCO can feed (three-step model, step 2). */
export const TCO_CRITERIA = { initial: 'initial-cost', maintenance: 'maintenance-cost' } as const;

/** Builds the score table of a scope (see the module comment for missing scores). */
export function buildScoreTable(doc: ProjectDocument, model: ScopeModel): ScoreTable {
  const d = doc.decision;
  const subjectIndex = new Map(model.subjects.map((s, i) => [s.id, i]));
  const leafIndex = new Map(model.leaves.map((c, k) => [c.id, k]));
  const raterIds = new Set(model.raters.map((r) => r.id));
  const m = model.subjects.length;
  const n = model.leaves.length;
  const given: RaterScore[][][] = model.subjects.map(() => model.leaves.map(() => []));
  const ratersWithScores = new Set<string>();
  const outOfRange = new Set<string>();
  for (const s of d.scores) {
    const i = subjectIndex.get(s.subjectId);
    const k = leafIndex.get(s.criterionId);
    if (i === undefined || k === undefined || !raterIds.has(s.raterId)) continue;
    if (s.value === null || !Number.isFinite(s.value)) continue;
    ratersWithScores.add(s.raterId);
    if (model.leaves[k]!.scale !== 'rating') {
      given[i]![k]!.push({ value: s.value, low: s.low, high: s.high });
      continue;
    }
    // Each rater's rating is cut to 1…10 before averaging: a typo of 40 counts as one 10.
    if (s.value < RATING_MIN || s.value > RATING_MAX) outOfRange.add(`${i}|${k}`);
    const cut = (v: number | null) => (v === null ? null : clampRating(v));
    given[i]![k]!.push({ value: clampRating(s.value), low: cut(s.low), high: cut(s.high) });
  }
  const tco =
    model.scope === 'option'
      ? totalCostOfOwnership(
          model.subjects.map((s) => s.id),
          d.costs,
          d.horizonYears,
          d.discountRate,
        )
      : [];
  const cells: ScoreCell[][] = given.map((row, i) =>
    row.map((scores, k) => {
      const summary = summariseCell(scores);
      if (summary.count > 0) return { ...summary, source: 'scores' as const };
      const leaf = model.leaves[k]!;
      const cost = tco[i];
      if (cost?.hasCosts && leaf.scale === 'value') {
        const value =
          leaf.builtin === TCO_CRITERIA.initial
            ? cost.initial
            : leaf.builtin === TCO_CRITERIA.maintenance
              ? cost.annualPresentValue
              : null;
        if (value !== null)
          return { ...summariseCell([{ value, low: null, high: null }]), source: 'tco' as const };
      }
      return { ...summary, source: 'none' as const };
    }),
  );
  for (let k = 0; k < n; k++) {
    const present = cells.map((row) => row[k]!.value).filter((v): v is number => v !== null);
    if (present.length === 0) continue;
    const mean = present.reduce((s, v) => s + v, 0) / present.length;
    for (let i = 0; i < m; i++) {
      const cell = cells[i]![k]!;
      if (cell.value === null)
        cells[i]![k] = { ...cell, value: mean, low: mean, high: mean, source: 'imputed' };
    }
  }
  const raw = cells.map((row) => row.map((c) => c.value));
  const normalised = model.subjects.map(() => new Array<number>(n).fill(0));
  model.leaves.forEach((leaf, k) => {
    const column = raw.map((row) => row[k]!);
    const performance =
      leaf.scale === 'rating'
        ? column.map((v) => (v === null ? null : normaliseRating(v)))
        : normaliseValues(column, leaf.direction);
    performance.forEach((p, i) => (normalised[i]![k] = p ?? 0));
  });
  const ratingsOutOfRange = [...outOfRange].map(
    (key) => key.split('|').map(Number) as [number, number],
  );
  return {
    cells,
    raw,
    normalised,
    uncertain: cells.map((row) => row.map((c) => ({ value: c.value, low: c.low, high: c.high }))),
    ratersWithoutScores: model.raters.map((r) => r.id).filter((id) => !ratersWithScores.has(id)),
    ratingsOutOfRange,
    tco,
  };
}
