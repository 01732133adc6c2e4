import type { Localized } from '../i18n/localized.ts';
import type { DecisionScope, Subject } from './decision-scope.ts';
import type { DecisionWarning } from './decision-warnings.ts';
import type { MonteCarloResult } from './monte-carlo.ts';
import type { RangeDistribution } from './random.ts';
import type { AhpGroupNode, AhpNode, WeightInputStatus, WeightMethod } from './rater-weights.ts';
import type { CellSource } from './score-table.ts';
import type { CandidateTco } from './tco.ts';

/**
 * The result of `evaluateDecision` (evaluate.ts): plain data, ready for JSON, the UI, the CLI and
 * the report.
 */

/** Options of `evaluateDecision`; every one may be left out. */
export type EvaluateOptions = {
  /** Which evaluation: candidate solutions (default) or vendors. */
  scope?: DecisionScope;
  /** One rater's view; null or absent for the group (all raters). */
  raterId?: string | null;
  /** Monte Carlo seed (default 42) and number of draws (default 10,000). */
  seed?: number;
  samples?: number;
  /** Distribution of score ranges in the Monte Carlo simulation (default triangular). */
  distribution?: RangeDistribution;
  /** Weight swing of the tornado diagram, ± share (default 0.1 = ±10 percentage points). */
  tornadoSwing?: number;
};

/** A criterion of the scope with its label and its weights in this evaluation. */
export type EvaluatedCriterion = {
  id: string;
  label: Localized;
  parentId: string | null;
  depth: number;
  isLeaf: boolean;
  direction: 'benefit' | 'cost';
  scale: 'rating' | 'value';
  unit: string;
  /** Global weight (leaves sum to 1) of the group or the selected rater. */
  weight: number;
  /** Weight among its siblings. */
  localWeight: number;
};

/** One line of a ranking, best first. */
export type RankedSubject = { subjectId: string; name: string; score: number; rank: number };

/** How much the raters disagree on one criterion (rating points or raw units). */
export type CriterionDisagreement = {
  criterionId: string;
  /** Largest spread (highest − lowest score) between raters on one subject. */
  maxRange: number;
  /** Mean over subjects of the raters' population standard deviation. */
  meanStandardDeviation: number;
  /** The subject with the largest spread; null when no subject has two scores. */
  mostDisputedSubjectId: string | null;
};

/** The rank-reversal thresholds of one criterion, by subject id, with the sentence. */
export type CriterionThreshold = {
  criterionId: string;
  isLeaf: boolean;
  currentWeight: number;
  increase: { weight: number; newTopId: string } | null;
  decrease: { weight: number; newTopId: string } | null;
  sentence: Localized;
};

/** One tornado bar (tornado.ts), by criterion id. */
export type TornadoEntry = {
  criterionId: string;
  currentWeight: number;
  lowWeight: number;
  highWeight: number;
  topScoreAtLow: number;
  topScoreAtHigh: number;
  marginAtLow: number;
  marginAtHigh: number;
};

/** Monte Carlo results of one subject. */
export type SubjectProbability = {
  subjectId: string;
  firstProbability: number;
  /** Probability of each rank, index 0 = first. */
  rankProbability: number[];
  meanScore: number;
  scoreStandardDeviation: number;
};

/** Everything step 2 shows for one scope: the result of `evaluateDecision`. */
export type DecisionEvaluation = {
  scope: DecisionScope;
  weightMethod: WeightMethod;
  raterId: string | null;
  subjects: Subject[];
  criteria: EvaluatedCriterion[];
  /** The scored criteria, in the column order of `matrix`. */
  leafIds: string[];
  weights: {
    byRater: {
      raterId: string;
      name: string;
      status: WeightInputStatus;
      weights: Record<string, number>;
    }[];
    group: Record<string, number>;
  };
  ahp: {
    byRater: { raterId: string; name: string; nodes: AhpNode[] }[];
    group: AhpGroupNode[] | null;
  };
  matrix: { raw: (number | null)[][]; normalised: number[][]; sources: CellSource[][] };
  disagreement: CriterionDisagreement[];
  weightedSum: RankedSubject[];
  /** TOPSIS ranking; `score` is the closeness coefficient. */
  topsis: RankedSubject[];
  agreement: { spearman: number | null; hasSameTop: boolean; differingSubjectIds: string[] };
  /** Rank-reversal thresholds of the weighted sum, for every criterion (leaf or parent). */
  thresholds: CriterionThreshold[];
  tornado: TornadoEntry[];
  monteCarlo: Omit<
    MonteCarloResult,
    'firstProbability' | 'rankProbability' | 'meanScore' | 'scoreStandardDeviation'
  > & {
    subjects: SubjectProbability[];
  };
  /** TCO per candidate (option scope; empty for vendors). */
  tco: CandidateTco[];
  warnings: DecisionWarning[];
};
