import { patchById, removeRater, upsertById } from '../model/edits.ts';
import type { Candidate, Criterion, ProjectDocument } from '../model/schema.ts';
import { fitToSchema } from '../model/fit-to-schema.ts';
import {
  candidateSchema,
  criterionSchema,
  raterSchema,
  scoreSchema,
  vendorSchema,
} from '../model/schema.ts';

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

export const withDecision = (
  doc: ProjectDocument,
  decision: Partial<Decision>,
): ProjectDocument => ({
  ...doc,
  decision: { ...doc.decision, ...decision },
});

export const hasId = (items: readonly { id: string }[], id: string) =>
  items.some((i) => i.id === id);

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
  patch = fitToSchema(candidateSchema, patch);
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
  const clean = fitToSchema(vendorSchema, patch);
  return withDecision(doc, { vendors: patchById<Vendor>(doc.decision.vendors, id, clean) });
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
  const next: Criterion = { ...current, ...fitToSchema(criterionSchema, patch), id };
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
  const clean = fitToSchema(raterSchema, patch);
  return withDecision(doc, { raters: patchById<Rater>(doc.decision.raters, id, clean) });
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
    ...fitToSchema(scoreSchema, patch),
  };
  if (isEmptyScore(next)) return existing ? clearScore(doc, key) : doc;
  return withDecision(doc, { scores: upsertById(d.scores, next) });
}

/** Removes one rater's score of one subject on one criterion (value, range and note). */
export function clearScore(doc: ProjectDocument, key: ScoreKey): ProjectDocument {
  if (!doc.decision.scores.some((s) => isKey(s, key))) return doc;
  return withDecision(doc, { scores: doc.decision.scores.filter((s) => !isKey(s, key)) });
}
