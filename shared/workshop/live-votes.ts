import { nearestSaatyValue } from '../decision/ahp.ts';
import { siblingGroups } from '../decision/criteria-hierarchy.ts';
import { MAX_AHP_SIBLINGS } from '../model/limits.ts';
import { scopeModel, type DecisionScope } from '../decision/decision-scope.ts';
import { RATING_MAX, RATING_MIN, summariseCell } from '../decision/normalise.ts';
import { raterWeighting } from '../decision/rater-weights.ts';
import type { ProjectDocument } from '../model/schema.ts';

/**
 * Live vote statistics for a workshop facilitator (Expert Choice Comparion's "TeamTime" view):
 * for every item the team votes on — a pairwise AHP comparison, a direct weight, a score — how
 * many of the raters have voted, how the votes are spread, the group's result as it forms and,
 * for pairwise comparisons, the consistency of the group's matrix. Pure: a function of the
 * document, recomputed on every change. The maths is the decision engine's own
 * (`raterWeighting` for AHP and weights, `summariseCell` for scores), so the facilitator sees
 * exactly the figures the Results tab and the report will show.
 */

/** What a vote is about: one pair of sibling criteria, one criterion's weight, one score cell. */
export type VoteKind = 'pair' | 'weight' | 'score';

/** One rater's vote: a judgement (row vs column), a normalised weight share or a score. */
export type Vote = { raterId: string; value: number };

/** How many votes fell on a value of the item's scale. */
export type VoteBin = { value: number; count: number };

type TallyBase = {
  /** Stable key of the item (see {@link voteItemId}): what the session locks and reveals. */
  id: string;
  scope: DecisionScope;
  /** Votes of the raters who voted, in the document's rater order. */
  votes: Vote[];
  /** Raters of the project: the denominator of "3 of 5 have voted". */
  raterCount: number;
  bins: VoteBin[];
  /** The group's result so far; null while nobody has voted. */
  result: number | null;
};

/** A pairwise comparison: `rowId` vs `colId`, both children of `parentId` (null: main criteria). */
export type PairTally = TallyBase & {
  kind: 'pair';
  parentId: string | null;
  rowId: string;
  colId: string;
  /** CR of the group's geometric-mean matrix of the sibling group; null with fewer than 3. */
  consistencyRatio: number | null;
  isConsistent: boolean;
  /** Each voter's own CR over the same sibling group. */
  raterConsistency: { raterId: string; consistencyRatio: number }[];
  /** Shannon-entropy consensus S* (0…1) of the group over the sibling group, two raters up. */
  consensus: number | null;
};

/** A direct weight: the votes are each voter's normalised global weight of the criterion. */
export type WeightTally = TallyBase & { kind: 'weight'; criterionId: string };

/** A score of one subject on one leaf criterion, in the criterion's unit or 1–10 rating. */
export type ScoreTally = TallyBase & {
  kind: 'score';
  subjectId: string;
  criterionId: string;
  scale: 'rating' | 'value';
  /** Population standard deviation of the votes (0 for one vote). */
  standardDeviation: number;
};

export type VoteTally = PairTally | WeightTally | ScoreTally;

/** What identifies a vote item; `voteItemId` turns it into the session's key. */
export type VoteItemKey =
  | { kind: 'pair'; scope: DecisionScope; rowId: string; colId: string }
  | { kind: 'weight'; scope: DecisionScope; criterionId: string }
  | { kind: 'score'; scope: DecisionScope; subjectId: string; criterionId: string };

/**
 * The session key of an item — the key the facilitator locks and reveals, one of the keys
 * `itemKeysOf` (session.ts) gives the item's votes, so the server's lock covers exactly them:
 * a pair is `rowId/colId` (ids in sorted order; the server accepts either), a score
 * `subjectId/criterionId`, a weight its criterion id. `/` cannot occur in an entity id
 * (shared/model/ids.ts), so keys never collide.
 *
 * @example voteItemId({ kind: 'pair', scope: 'option', rowId: 'b', colId: 'a' }) // 'a/b'
 */
export function voteItemId(key: VoteItemKey): string {
  switch (key.kind) {
    case 'pair':
      return key.rowId < key.colId ? `${key.rowId}/${key.colId}` : `${key.colId}/${key.rowId}`;
    case 'weight':
      return key.criterionId;
    case 'score':
      return `${key.subjectId}/${key.criterionId}`;
  }
}

/**
 * The values of Saaty's scale in slider order, from "row extremely more important" (9) through
 * "equal" (1) to "column extremely more important" (1/9): Saaty (1980), the fundamental scale.
 */
export const SAATY_VALUES: readonly number[] = [
  9,
  8,
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  1 / 2,
  1 / 3,
  1 / 4,
  1 / 5,
  1 / 6,
  1 / 7,
  1 / 8,
  1 / 9,
];

const countBins = (values: readonly number[], scale: readonly number[]): VoteBin[] =>
  scale.map((value) => ({
    value,
    count: values.filter((v) => Math.abs(v - value) < 1e-9).length,
  }));

const distinctBins = (values: readonly number[]): VoteBin[] =>
  [...new Set(values)].sort((a, b) => a - b).map((value) => countBins(values, [value])[0]!);

/**
 * Tallies of every pairwise comparison of the scope's AHP-sized sibling groups, in sibling
 * order. Judgements are oriented as the item (`rowId` vs `colId`); the result is the geometric
 * mean of the voters' judgements (AIJ, the entry of the group's aggregated matrix) and the CR is
 * the group matrix's, both taken from `raterWeighting` — never recomputed here.
 */
export function pairTallies(doc: ProjectDocument, scope: DecisionScope): PairTally[] {
  const model = scopeModel(doc, scope, null);
  const weighting = raterWeighting(doc, model);
  const groups = siblingGroups(model.hierarchy).filter(
    (g) => g.members.length >= 2 && g.members.length <= MAX_AHP_SIBLINGS,
  );
  const tallies: PairTally[] = [];
  for (const g of groups) {
    const parentId = g.parentIndex === -1 ? null : model.criteria[g.parentIndex]!.id;
    const ids = g.members.map((m) => model.criteria[m]!.id);
    const group = weighting.ahpGroup?.find((n) => n.parentId === parentId);
    const own = new Map(
      weighting.ahpByRater.flatMap((r) => {
        const node = r.nodes.find((n) => n.parentId === parentId);
        return node ? [[r.raterId, node.result] as const] : [];
      }),
    );
    const hasCr = ids.length >= 3;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const rowId = ids[i]!;
        const colId = ids[j]!;
        const votes: Vote[] = [];
        const raterConsistency: PairTally['raterConsistency'] = [];
        for (const rater of model.raters) {
          const result = own.get(rater.id);
          if (!result || isMissing(result, rowId, colId)) continue;
          votes.push({ raterId: rater.id, value: result.matrix[i]![j]! });
          if (hasCr)
            raterConsistency.push({ raterId: rater.id, consistencyRatio: result.consistencyRatio });
        }
        const isVoted = group !== undefined && !isMissing(group.result, rowId, colId);
        tallies.push({
          kind: 'pair',
          id: voteItemId({ kind: 'pair', scope, rowId, colId }),
          scope,
          parentId,
          rowId,
          colId,
          votes,
          raterCount: model.raters.length,
          bins: countBins(
            votes.map((v) => nearestSaatyValue(v.value)),
            SAATY_VALUES,
          ),
          result: isVoted ? group.result.matrix[i]![j]! : null,
          consistencyRatio: group && hasCr ? group.result.consistencyRatio : null,
          isConsistent: group ? group.result.isConsistent : true,
          raterConsistency,
          consensus: group?.consensus?.value ?? null,
        });
      }
    }
  }
  return tallies;
}

const isMissing = (result: { missingPairs: [string, string][] }, a: string, b: string) =>
  result.missingPairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/**
 * Tallies of the direct weights of every criterion of the scope. A rater votes on a criterion
 * by entering a weight for it; the vote is the rater's normalised global weight (the share the
 * Results tab uses), and the result is the arithmetic mean of the voters' shares — the group
 * weight of the `direct` method when every voter weighed every criterion.
 */
export function weightTallies(doc: ProjectDocument, scope: DecisionScope): WeightTally[] {
  const direct: ProjectDocument = { ...doc, decision: { ...doc.decision, weightMethod: 'direct' } };
  const model = scopeModel(direct, scope, null);
  const weighting = raterWeighting(direct, model);
  const entered = new Set(doc.decision.weights.map((w) => `${w.raterId}\u0000${w.criterionId}`));
  return model.criteria.map((criterion, k) => {
    const votes = weighting.byRater
      .filter((r) => r.status === 'weighted' && entered.has(`${r.raterId}\u0000${criterion.id}`))
      .map((r) => ({ raterId: r.raterId, value: r.global[k]! }));
    const summary = summariseCell(votes.map((v) => ({ value: v.value, low: null, high: null })));
    return {
      kind: 'weight',
      id: voteItemId({ kind: 'weight', scope, criterionId: criterion.id }),
      scope,
      criterionId: criterion.id,
      votes,
      raterCount: model.raters.length,
      bins: distinctBins(votes.map((v) => v.value)),
      result: summary.value,
    };
  });
}

const RATING_SCALE = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/**
 * Tallies of every score cell (subject × leaf criterion) of the scope: the result is the
 * arithmetic mean of the voters' scores (`summariseCell`, as the score table takes it); ratings
 * fall into the bins 1…10 (rounded), raw values into their distinct values.
 */
export function scoreTallies(doc: ProjectDocument, scope: DecisionScope): ScoreTally[] {
  const model = scopeModel(doc, scope, null);
  const byCell = new Map<string, Map<string, number>>();
  for (const s of doc.decision.scores) {
    if (s.value === null || !Number.isFinite(s.value)) continue;
    const key = `${s.subjectId}\u0000${s.criterionId}`;
    let cell = byCell.get(key);
    if (!cell) byCell.set(key, (cell = new Map<string, number>()));
    cell.set(s.raterId, s.value); // a rater's later score of the cell counts
  }
  return model.subjects.flatMap((subject) =>
    model.leaves.map((criterion): ScoreTally => {
      const cell = byCell.get(`${subject.id}\u0000${criterion.id}`);
      const votes = model.raters.flatMap((r) => {
        const value = cell?.get(r.id);
        return value === undefined ? [] : [{ raterId: r.id, value }];
      });
      const summary = summariseCell(votes.map((v) => ({ value: v.value, low: null, high: null })));
      const values = votes.map((v) => v.value);
      return {
        kind: 'score',
        id: voteItemId({
          kind: 'score',
          scope,
          subjectId: subject.id,
          criterionId: criterion.id,
        }),
        scope,
        subjectId: subject.id,
        criterionId: criterion.id,
        scale: criterion.scale,
        votes,
        raterCount: model.raters.length,
        bins:
          criterion.scale === 'rating'
            ? countBins(values.map(Math.round), RATING_SCALE)
            : distinctBins(values),
        result: summary.value,
        standardDeviation: summary.standardDeviation,
      };
    }),
  );
}
