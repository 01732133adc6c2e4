import type { Score } from '../../shared/decision/decision-edits.ts';
import type { DecisionScope } from '../../shared/decision/decision-scope.ts';
import type { DecisionEvaluation, EvaluatedCriterion } from '../../shared/decision/evaluate.ts';
import type { CellSource } from '../../shared/decision/score-table.ts';
import type { Language, ProjectDocument } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';
import {
  DISAGREEMENT_RANGE,
  evaluationOf,
  memoPerDocument,
  NO_SAMPLES,
  selectDecisionRaterId,
} from './options-selectors.ts';

/**
 * Step 2's view models for the scores, results and TCO tabs, memoised like the rest of
 * options-selectors.ts (per document and options).
 */

// ── Scores ──────────────────────────────────────────────────────────────────────────────

export type ScoreColumn = Pick<
  EvaluatedCriterion,
  'id' | 'scale' | 'unit' | 'direction' | 'weight'
> & {
  label: string;
  maxRange: number;
  /** Raters disagree by {@link DISAGREEMENT_RANGE} points or more on some subject. */
  isDisputed: boolean;
  mostDisputedSubjectId: string | null;
};
export type ScoreCellView = {
  criterionId: string;
  /** The chosen rater's score; null in the group view or when not scored. */
  score: Score | null;
  /** The group's mean (or the filled-in value, see `source`). */
  mean: number | null;
  source: CellSource;
};
export type ScoresView = {
  raterId: string | null;
  columns: ScoreColumn[];
  rows: { subjectId: string; name: string; cells: ScoreCellView[] }[];
  /** Disputed criteria with the subject the raters disagree on most. */
  disputes: { criterionId: string; label: string; range: number; subjectName: string }[];
  scoreCount: number;
};

const scoresViewOf = memoPerDocument(
  (doc, scope: DecisionScope, raterId: string | null, language: Language): ScoresView => {
    const group = evaluationOf(doc, scope, null, NO_SAMPLES);
    const scores = new Map(
      doc.decision.scores
        .filter((s) => s.raterId === raterId)
        .map((s) => [`${s.subjectId}|${s.criterionId}`, s]),
    );
    const leaves = group.leafIds.map((id) => group.criteria.find((c) => c.id === id)!);
    const columns = leaves.map((c, k): ScoreColumn => {
      const spread = group.disagreement[k]!;
      return {
        id: c.id,
        label: c.label[language],
        scale: c.scale,
        unit: c.unit,
        direction: c.direction,
        weight: c.weight,
        maxRange: spread.maxRange,
        isDisputed: c.scale === 'rating' && spread.maxRange >= DISAGREEMENT_RANGE,
        mostDisputedSubjectId: spread.mostDisputedSubjectId,
      };
    });
    const subjectIds = new Set(group.subjects.map((s) => s.id));
    const nameOf = (id: string | null) => group.subjects.find((s) => s.id === id)?.name ?? '—';
    const leafIds = new Set(group.leafIds);
    return {
      raterId,
      columns,
      rows: group.subjects.map((subject, i) => ({
        subjectId: subject.id,
        name: subject.name,
        cells: columns.map((c, k) => ({
          criterionId: c.id,
          score: scores.get(`${subject.id}|${c.id}`) ?? null,
          mean: group.matrix.raw[i]?.[k] ?? null,
          source: group.matrix.sources[i]?.[k] ?? 'none',
        })),
      })),
      disputes: columns
        .filter((c) => c.isDisputed)
        .map((c) => ({
          criterionId: c.id,
          label: c.label,
          range: c.maxRange,
          subjectName: nameOf(c.mostDisputedSubjectId),
        })),
      scoreCount: doc.decision.scores.filter(
        (s) => subjectIds.has(s.subjectId) && leafIds.has(s.criterionId) && s.value !== null,
      ).length,
    };
  },
);

export const selectScoresView = (state: AppState): ScoresView | null =>
  state.doc
    ? scoresViewOf(state.doc, state.decisionScope, selectDecisionRaterId(state), state.language)
    : null;

// ── Results and TCO ─────────────────────────────────────────────────────────────────────

/** A chart row: its axis label and one value per series id (ids kept apart from the label). */
export type ChartRow<Label extends string> = Record<Label, string> & {
  values: Record<string, number>;
};

export type ResultsView = {
  evaluation: DecisionEvaluation;
  /** Whether any rater scored any subject of this scope (else there is nothing to rank). */
  hasScores: boolean;
  labelOf: Record<string, string>;
  nameOf: Record<string, string>;
  /** Per subject: weighted contribution (weight × performance, in points of 100) per leaf. */
  contributions: ChartRow<'name'>[];
  /** Per leaf criterion: every subject's 0…100 performance, for the radar. */
  radar: ChartRow<'criterion'>[];
  tornado: { criterionId: string; label: string; range: [number, number]; weight: number }[];
  probabilities: { subjectId: string; name: string; probability: number }[];
  raterRankings: {
    raterId: string;
    name: string;
    /** Whether the rater scored anything in this scope (else their ranking means nothing). */
    hasScores: boolean;
    ranking: string[];
    topId: string | null;
  }[];
};

/**
 * The results page's view of an evaluation of `doc`: the group's (from the selector below, or
 * from the Options page's worker, which evaluates off the UI thread).
 */
export function buildResultsView(
  doc: ProjectDocument,
  scope: DecisionScope,
  language: Language,
  evaluation: DecisionEvaluation,
): ResultsView {
  const labelOf = Object.fromEntries(evaluation.criteria.map((c) => [c.id, c.label[language]]));
  const nameOf = Object.fromEntries(evaluation.subjects.map((s) => [s.id, s.name]));
  const leafWeight = evaluation.leafIds.map((id) => evaluation.weights.group[id] ?? 0);
  return {
    evaluation,
    hasScores: evaluation.matrix.sources.some((row) => row.includes('scores')),
    labelOf,
    nameOf,
    contributions: evaluation.subjects.map((s, i) => ({
      name: s.name,
      values: Object.fromEntries(
        evaluation.leafIds.map((id, k) => [
          id,
          leafWeight[k]! * (evaluation.matrix.normalised[i]?.[k] ?? 0) * 100,
        ]),
      ),
    })),
    radar: evaluation.leafIds.map((id, k) => ({
      criterion: labelOf[id] ?? id,
      values: Object.fromEntries(
        evaluation.subjects.map((s, i) => [
          s.id,
          (evaluation.matrix.normalised[i]?.[k] ?? 0) * 100,
        ]),
      ),
    })),
    tornado: evaluation.tornado.map((t) => ({
      criterionId: t.criterionId,
      label: labelOf[t.criterionId] ?? t.criterionId,
      range: [
        Math.min(t.marginAtLow, t.marginAtHigh) * 100,
        Math.max(t.marginAtLow, t.marginAtHigh) * 100,
      ],
      weight: t.currentWeight,
    })),
    probabilities: evaluation.monteCarlo.subjects.map((s) => ({
      subjectId: s.subjectId,
      name: nameOf[s.subjectId] ?? s.subjectId,
      probability: s.firstProbability * 100,
    })),
    raterRankings: doc.decision.raters.map((rater) => {
      const own = evaluationOf(doc, scope, rater.id, NO_SAMPLES);
      return {
        raterId: rater.id,
        name: rater.name,
        hasScores: own.matrix.sources.some((row) => row.includes('scores')),
        ranking: own.weightedSum.map((r) => r.name),
        topId: own.weightedSum[0]?.subjectId ?? null,
      };
    }),
  };
}

export type TcoView = {
  evaluation: DecisionEvaluation;
  isDiscounted: boolean;
  /** One row per year: each candidate's cumulative (discounted) cost by candidate id. */
  chart: { year: number; values: Record<string, number> }[];
};

const tcoViewOf = memoPerDocument((doc): TcoView => {
  const evaluation = evaluationOf(doc, 'option', null, NO_SAMPLES);
  const isDiscounted = doc.decision.discountRate > 0;
  const years = Array.from({ length: doc.decision.horizonYears + 1 }, (_, year) => year);
  return {
    evaluation,
    isDiscounted,
    chart: years.map((year) => ({
      year,
      values: Object.fromEntries(
        evaluation.tco.map((t) => {
          const y = t.years[year];
          return [t.candidateId, (isDiscounted ? y?.discountedCumulative : y?.cumulative) ?? 0];
        }),
      ),
    })),
  };
});

export const selectTcoView = (state: AppState): TcoView | null =>
  state.doc ? tcoViewOf(state.doc) : null;
