import type { Localized } from '../i18n/localized.ts';
import type { Criterion, ProjectDocument } from '../model/schema.ts';
import { builtinCriteria, criterionLabel } from './builtin-criteria.ts';
import { buildCriteriaHierarchy, type CriteriaHierarchy } from './criteria-hierarchy.ts';

/**
 * What one evaluation looks at: the subjects (integration options, or vendors), the criteria of
 * that scope as a tree, and the raters whose input counts.
 */

/** `option`: candidates scored on option criteria; `vendor`: vendors on vendor criteria. */
export type DecisionScope = 'option' | 'vendor';

/** What is ranked: a candidate solution or a vendor. */
export type Subject = { id: string; name: string };
/** Someone whose weights, judgements and scores count. */
export type Rater = { id: string; name: string };

/** One scope of a document, ready to evaluate (see {@link scopeModel}). */
export type ScopeModel = {
  scope: DecisionScope;
  subjects: Subject[];
  /** Criteria of the scope in document order; indices match `hierarchy`. */
  criteria: Criterion[];
  labels: Localized[];
  hierarchy: CriteriaHierarchy;
  /** Leaf criteria (the scored ones), in document order. */
  leaves: Criterion[];
  /** The raters whose weights and scores count: all, or the one asked for. */
  raters: Rater[];
  /** Set when a single rater was asked for but the document has no such rater. */
  unknownRaterId: string | null;
};

/**
 * The label of a criterion in both languages (`criterionLabel`). A `builtin` key that is not a
 * built-in criterion is shown as typed — checked here with `Object.hasOwn`, so keys such as
 * "constructor" in a hostile file cannot reach `Object.prototype`.
 */
export function criterionLabels(criterion: Pick<Criterion, 'name' | 'builtin'>): Localized {
  const isBuiltin = Object.hasOwn(builtinCriteria, criterion.builtin);
  const safe =
    isBuiltin || criterion.name.trim() !== ''
      ? criterion
      : { name: criterion.builtin, builtin: '' };
  return { en: criterionLabel(safe, 'en'), 'zh-CN': criterionLabel(safe, 'zh-CN') };
}

/**
 * The scope model of a document. `raterId` null (or undefined) selects every rater — the group
 * view; a rater id selects only that rater's weights, judgements and scores.
 */
export function scopeModel(
  doc: ProjectDocument,
  scope: DecisionScope,
  raterId: string | null,
): ScopeModel {
  const d = doc.decision;
  const subjects = (scope === 'option' ? d.candidates : d.vendors).map((s) => ({
    id: s.id,
    name: s.name,
  }));
  const criteria = d.criteria.filter((c) => c.scope === scope);
  const hierarchy = buildCriteriaHierarchy(criteria);
  const allRaters = d.raters.map((r) => ({ id: r.id, name: r.name }));
  const raters = raterId === null ? allRaters : allRaters.filter((r) => r.id === raterId);
  return {
    scope,
    subjects,
    criteria,
    labels: criteria.map(criterionLabels),
    hierarchy,
    leaves: hierarchy.leaves.map((i) => criteria[i]!),
    raters,
    unknownRaterId: raterId !== null && raters.length === 0 ? raterId : null,
  };
}
