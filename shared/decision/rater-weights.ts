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
import { MAX_AHP_SIBLINGS } from '../model/limits.ts';
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
  /**
   * Per-rater AHP of every rater with judgements in the scope, whatever the weight method, over
   * the sibling groups of at most `MAX_AHP_SIBLINGS` criteria.
   */
  ahpByRater: { raterId: string; nodes: AhpNode[] }[];
  /** Group AHP (geometric-mean judgements) with consensus; null when nobody judged. */
  ahpGroup: AhpGroupNode[] | null;
  /**
   * Sibling groups (by parent id, null = main criteria) with more than `MAX_AHP_SIBLINGS`
   * members under the `ahp` method: no matrix is built and their members weigh equally.
   */
  oversizedParentIds: (string | null)[];
  /** Pairs one rater judged more than once with different values (the last counts). */
  contradictions: ContradictoryJudgement[];
};

const parentIdOf = (model: ScopeModel, group: SiblingGroup) =>
  group.parentIndex === -1 ? null : model.criteria[group.parentIndex]!.id;

const memberIds = (model: ScopeModel, group: SiblingGroup) =>
  group.members.map((m) => model.criteria[m]!.id);

/** Two judgements of one rater on one pair that disagree; the later one counts. */
export type ContradictoryJudgement = {
  raterId: string;
  rowId: string;
  colId: string;
  /** Both values, oriented as `rowId` vs `colId`: the earlier (ignored), then the one used. */
  values: [number, number];
};

/** One rater's judgements, bucketed by the sibling group (index into `groups`) they compare. */
type JudgementBuckets = Map<string, Map<number, PairwiseJudgement[]>>;

/**
 * Sorts the judgements into raters and sibling groups in one pass (O(judgements)), keeping only
 * pairs of two different siblings of a group small enough for AHP, and notes contradictions.
 */
function bucketJudgements(
  model: ScopeModel,
  groups: readonly SiblingGroup[],
  judgements: readonly (PairwiseJudgement & { raterId: string })[],
): { buckets: JudgementBuckets; contradictions: ContradictoryJudgement[] } {
  const selected = new Set(model.raters.map((r) => r.id));
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => {
    if (g.members.length <= MAX_AHP_SIBLINGS)
      for (const id of memberIds(model, g)) groupOf.set(id, k);
  });
  const buckets: JudgementBuckets = new Map();
  const firstValue = new Map<string, { value: number; rowId: string }>();
  const contradictions: ContradictoryJudgement[] = [];
  for (const j of judgements) {
    const k = groupOf.get(j.rowId);
    if (k === undefined || groupOf.get(j.colId) !== k || j.rowId === j.colId) continue;
    if (!selected.has(j.raterId)) continue;
    const [a, b] = j.rowId < j.colId ? [j.rowId, j.colId] : [j.colId, j.rowId];
    const key = `${j.raterId}\u0000${a}\u0000${b}`;
    const earlier = firstValue.get(key);
    const oriented = (value: number, rowId: string) => (rowId === j.rowId ? value : 1 / value);
    if (earlier && Math.abs(Math.log(oriented(earlier.value, earlier.rowId) / j.value)) > 1e-9) {
      contradictions.push({
        raterId: j.raterId,
        rowId: j.rowId,
        colId: j.colId,
        values: [oriented(earlier.value, earlier.rowId), j.value],
      });
    }
    firstValue.set(key, { value: j.value, rowId: j.rowId });
    let byGroup = buckets.get(j.raterId);
    if (!byGroup) buckets.set(j.raterId, (byGroup = new Map<number, PairwiseJudgement[]>()));
    const list = byGroup.get(k);
    if (list) list.push(j);
    else byGroup.set(k, [j]);
  }
  return { buckets, contradictions };
}

/** Local weights of a sibling group from a list aligned with its members. */
const fromNodes = (model: ScopeModel, nodes: readonly AhpNode[]) => {
  const byParent = new Map(nodes.map((n) => [n.parentId, n]));
  return (g: SiblingGroup) => {
    const node = byParent.get(parentIdOf(model, g));
    return node ? node.result.priorities : normaliseWeights(g.members.map(() => 0));
  };
};

/** Weights of every selected rater and of the group, by `doc.decision.weightMethod`. */
export function raterWeighting(doc: ProjectDocument, model: ScopeModel): Weighting {
  const method = doc.decision.weightMethod;
  const inScope = new Set(model.criteria.map((c) => c.id));
  const groups = siblingGroups(model.hierarchy).filter((g) => g.members.length >= 2);
  const ahpGroups = groups.filter((g) => g.members.length <= MAX_AHP_SIBLINGS);
  // Matrices are built only for levels AHP is meant for (≤ MAX_AHP_SIBLINGS): a single
  // judgement must not turn a 16,000-criteria level into a 16,000² matrix.
  const { buckets, contradictions } = bucketJudgements(model, groups, doc.decision.judgements);
  const judging = model.raters.filter((r) => buckets.has(r.id));
  const groupIndex = new Map(groups.map((g, k) => [g, k]));
  const ownIn = (raterId: string, g: SiblingGroup) =>
    buckets.get(raterId)?.get(groupIndex.get(g)!) ?? [];
  const ahpByRater = judging.map((r) => ({
    raterId: r.id,
    nodes: ahpGroups.map((g): AhpNode => {
      const own = ownIn(r.id, g);
      const result = analyseAhp(pairwiseMatrix(memberIds(model, g), own));
      const mostInconsistent =
        result.mostInconsistent && orientJudgement(result.mostInconsistent, own);
      return { parentId: parentIdOf(model, g), result: { ...result, mostInconsistent } };
    }),
  }));
  const oversizedParentIds =
    method === 'ahp'
      ? groups.filter((g) => g.members.length > MAX_AHP_SIBLINGS).map((g) => parentIdOf(model, g))
      : [];

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
      : ahpGroups.map((g, k): AhpGroupNode => {
          const parentId = parentIdOf(model, g);
          const ids = memberIds(model, g);
          const raters = judging.filter((r) => ownIn(r.id, g).length > 0);
          const matrices = raters.map((r) => pairwiseMatrix(ids, ownIn(r.id, g)));
          const aggregated =
            matrices.length > 0 ? aggregateJudgements(matrices) : pairwiseMatrix(ids, []);
          const byRaterNode = new Map(ahpByRater.map((a) => [a.raterId, a.nodes[k]!]));
          const priorities = raters.map((r) => byRaterNode.get(r.id)!.result.priorities);
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
  return { method, byRater, global, ahpByRater, ahpGroup, oversizedParentIds, contradictions };
}
