import type { ProjectDocument } from '../model/schema.ts';
import { scopeModel } from './decision-scope.ts';
import { decisionWarnings } from './decision-warnings.ts';
import type {
  CriterionDisagreement,
  CriterionThreshold,
  DecisionEvaluation,
  EvaluatedCriterion,
  EvaluateOptions,
  RankedSubject,
  TornadoEntry,
} from './evaluation.ts';
import { DEFAULT_SAMPLES, DEFAULT_SEED, startMonteCarlo } from './monte-carlo.ts';
import { outcomeWarnings, tiedForFirst } from './outcome-warnings.ts';
import { rankAgreement } from './ranking.ts';
import { raterWeighting } from './rater-weights.ts';
import { buildScoreTable } from './score-table.ts';
import { rankReversalThreshold, weightLines } from './sensitivity.ts';
import { thresholdSentence } from './sensitivity-text.ts';
import { topsis } from './topsis.ts';
import { DEFAULT_TORNADO_SWING, tornadoBars } from './tornado.ts';
import { weightedSum } from './weighted-sum.ts';

export type {
  CriterionDisagreement,
  CriterionThreshold,
  DecisionEvaluation,
  EvaluatedCriterion,
  EvaluateOptions,
  RankedSubject,
  SubjectProbability,
  TornadoEntry,
} from './evaluation.ts';
export type { DecisionWarning, DecisionWarningCode } from './decision-warnings.ts';
export type { DecisionScope, Subject } from './decision-scope.ts';

/**
 * Step 2 in one call: everything the UI, the CLI and the report show for one scope (integration
 * options, or vendors), computed from the project document alone.
 */

const byId = (ids: readonly string[], values: readonly number[]) =>
  Object.fromEntries(ids.map((id, i) => [id, values[i] ?? 0]));

/**
 * Evaluates one scope of the document's step 2. Never throws on incomplete input: missing
 * scores, weights or judgements are filled as score-table.ts and rater-weights.ts document,
 * and reported in `warnings`.
 *
 * @example evaluateDecision(doc).weightedSum[0].name // the group's first choice
 * @example evaluateDecision(doc, { scope: 'vendor', raterId: 'rater-qc' })
 */
export function evaluateDecision(
  doc: ProjectDocument,
  options: EvaluateOptions = {},
): DecisionEvaluation {
  const steps = evaluateDecisionSteps(doc, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How far an evaluation in steps has come: Monte Carlo draws made of the total. */
export type EvaluationProgress = { completed: number; total: number };

/**
 * Draws per step of `evaluateDecisionSteps`: about 5 ms at 360 score ranges, so a worker that
 * gives way between steps answers a newer request or a cancel within a frame or two.
 */
export const DRAWS_PER_STEP = 2_000;

/**
 * `evaluateDecision` in steps, for a worker that reports progress and can stop: yields after
 * every {@link DRAWS_PER_STEP} Monte Carlo draws (the only long part) and returns the same
 * evaluation, draw for draw, as `evaluateDecision`.
 */
export function* evaluateDecisionSteps(
  doc: ProjectDocument,
  options: EvaluateOptions = {},
): Generator<EvaluationProgress, DecisionEvaluation, void> {
  const scope = options.scope ?? 'option';
  const raterId = options.raterId ?? null;
  const model = scopeModel(doc, scope, raterId);
  const weighting = raterWeighting(doc, model);
  const table = buildScoreTable(doc, model);
  const { hierarchy, subjects } = model;
  const criterionIds = model.criteria.map((c) => c.id);
  const leafWeights = hierarchy.leaves.map((i) => weighting.global[i]!);
  const leafIds = model.leaves.map((c) => c.id);
  const name = (i: number) => subjects[i]?.name ?? '';

  const ws = weightedSum(table.normalised, leafWeights);
  const isBenefit = model.leaves.map((c) => c.scale === 'rating' || c.direction === 'benefit');
  // TOPSIS takes the scores themselves (ratings already cut to 1…10 per rater).
  const topsisResult = topsis(
    table.raw.map((row) => row.map((v) => v ?? 0)),
    leafWeights,
    isBenefit,
  );
  const ranked = (scores: number[], ranks: number[], order: number[]): RankedSubject[] =>
    order.map((i) => ({
      subjectId: subjects[i]!.id,
      name: name(i),
      score: scores[i]!,
      rank: ranks[i]!,
    }));
  const agreement = rankAgreement(ws, topsisResult);

  const leafPosition = new Map(hierarchy.leaves.map((node, k) => [node, k]));
  const lines = model.criteria.map((_, i) =>
    weightLines(
      table.normalised,
      leafWeights,
      hierarchy.leavesUnder[i]!.map((node) => leafPosition.get(node)!),
    ),
  );
  const tiedWithTop = tiedForFirst(ws.ranks).filter((i) => i !== ws.order[0]);
  const thresholds =
    subjects.length === 0
      ? []
      : model.criteria.map((c, i): CriterionThreshold => {
          const t = rankReversalThreshold(lines[i]!);
          const reversal = (r: typeof t.increase) =>
            r && { weight: r.weight, newTopId: subjects[r.newTop]!.id };
          return {
            criterionId: c.id,
            isLeaf: hierarchy.children[i]!.length === 0,
            currentWeight: t.currentWeight,
            increase: reversal(t.increase),
            decrease: reversal(t.decrease),
            sentence: thresholdSentence(
              t,
              model.labels[i]!,
              name,
              lines[i]!.isAdjustable,
              tiedWithTop,
            ),
          };
        });
  const top = ws.order[0] ?? -1;
  const tornado = tornadoBars(lines, top, options.tornadoSwing ?? DEFAULT_TORNADO_SWING).map(
    ({ criterion, ...bar }): TornadoEntry => ({ criterionId: criterionIds[criterion]!, ...bar }),
  );

  const simulation = startMonteCarlo(
    model.leaves.map((c, k) => ({
      scale: c.scale,
      direction: c.direction,
      weight: leafWeights[k]!,
    })),
    table.uncertain,
    {
      samples: options.samples ?? DEFAULT_SAMPLES,
      seed: options.seed ?? DEFAULT_SEED,
      distribution: options.distribution ?? 'triangular',
      hasRankDistribution: true,
    },
  );
  while (simulation.completed < simulation.samples) {
    simulation.advance(DRAWS_PER_STEP);
    yield { completed: simulation.completed, total: simulation.samples };
  }
  const mc = simulation.result();
  const { firstProbability, rankProbability, meanScore, scoreStandardDeviation, ...mcSummary } = mc;

  const disagreement = model.leaves.map((leaf, k): CriterionDisagreement => {
    const column = table.cells.map((row) => row[k]!);
    const scored = column.filter((c) => c.source === 'scores');
    let disputed = -1;
    column.forEach((c, i) => {
      if (c.count >= 2 && (disputed === -1 || c.range > column[disputed]!.range)) disputed = i;
    });
    return {
      criterionId: leaf.id,
      maxRange: scored.reduce((m, c) => Math.max(m, c.range), 0),
      meanStandardDeviation:
        scored.length > 0 ? scored.reduce((s, c) => s + c.standardDeviation, 0) / scored.length : 0,
      mostDisputedSubjectId: disputed === -1 ? null : subjects[disputed]!.id,
    };
  });

  const criteria = model.criteria.map((c, i): EvaluatedCriterion => {
    const parent = hierarchy.parentIndex[i]!;
    const parentWeight = parent === -1 ? 1 : weighting.global[parent]!;
    return {
      id: c.id,
      label: model.labels[i]!,
      parentId: parent === -1 ? null : criterionIds[parent]!,
      depth: hierarchy.depth[i]!,
      isLeaf: hierarchy.children[i]!.length === 0,
      direction: c.direction,
      scale: c.scale,
      unit: c.unit,
      weight: weighting.global[i]!,
      localWeight: parentWeight > 0 ? weighting.global[i]! / parentWeight : 0,
    };
  });

  return {
    scope,
    weightMethod: weighting.method,
    raterId,
    subjects,
    criteria,
    leafIds,
    weights: {
      byRater: weighting.byRater.map((r) => ({
        raterId: r.raterId,
        name: model.raters.find((x) => x.id === r.raterId)!.name,
        status: r.status,
        weights: byId(criterionIds, r.global),
      })),
      group: byId(criterionIds, weighting.global),
    },
    ahp: {
      byRater: weighting.ahpByRater.map((a) => ({
        ...a,
        name: model.raters.find((x) => x.id === a.raterId)!.name,
      })),
      group: weighting.ahpGroup,
    },
    matrix: {
      raw: table.raw,
      normalised: table.normalised,
      sources: table.cells.map((row) => row.map((c) => c.source)),
    },
    disagreement,
    weightedSum: ranked(ws.scores, ws.ranks, ws.order),
    topsis: ranked(topsisResult.closeness, topsisResult.ranks, topsisResult.order),
    agreement: {
      spearman: agreement.spearman,
      hasSameTop: agreement.hasSameTop,
      differingSubjectIds: agreement.differing.map((i) => subjects[i]!.id),
    },
    thresholds,
    tornado,
    monteCarlo: {
      ...mcSummary,
      subjects: subjects.map((s, i) => ({
        subjectId: s.id,
        firstProbability: firstProbability[i]!,
        rankProbability: rankProbability?.[i] ?? [],
        meanScore: meanScore[i]!,
        scoreStandardDeviation: scoreStandardDeviation[i]!,
      })),
    },
    tco: table.tco,
    warnings: [
      ...decisionWarnings({
        model,
        weighting,
        table,
        leafWeights,
        weightedSumTop: top,
        topsisTop: topsisResult.order[0] ?? -1,
      }),
      ...outcomeWarnings(subjects, ws.ranks, mc.uncertainCellCount),
    ],
  };
}
