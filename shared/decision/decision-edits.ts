import { rankOrderWeights } from './weights.ts';
import { patchById, removeRater, upsertById } from '../model/edits.ts';
import type { Candidate, Criterion, ProjectDocument } from '../model/schema.ts';

/**
 * Pure edits of step 2 (candidates, vendors, criteria, raters, scores, judgements, weights,
 * costs). Each returns a new document — or the very same one when the edit changes nothing or
 * is refused — and keeps every reference valid, so the result always passes `checkReferences`.
 */

type Decision = ProjectDocument['decision'];
export type Vendor = Decision['vendors'][number];
export type Rater = Decision['raters'][number];
export type Score = Decision['scores'][number];
export type Judgement = Decision['judgements'][number];
export type CostItem = Decision['costs'][number];
export type WeightMethod = Decision['weightMethod'];

/** The fields of a score a rater edits: the value, its uncertainty range and the evidence. */
export type ScorePatch = Partial<Pick<Score, 'value' | 'low' | 'high' | 'note'>>;
/** Which score: one rater, one subject (candidate or vendor), one criterion. */
export type ScoreKey = Pick<Score, 'raterId' | 'subjectId' | 'criterionId'>;

/** Saaty's scale runs from 1/9 to 9 (DOMAIN.md, "Decision analysis"). */
const SAATY_MIN = 1 / 9;
const SAATY_MAX = 9;

const withDecision = (doc: ProjectDocument, decision: Partial<Decision>): ProjectDocument => ({
  ...doc,
  decision: { ...doc.decision, ...decision },
});

const hasId = (items: readonly { id: string }[], id: string) => items.some((i) => i.id === id);

// ── Candidates and vendors ──────────────────────────────────────────────────────────────

/** Adds a candidate solution; a `vendorId` naming no vendor is stored as null. */
export function addCandidate(doc: ProjectDocument, candidate: Candidate): ProjectDocument {
  if (hasId(doc.decision.candidates, candidate.id)) return doc;
  const vendorId =
    candidate.vendorId !== null && hasId(doc.decision.vendors, candidate.vendorId)
      ? candidate.vendorId
      : null;
  return withDecision(doc, {
    candidates: [...doc.decision.candidates, { ...candidate, vendorId }],
  });
}

/** Renames or re-describes a candidate; a `vendorId` naming no vendor is refused. */
export function updateCandidate(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<Candidate, 'id'>>,
): ProjectDocument {
  if (!hasId(doc.decision.candidates, id)) return doc;
  const { vendorId } = patch;
  if (vendorId !== undefined && vendorId !== null && !hasId(doc.decision.vendors, vendorId))
    return doc;
  return withDecision(doc, {
    candidates: patchById<Candidate>(doc.decision.candidates, id, patch),
  });
}

/** Removes a candidate with its scores and cost items. */
export function removeCandidate(doc: ProjectDocument, id: string): ProjectDocument {
  const d = doc.decision;
  if (!hasId(d.candidates, id)) return doc;
  return withDecision(doc, {
    candidates: d.candidates.filter((c) => c.id !== id),
    scores: d.scores.filter((s) => s.subjectId !== id),
    costs: d.costs.filter((c) => c.candidateId !== id),
  });
}

export function addVendor(doc: ProjectDocument, vendor: Vendor): ProjectDocument {
  if (hasId(doc.decision.vendors, vendor.id)) return doc;
  return withDecision(doc, { vendors: [...doc.decision.vendors, vendor] });
}

export function updateVendor(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<Vendor, 'id'>>,
): ProjectDocument {
  if (!hasId(doc.decision.vendors, id)) return doc;
  return withDecision(doc, { vendors: patchById<Vendor>(doc.decision.vendors, id, patch) });
}

/** Removes a vendor with its scores; candidates it offered keep going, without a vendor. */
export function removeVendor(doc: ProjectDocument, id: string): ProjectDocument {
  const d = doc.decision;
  if (!hasId(d.vendors, id)) return doc;
  return withDecision(doc, {
    vendors: d.vendors.filter((v) => v.id !== id),
    candidates: d.candidates.map((c) => (c.vendorId === id ? { ...c, vendorId: null } : c)),
    scores: d.scores.filter((s) => s.subjectId !== id),
  });
}

// ── Criteria ────────────────────────────────────────────────────────────────────────────

/** Whether `ancestorId` is `id` itself or one of its ancestors (guards against loops). */
function isSelfOrAncestor(criteria: readonly Criterion[], ancestorId: string, id: string) {
  const parentOf = new Map(criteria.map((c) => [c.id, c.parentId]));
  const seen = new Set<string>();
  for (let current: string | null = id; current !== null; current = parentOf.get(current) ?? null) {
    if (current === ancestorId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}

/** A parent is valid when it exists, has the same scope and would not close a loop. */
function isValidParent(criteria: readonly Criterion[], child: Criterion, parentId: string | null) {
  if (parentId === null) return true;
  const parent = criteria.find((c) => c.id === parentId);
  return (
    parent !== undefined &&
    parent.scope === child.scope &&
    !isSelfOrAncestor(criteria, child.id, parentId)
  );
}

/** Adds a (user-defined or built-in) criterion; an invalid parent is refused. */
export function addCriterion(doc: ProjectDocument, criterion: Criterion): ProjectDocument {
  const criteria = doc.decision.criteria;
  if (hasId(criteria, criterion.id) || !isValidParent(criteria, criterion, criterion.parentId))
    return doc;
  return withDecision(doc, { criteria: [...criteria, criterion] });
}

/**
 * Edits a criterion. A parent that does not exist, is of the other scope, or would make the
 * criterion its own ancestor is refused. Moving a criterion to the other scope detaches it: it
 * becomes a main criterion, its children move up to its former parent, and the scores and
 * judgements made in the old scope are removed (they compare it with the old scope's subjects
 * and criteria).
 */
export function updateCriterion(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<Criterion, 'id'>>,
): ProjectDocument {
  const d = doc.decision;
  const current = d.criteria.find((c) => c.id === id);
  if (!current) return doc;
  const next: Criterion = { ...current, ...patch, id };
  if (next.scope !== current.scope) {
    const criteria = d.criteria.map((c) =>
      c.id === id
        ? { ...next, parentId: null }
        : c.parentId === id
          ? { ...c, parentId: current.parentId }
          : c,
    );
    return withDecision(doc, {
      criteria,
      scores: d.scores.filter((s) => s.criterionId !== id),
      judgements: d.judgements.filter((j) => j.rowId !== id && j.colId !== id),
    });
  }
  if (!isValidParent(d.criteria, next, next.parentId)) return doc;
  return withDecision(doc, { criteria: upsertById(d.criteria, next) });
}

/**
 * Removes a criterion with its weights, judgements and scores. Its sub-criteria are kept and
 * re-parented to its own parent (a main criterion's children become main criteria), so removing
 * a grouping never loses the scores given on the criteria under it.
 */
export function removeCriterion(doc: ProjectDocument, id: string): ProjectDocument {
  const d = doc.decision;
  const removed = d.criteria.find((c) => c.id === id);
  if (!removed) return doc;
  return withDecision(doc, {
    criteria: d.criteria
      .filter((c) => c.id !== id)
      .map((c) => (c.parentId === id ? { ...c, parentId: removed.parentId } : c)),
    weights: d.weights.filter((w) => w.criterionId !== id),
    judgements: d.judgements.filter((j) => j.rowId !== id && j.colId !== id),
    scores: d.scores.filter((s) => s.criterionId !== id),
  });
}

// ── Raters ──────────────────────────────────────────────────────────────────────────────

export function addRater(doc: ProjectDocument, rater: Rater): ProjectDocument {
  if (hasId(doc.decision.raters, rater.id)) return doc;
  return withDecision(doc, { raters: [...doc.decision.raters, rater] });
}

export function updateRater(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<Rater, 'id'>>,
): ProjectDocument {
  if (!hasId(doc.decision.raters, id)) return doc;
  return withDecision(doc, { raters: patchById<Rater>(doc.decision.raters, id, patch) });
}

/** Removes a rater with their weights, judgements and scores (shared/model/edits.ts). */
export { removeRater };

// ── Scores ──────────────────────────────────────────────────────────────────────────────

const isKey = (s: ScoreKey, key: ScoreKey) =>
  s.raterId === key.raterId && s.subjectId === key.subjectId && s.criterionId === key.criterionId;

const isEmptyScore = (s: Score) =>
  s.value === null && s.low === null && s.high === null && s.note.trim() === '';

/** Whether a number field of a patch is acceptable: absent, null, or a finite number. */
const isNumberOk = (n: number | null | undefined) =>
  n === undefined || n === null || Number.isFinite(n);

/**
 * Sets one rater's score of one subject on one criterion, or parts of it (value, low, high,
 * note). The rater, subject and criterion must exist; a number that is NaN or infinite leaves the
 * document as it was. A score left with no value, no range and no note is removed.
 */
export function setScore(
  doc: ProjectDocument,
  key: ScoreKey,
  patch: ScorePatch,
  newId: () => string,
): ProjectDocument {
  const d = doc.decision;
  if (!isNumberOk(patch.value) || !isNumberOk(patch.low) || !isNumberOk(patch.high)) return doc;
  const isKnown =
    hasId(d.raters, key.raterId) &&
    hasId(d.criteria, key.criterionId) &&
    (hasId(d.candidates, key.subjectId) || hasId(d.vendors, key.subjectId));
  if (!isKnown) return doc;
  const existing = d.scores.find((s) => isKey(s, key));
  const next: Score = {
    ...(existing ?? { id: newId(), value: null, low: null, high: null, note: '' }),
    ...key,
    ...patch,
  };
  if (isEmptyScore(next)) return existing ? clearScore(doc, key) : doc;
  return withDecision(doc, { scores: upsertById(d.scores, next) });
}

/** Removes one rater's score of one subject on one criterion (value, range and note). */
export function clearScore(doc: ProjectDocument, key: ScoreKey): ProjectDocument {
  if (!doc.decision.scores.some((s) => isKey(s, key))) return doc;
  return withDecision(doc, { scores: doc.decision.scores.filter((s) => !isKey(s, key)) });
}

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
  const clean = amount === undefined ? patch : { ...patch, amount };
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
