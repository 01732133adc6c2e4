import { patchById, upsertById } from '../model/edits.ts';
import type { ProjectDocument } from '../model/schema.ts';
import {
  hasId,
  withDecision,
  type CostItem,
  type Judgement,
  type WeightMethod,
} from './decision-edits.ts';
import { rankOrderWeights } from './weights.ts';
import { fitToSchema } from '../model/fit-to-schema.ts';
import { costItemSchema } from '../model/schema.ts';

/**
 * Pure edits of step 2's weights, AHP judgements, rank order and costs (the candidates,
 * criteria, raters and scores are in decision-edits.ts). Same rules: a new document, or the
 * same one when nothing changes; references always valid.
 */

type Decision = ProjectDocument['decision'];

/** Saaty's scale runs from 1/9 to 9 (DOMAIN.md, "Decision analysis"). */
const SAATY_MIN = 1 / 9;
const SAATY_MAX = 9;

// ── Weights and judgements ─────────────────────────────────────────────────────────────

/**
 * Switches the weighting method. Direct weights and ranks share the weight values, so switching
 * between them converts each rater's values within each group of sibling criteria: direct → rank
 * orders them (largest weight = rank 1, ties share a rank); rank → direct gives the rank-order
 * centroid weights as percentages. AHP keeps its judgements apart and converts nothing.
 */
export function setWeightMethod(doc: ProjectDocument, method: WeightMethod): ProjectDocument {
  const from = doc.decision.weightMethod;
  if (from === method) return doc;
  const isConversion =
    (from === 'direct' && method === 'rank') || (from === 'rank' && method === 'direct');
  if (!isConversion) return withDecision(doc, { weightMethod: method });
  const parentOf = new Map(
    doc.decision.criteria.map((c) => [c.id, `${c.scope}|${c.parentId ?? ''}`]),
  );
  const groups = new Map<string, Decision['weights']>();
  for (const w of doc.decision.weights) {
    const key = `${w.raterId}|${parentOf.get(w.criterionId) ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  const converted = new Map<string, number>();
  for (const members of groups.values()) {
    if (method === 'rank') {
      const distinct = [...new Set(members.map((w) => w.value))].sort((a, b) => b - a);
      for (const w of members) converted.set(w.id, distinct.indexOf(w.value) + 1);
    } else {
      const shares = rankOrderWeights(members.map((w) => w.value));
      members.forEach((w, i) => converted.set(w.id, Math.round((shares[i] ?? 0) * 1000) / 10));
    }
  }
  const weights = doc.decision.weights.map((w) => ({
    ...w,
    value: converted.get(w.id) ?? w.value,
  }));
  return withDecision(doc, { weightMethod: method, weights });
}

const isPair = (j: Judgement, raterId: string, a: string, b: string) =>
  j.raterId === raterId && ((j.rowId === a && j.colId === b) || (j.rowId === b && j.colId === a));

/**
 * Sets one rater's AHP judgement "`rowId` is `value` times as important as `colId`". Only one
 * direction is stored: a judgement of the same pair in either orientation is replaced (keeping
 * its id). Values are clamped to Saaty's 1/9…9; a value that is not a positive finite number, a
 * criterion compared with itself, or unknown ids leave the document as it was.
 *
 * @example setJudgement(doc, 'r1', 'cost', 'speed', 3, newId) // cost 3× as important as speed
 */
export function setJudgement(
  doc: ProjectDocument,
  raterId: string,
  rowId: string,
  colId: string,
  value: number,
  newId: () => string,
): ProjectDocument {
  const d = doc.decision;
  if (!(Number.isFinite(value) && value > 0) || rowId === colId) return doc;
  if (!hasId(d.raters, raterId) || !hasId(d.criteria, rowId) || !hasId(d.criteria, colId))
    return doc;
  const clamped = Math.min(SAATY_MAX, Math.max(SAATY_MIN, value));
  const existing = d.judgements.find((j) => isPair(j, raterId, rowId, colId));
  if (existing?.rowId === rowId && existing.value === clamped) return doc;
  const judgement = { id: existing?.id ?? newId(), raterId, rowId, colId, value: clamped };
  return withDecision(doc, {
    judgements: existing
      ? d.judgements.map((j) => (j === existing ? judgement : j))
      : [...d.judgements, judgement],
  });
}

/** Removes one rater's judgement of a pair, whichever way round it was stored. */
export function clearJudgement(
  doc: ProjectDocument,
  raterId: string,
  a: string,
  b: string,
): ProjectDocument {
  const judgements = doc.decision.judgements.filter((j) => !isPair(j, raterId, a, b));
  return judgements.length === doc.decision.judgements.length
    ? doc
    : withDecision(doc, { judgements });
}

/**
 * The order of `siblingIds` by one rater's ranks (the weight values the `rank` method reads;
 * 1 = most important). Unranked criteria follow the ranked ones; ties keep the given order.
 */
export function rankOrder(
  doc: ProjectDocument,
  raterId: string,
  siblingIds: readonly string[],
): string[] {
  const rank = new Map(
    doc.decision.weights
      .filter((w) => w.raterId === raterId && w.value >= 1)
      .map((w) => [w.criterionId, w.value]),
  );
  const key = (id: string) => rank.get(id) ?? Number.POSITIVE_INFINITY;
  return siblingIds
    .map((id, i) => ({ id, i }))
    .sort((a, b) => key(a.id) - key(b.id) || a.i - b.i)
    .map((x) => x.id);
}

/**
 * Moves a criterion up (`delta` −1) or down (+1) in a rater's rank order of its siblings and
 * stores ranks 1…n for all of them, so the `rank` method gives distinct ROC weights.
 */
export function moveInRankOrder(
  doc: ProjectDocument,
  raterId: string,
  siblingIds: readonly string[],
  criterionId: string,
  delta: -1 | 1,
  newId: () => string,
): ProjectDocument {
  if (!hasId(doc.decision.raters, raterId)) return doc;
  const order = rankOrder(doc, raterId, siblingIds);
  const from = order.indexOf(criterionId);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= order.length) return doc;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return setRanks(doc, raterId, order, newId);
}

/** Stores ranks 1…n for `orderedIds` (most important first) as the rater's weight values. */
export function setRanks(
  doc: ProjectDocument,
  raterId: string,
  orderedIds: readonly string[],
  newId: () => string,
): ProjectDocument {
  const d = doc.decision;
  if (!hasId(d.raters, raterId)) return doc;
  let weights = d.weights;
  orderedIds.forEach((criterionId, i) => {
    if (!hasId(d.criteria, criterionId)) return;
    const existing = weights.find((w) => w.raterId === raterId && w.criterionId === criterionId);
    weights = upsertById(weights, {
      id: existing?.id ?? newId(),
      raterId,
      criterionId,
      value: i + 1,
    });
  });
  return withDecision(doc, { weights });
}

// ── Costs and horizon ───────────────────────────────────────────────────────────────────

const cleanAmount = (amount: number) => (Number.isFinite(amount) ? Math.max(0, amount) : null);

/** Adds a cost item of a candidate; a negative amount becomes 0, a non-finite one is refused. */
export function addCost(doc: ProjectDocument, cost: CostItem): ProjectDocument {
  const amount = cleanAmount(cost.amount);
  const d = doc.decision;
  if (amount === null || hasId(d.costs, cost.id) || !hasId(d.candidates, cost.candidateId))
    return doc;
  return withDecision(doc, { costs: [...d.costs, { ...cost, amount }] });
}

export function updateCost(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<CostItem, 'id'>>,
): ProjectDocument {
  const d = doc.decision;
  if (!hasId(d.costs, id)) return doc;
  if (patch.candidateId !== undefined && !hasId(d.candidates, patch.candidateId)) return doc;
  const amount = patch.amount === undefined ? undefined : cleanAmount(patch.amount);
  if (amount === null) return doc;
  const clean = fitToSchema(costItemSchema, amount === undefined ? patch : { ...patch, amount });
  return withDecision(doc, { costs: patchById<CostItem>(d.costs, id, clean) });
}

export function removeCost(doc: ProjectDocument, id: string): ProjectDocument {
  if (!hasId(doc.decision.costs, id)) return doc;
  return withDecision(doc, { costs: doc.decision.costs.filter((c) => c.id !== id) });
}

/** The TCO horizon in whole years, clamped to the schema's 1…30; NaN is refused. */
export function setHorizonYears(doc: ProjectDocument, years: number): ProjectDocument {
  if (!Number.isFinite(years)) return doc;
  const horizonYears = Math.min(30, Math.max(1, Math.round(years)));
  if (horizonYears === doc.decision.horizonYears) return doc;
  return withDecision(doc, { horizonYears });
}

/** The yearly discount rate as a fraction (0.08 = 8 %), clamped to 0…1; NaN is refused. */
export function setDiscountRate(doc: ProjectDocument, rate: number): ProjectDocument {
  if (!Number.isFinite(rate)) return doc;
  const discountRate = Math.min(1, Math.max(0, rate));
  if (discountRate === doc.decision.discountRate) return doc;
  return withDecision(doc, { discountRate });
}
