import type { ProjectDocument } from '../model/schema.ts';

/**
 * Merging another rater's copy of the same project: consultants send the `.trplan` to each
 * department, each fills in their own weights, judgements and scores, and the copies come back.
 * The merge combines them by id, so nothing depends on names or positions.
 */

type Decision = ProjectDocument['decision'];
type WithId = { id: string };

export type MergeReport = {
  /** Whether both documents carry the same project id (a copy of this project). */
  isSameProject: boolean;
  raters: { added: number; updated: number };
  /** Entities taken from the other copy (added, or replacing ours). */
  weights: number;
  judgements: number;
  scores: number;
  /** Criteria and subjects the other copy refers to that this project does not have. */
  skippedCriterionIds: string[];
  skippedSubjectIds: string[];
};

export type MergeResult = { document: ProjectDocument; report: MergeReport };

/** Every entity id of a document (ids are unique across the whole document). */
function entityIds(doc: ProjectDocument): Set<string> {
  const lists: readonly (readonly WithId[])[] = [
    doc.audit.answers,
    doc.audit.targets,
    doc.audit.handoffs,
    doc.decision.criteria,
    doc.decision.candidates,
    doc.decision.vendors,
    doc.decision.raters,
    doc.decision.weights,
    doc.decision.judgements,
    doc.decision.scores,
    doc.decision.costs,
    doc.flows.systems,
    doc.flows.flows,
    doc.flows.customObjects,
    doc.flows.notes,
    doc.rollout.team,
    doc.rollout.phases,
    doc.rollout.tasks,
    doc.rollout.risks,
    doc.rollout.trainings,
  ];
  return new Set(lists.flatMap((list) => list.map((item) => item.id)));
}

/**
 * Puts `incoming` into `list`: it replaces every entity with its id or the same natural key (the
 * first one's place is kept), or is appended. An id already used elsewhere in the document gets a
 * fresh one, so ids stay unique.
 */
function mergeInto<T extends WithId>(
  list: readonly T[],
  incoming: T,
  isSameKey: (a: T, b: T) => boolean,
  taken: Set<string>,
  newId: () => string,
): T[] {
  const matches = (o: T) => o.id === incoming.id || isSameKey(o, incoming);
  const isOwnId = list.some((o) => o.id === incoming.id);
  const id = taken.has(incoming.id) && !isOwnId ? newId() : incoming.id;
  taken.add(id);
  const entity = { ...incoming, id };
  const at = list.findIndex(matches);
  if (at === -1) return [...list, entity];
  const kept = list.filter((o, i) => i === at || !matches(o));
  return kept.map((o, i) => (i === at ? entity : o));
}

/**
 * Combines the raters of `theirs` (another rater's copy of the same project) into `ours`:
 * - their raters are added, or replace ours with the same id (name, department);
 * - the weights, judgements and scores of those raters replace ours with the same id or the same
 *   natural key (rater + criterion; rater + pair of criteria, either orientation; rater +
 *   subject + criterion), or are added; our raters the other copy lacks are left as they are;
 * - entities naming a criterion or subject (candidate or vendor) this project does not have are
 *   skipped and reported; an id that would collide with another entity of ours is renewed.
 * The result passes `checkReferences` whenever `ours` does. Everything else of `ours` (step 1,
 * candidates, criteria, the diagram, the plan) is kept as it is.
 */
export function mergeRaters(
  ours: ProjectDocument,
  theirs: ProjectDocument,
  newId: () => string,
): MergeResult {
  const d = ours.decision;
  const taken = entityIds(ours);
  const criteria = new Set(d.criteria.map((c) => c.id));
  const subjects = new Set([...d.candidates, ...d.vendors].map((s) => s.id));
  const skippedCriteria = new Set<string>();
  const skippedSubjects = new Set<string>();
  const report: MergeReport = {
    isSameProject: ours.id === theirs.id,
    raters: { added: 0, updated: 0 },
    weights: 0,
    judgements: 0,
    scores: 0,
    skippedCriterionIds: [],
    skippedSubjectIds: [],
  };

  let raters = d.raters;
  const raterIdOf = new Map<string, string>();
  for (const rater of theirs.decision.raters) {
    const isOurs = raters.some((r) => r.id === rater.id);
    raters = mergeInto(raters, rater, () => false, taken, newId);
    raterIdOf.set(rater.id, isOurs ? rater.id : raters.at(-1)!.id);
    if (isOurs) report.raters.updated += 1;
    else report.raters.added += 1;
  }
  const hasCriterion = (id: string) => {
    if (!criteria.has(id)) skippedCriteria.add(id);
    return criteria.has(id);
  };

  let weights: Decision['weights'] = d.weights;
  for (const w of theirs.decision.weights) {
    const raterId = raterIdOf.get(w.raterId);
    if (raterId === undefined || !hasCriterion(w.criterionId)) continue;
    const sameKey = (a: typeof w, b: typeof w) =>
      a.raterId === b.raterId && a.criterionId === b.criterionId;
    weights = mergeInto(weights, { ...w, raterId }, sameKey, taken, newId);
    report.weights += 1;
  }

  let judgements: Decision['judgements'] = d.judgements;
  for (const j of theirs.decision.judgements) {
    const raterId = raterIdOf.get(j.raterId);
    const isKnown = [hasCriterion(j.rowId), hasCriterion(j.colId)].every(Boolean);
    if (raterId === undefined || !isKnown) continue;
    const sameKey = (a: typeof j, b: typeof j) =>
      a.raterId === b.raterId &&
      ((a.rowId === b.rowId && a.colId === b.colId) ||
        (a.rowId === b.colId && a.colId === b.rowId));
    judgements = mergeInto(judgements, { ...j, raterId }, sameKey, taken, newId);
    report.judgements += 1;
  }

  let scores: Decision['scores'] = d.scores;
  for (const s of theirs.decision.scores) {
    const raterId = raterIdOf.get(s.raterId);
    const isKnownSubject = subjects.has(s.subjectId);
    if (!isKnownSubject) skippedSubjects.add(s.subjectId);
    if (raterId === undefined || !hasCriterion(s.criterionId) || !isKnownSubject) continue;
    const sameKey = (a: typeof s, b: typeof s) =>
      a.raterId === b.raterId && a.subjectId === b.subjectId && a.criterionId === b.criterionId;
    scores = mergeInto(scores, { ...s, raterId }, sameKey, taken, newId);
    report.scores += 1;
  }

  report.skippedCriterionIds = [...skippedCriteria];
  report.skippedSubjectIds = [...skippedSubjects];
  if (theirs.decision.raters.length === 0) return { document: ours, report };
  return {
    document: { ...ours, decision: { ...d, raters, weights, judgements, scores } },
    report,
  };
}
