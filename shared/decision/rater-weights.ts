import type { ProjectDocument } from '../model/schema.ts';
import {
  analyseAhp,
  orientJudgement,
  pairwiseMatrix,
  type AhpResult,
  type PairwiseJudgement,
} from './ahp.ts';
import { aggregateJudgements, groupConsensus, type GroupConsensus } from './ahp-group.ts';
import { globalWeights, siblingGroups, type SiblingGroup } from './criteria-hierarchy.ts';
import type { ScopeModel } from './decision-scope.ts';
import { meanWeights, normaliseWeights, rankOrderWeights } from './weights.ts';

/**
 * Criterion weights of each rater and of the group, by the document's weight method:
 * - `direct`: the rater's weight values, normalised among siblings (all zero → equal);
 * - `rank`: weight values read as ranks among siblings (1 = most important), ROC weights;
 * - `ahp`: principal eigenvector of the rater's pairwise judgements among siblings.
 * Global weights multiply down the criteria tree (criteria-hierarchy.ts).
 *
 * The group's weights: for `direct` and `rank`, the mean of the global weights of the raters
 * who entered weights; for `ahp`, the eigenvector of the geometric-mean judgements (AIJ) of
 * every rater who judged. Nobody entered anything → equal weights.
 */

/** How raters express weights (schema `decisionSchema.weightMethod`). */
export type WeightMethod = 'direct' | 'ahp' | 'rank';

/** `weighted`: usable input; `all-zero`: direct weights all 0; `none`: nothing entered. */
export type WeightInputStatus = 'weighted' | 'all-zero' | 'none';

/** One rater's weights and whether they entered any. */
export type RaterWeights = {
  raterId: string;
  status: WeightInputStatus;
  /** Global weight per criterion of the scope (same indices as `ScopeModel.criteria`). */
  global: number[];
};

/** AHP of one sibling group: the main criteria (`parentId` null) or one parent's children. */
export type AhpNode = { parentId: string | null; result: AhpResult };
/** A sibling group's AHP on the group's geometric-mean judgements, with consensus. */
export type AhpGroupNode = AhpNode & { consensus: GroupConsensus | null; raterIds: string[] };

/** Weights of every rater and of the group, and the AHP behind them. */
export type Weighting = {
  method: WeightMethod;
  byRater: RaterWeights[];
  /** Group (or the single selected rater's) global weight per criterion. */
  global: number[];
  /** Per-rater AHP of every rater with judgements in the scope, whatever the weight method. */
  ahpByRater: { raterId: string; nodes: AhpNode[] }[];
  /** Group AHP (geometric-mean judgements) with consensus; null when nobody judged. */
  ahpGroup: AhpGroupNode[] | null;
};

const parentIdOf = (model: ScopeModel, group: SiblingGroup) =>
  group.parentIndex === -1 ? null : model.criteria[group.parentIndex]!.id;

const memberIds = (model: ScopeModel, group: SiblingGroup) =>
  group.members.map((m) => model.criteria[m]!.id);

/** Judgements of one rater that compare two siblings of `group`. */
function judgementsIn(
  model: ScopeModel,
  group: SiblingGroup,
  judgements: readonly PairwiseJudgement[],
) {
  const ids = new Set(memberIds(model, group));
  return judgements.filter((j) => ids.has(j.rowId) && ids.has(j.colId) && j.rowId !== j.colId);
}

/** AHP per sibling group of one rater's judgements (groups of two or more criteria). */
function raterAhpNodes(model: ScopeModel, judgements: readonly PairwiseJudgement[]): AhpNode[] {
  return siblingGroups(model.hierarchy)
    .filter((g) => g.members.length >= 2)
    .map((g) => {
      const own = judgementsIn(model, g, judgements);
      const result = analyseAhp(pairwiseMatrix(memberIds(model, g), own));
      const mostInconsistent =
        result.mostInconsistent && orientJudgement(result.mostInconsistent, own);
      return { parentId: parentIdOf(model, g), result: { ...result, mostInconsistent } };
    });
}

/** Local weights of a sibling group from a list aligned with its members. */
const fromNodes = (model: ScopeModel, nodes: readonly AhpNode[]) => (g: SiblingGroup) => {
  const node = nodes.find((n) => n.parentId === parentIdOf(model, g));
  return node ? node.result.priorities : normaliseWeights(g.members.map(() => 0));
};

/** Weights of every selected rater and of the group, by `doc.decision.weightMethod`. */
export function raterWeighting(doc: ProjectDocument, model: ScopeModel): Weighting {
  const method = doc.decision.weightMethod;
  const inScope = new Set(model.criteria.map((c) => c.id));
  const judgementsByRater = new Map<string, PairwiseJudgement[]>();
  for (const j of doc.decision.judgements) {
    if (!inScope.has(j.rowId) || !inScope.has(j.colId)) continue;
    const list = judgementsByRater.get(j.raterId);
    if (list) list.push(j);
    else judgementsByRater.set(j.raterId, [j]);
  }
  const judging = model.raters.filter((r) =>
    siblingGroups(model.hierarchy).some(
      (g) => judgementsIn(model, g, judgementsByRater.get(r.id) ?? []).length > 0,
    ),
  );
  const ahpByRater = judging.map((r) => ({
    raterId: r.id,
    nodes: raterAhpNodes(model, judgementsByRater.get(r.id) ?? []),
  }));

  const byRater = model.raters.map((rater): RaterWeights => {
    if (method === 'ahp') {
      const ahp = ahpByRater.find((a) => a.raterId === rater.id);
      const nodes = ahp?.nodes ?? [];
      return {
        raterId: rater.id,
        status: ahp ? 'weighted' : 'none',
        global: globalWeights(model.hierarchy, fromNodes(model, nodes)),
      };
    }
    const values = new Map<string, number>();
    for (const w of doc.decision.weights) {
      if (w.raterId === rater.id && inScope.has(w.criterionId)) values.set(w.criterionId, w.value);
    }
    const valueOf = (m: number) => values.get(model.criteria[m]!.id);
    const local =
      method === 'rank'
        ? (g: SiblingGroup) => rankOrderWeights(g.members.map(valueOf))
        : (g: SiblingGroup) => normaliseWeights(g.members.map((m) => valueOf(m) ?? 0));
    const isUsable = (v: number) => Number.isFinite(v) && (method === 'rank' ? v >= 1 : v > 0);
    const status: WeightInputStatus = [...values.values()].some(isUsable)
      ? 'weighted'
      : values.size > 0 && method === 'direct'
        ? 'all-zero'
        : 'none';
    return { raterId: rater.id, status, global: globalWeights(model.hierarchy, local) };
  });

  const ahpGroup =
    judging.length === 0
      ? null
      : siblingGroups(model.hierarchy)
          .filter((g) => g.members.length >= 2)
          .map((g): AhpGroupNode => {
            const parentId = parentIdOf(model, g);
            const ids = memberIds(model, g);
            const raters = judging.filter(
              (r) => judgementsIn(model, g, judgementsByRater.get(r.id) ?? []).length > 0,
            );
            const matrices = raters.map((r) =>
              pairwiseMatrix(ids, judgementsIn(model, g, judgementsByRater.get(r.id) ?? [])),
            );
            const aggregated =
              matrices.length > 0 ? aggregateJudgements(matrices) : pairwiseMatrix(ids, []);
            const priorities = ahpByRater
              .filter((a) => raters.some((r) => r.id === a.raterId))
              .map((a) => a.nodes.find((node) => node.parentId === parentId)!.result.priorities);
            return {
              parentId,
              result: analyseAhp(aggregated),
              consensus: groupConsensus(priorities),
              raterIds: raters.map((r) => r.id),
            };
          });

  const weighted = byRater.filter((r) => r.status === 'weighted').map((r) => r.global);
  const global =
    method === 'ahp'
      ? globalWeights(model.hierarchy, fromNodes(model, ahpGroup ?? []))
      : weighted.length > 0
        ? meanWeights(weighted, model.criteria.length)
        : globalWeights(model.hierarchy, (g) => normaliseWeights(g.members.map(() => 0)));
  return { method, byRater, global, ahpByRater, ahpGroup };
}
