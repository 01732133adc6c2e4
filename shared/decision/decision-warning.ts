import { localized, type Localized } from '../i18n/localized.ts';
import type { ScopeModel } from './decision-scope.ts';
import type { Weighting } from './rater-weights.ts';
import type { ScoreTable } from './score-table.ts';

/**
 * What the evaluation could not do as asked, or what the user should look at, in both
 * languages. Nothing here stops the evaluation: every warning says how the gap was filled.
 */

/** Every kind of warning, stable for the UI and tests. */
export type DecisionWarningCode =
  | 'unknown-rater'
  | 'too-few-subjects'
  | 'no-criteria'
  | 'criteria-cycle'
  | 'no-weights'
  | 'rater-weights-all-zero'
  | 'zero-weight'
  | 'inconsistent-judgements'
  | 'missing-judgements'
  | 'ahp-level-too-large'
  | 'contradictory-judgements'
  | 'low-consensus'
  | 'rater-without-scores'
  | 'missing-scores'
  | 'criterion-unscored'
  | 'rating-out-of-range'
  | 'tco-used'
  | 'methods-disagree'
  | 'tied-first'
  | 'nothing-uncertain';

/** One warning, in both languages, with the ids it concerns. */
export type DecisionWarning = {
  code: DecisionWarningCode;
  /** `warning`: the result may mislead until fixed; `info`: worth knowing. */
  severity: 'warning' | 'info';
  message: Localized;
  criterionId?: string;
  raterId?: string;
  subjectIds?: string[];
};

/** What the warnings are derived from: the pieces of one evaluation. */
export type WarningContext = {
  model: ScopeModel;
  weighting: Weighting;
  table: ScoreTable;
  /** Global weight per leaf. */
  leafWeights: readonly number[];
  weightedSumTop: number;
  topsisTop: number;
};

/** A warning with its message in both languages. */
export const warn = (
  code: DecisionWarningCode,
  severity: DecisionWarning['severity'],
  en: string,
  zh: string,
  extra: Partial<DecisionWarning> = {},
): DecisionWarning => ({ code, severity, message: localized(en, zh), ...extra });

/** The label of a criterion of the scope, by id. */
export function labelOf(model: ScopeModel, criterionId: string): Localized {
  return (
    model.labels[model.criteria.findIndex((c) => c.id === criterionId)] ??
    localized(criterionId, criterionId)
  );
}
