import { optionDimensions, suggestedWeights } from '../../shared/audit/handoffs.ts';
import { loadQuestionnaire } from '../../shared/audit/catalog.ts';
import type { AhpResult } from '../../shared/decision/ahp.ts';
import { builtinCriteria, criterionLabel } from '../../shared/decision/builtin-criteria.ts';
import { rankOrder } from '../../shared/decision/weight-edits.ts';
import type { DecisionScope } from '../../shared/decision/decision-scope.ts';
import {
  evaluateDecision,
  type DecisionEvaluation,
  type EvaluatedCriterion,
} from '../../shared/decision/evaluate.ts';
import type { Language, ProjectDocument } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';

/**
 * Step 2's derived data for the page: evaluations from `evaluateDecision` and the view models
 * the tabs render, memoised per document and per options (scope, rater, language), so React
 * sees the same object until the document or the options change. Nothing here is stored.
 */

type Key = string | number | null;

/** Memoises `derive` per document object and per argument list. */
export function memoPerDocument<Args extends Key[], T>(
  derive: (doc: ProjectDocument, ...args: Args) => T,
): (doc: ProjectDocument, ...args: Args) => T {
  const cache = new WeakMap<ProjectDocument, Map<string, T>>();
  return (doc, ...args) => {
    let byKey = cache.get(doc);
    if (!byKey) {
      byKey = new Map();
      cache.set(doc, byKey);
    }
    const key = JSON.stringify(args);
    if (!byKey.has(key)) byKey.set(key, derive(doc, ...args));
    return byKey.get(key)!;
  };
}

/**
 * Largest rater spread on a 1–10 rating that counts as agreement; from 3 points up (e.g. 5 vs 8)
 * the cell is highlighted as disputed. TraceReady's choice: it separates "adequate" from "good"
 * on the anchored scale.
 */
export const DISAGREEMENT_RANGE = 3;
/** Monte Carlo draws where only rankings and weights are shown (no probability chart). */
export const NO_SAMPLES = 0;

export const evaluationOf = memoPerDocument(
  (doc, scope: DecisionScope, raterId: string | null, samples: number | null) =>
    evaluateDecision(doc, { scope, raterId, ...(samples === null ? {} : { samples }) }),
);

/** The chosen rater if the document still has them, else null (the group). */
export const selectDecisionRaterId = (state: AppState): string | null => {
  const id = state.decisionRaterId;
  return id !== null && state.doc?.decision.raters.some((r) => r.id === id) ? id : null;
};

/** The full evaluation of the group (Monte Carlo with the default draws) for one scope. */
export const selectGroupEvaluation: Record<
  DecisionScope,
  (state: AppState) => DecisionEvaluation | null
> = {
  option: (state) => (state.doc ? evaluationOf(state.doc, 'option', null, null) : null),
  vendor: (state) => (state.doc ? evaluationOf(state.doc, 'vendor', null, null) : null),
};

// ── Weights ─────────────────────────────────────────────────────────────────────────────

export type WeightRow = EvaluatedCriterion & { name: string; entered: number | null };
export type JudgementPair = {
  rowId: string;
  colId: string;
  rowLabel: string;
  colLabel: string;
  /** How much more important row is than col; null when not judged. */
  value: number | null;
};
export type SiblingGroupView = {
  parentId: string | null;
  parentLabel: string | null;
  rows: WeightRow[];
  /** Sum of the entered direct weights of the group (the "live sum"). */
  enteredSum: number;
  pairs: JudgementPair[];
  /** The rater's (or the group's) AHP of this group; null when nobody judged it. */
  ahp: AhpResult | null;
  /** Members by the rater's rank order (rank method). */
  rankOrder: WeightRow[];
};
export type RaterConsistency = {
  raterId: string;
  name: string;
  nodes: { parentLabel: string | null; consistencyRatio: number; isConsistent: boolean }[];
};
export type WeightsView = {
  evaluation: DecisionEvaluation;
  raterId: string | null;
  /** Criteria in tree order (each parent followed by its children). */
  rows: WeightRow[];
  groups: SiblingGroupView[];
  consistency: RaterConsistency[];
  consensus: { parentLabel: string | null; value: number; level: 'low' | 'moderate' | 'high' }[];
};

const weightsViewOf = memoPerDocument(
  (doc, scope: DecisionScope, raterId: string | null, language: Language): WeightsView => {
    const evaluation = evaluationOf(doc, scope, raterId, NO_SAMPLES);
    const group = evaluationOf(doc, scope, null, NO_SAMPLES);
    const label = (id: string | null) =>
      id === null ? null : (evaluation.criteria.find((c) => c.id === id)?.label[language] ?? id);
    const entered = new Map(
      doc.decision.weights.filter((w) => w.raterId === raterId).map((w) => [w.criterionId, w]),
    );
    const toRow = (c: EvaluatedCriterion): WeightRow => ({
      ...c,
      name: c.label[language],
      entered: entered.get(c.id)?.value ?? null,
    });
    const childrenOf = (parentId: string | null) =>
      evaluation.criteria.filter((c) => c.parentId === parentId).map(toRow);
    const rows: WeightRow[] = [];
    const visit = (parentId: string | null) =>
      childrenOf(parentId).forEach((row) => (rows.push(row), visit(row.id)));
    visit(null);

    const judgementOf = (a: string, b: string): number | null => {
      const j = doc.decision.judgements.find(
        (x) =>
          x.raterId === raterId &&
          ((x.rowId === a && x.colId === b) || (x.rowId === b && x.colId === a)),
      );
      return j ? (j.rowId === a ? j.value : 1 / j.value) : null;
    };
    const parents = [null, ...evaluation.criteria.filter((c) => !c.isLeaf).map((c) => c.id)];
    const groups = parents
      .map((parentId): SiblingGroupView => {
        const members = childrenOf(parentId);
        const node =
          raterId === null
            ? evaluation.ahp.group?.find((n) => n.parentId === parentId)
            : evaluation.ahp.byRater[0]?.nodes.find((n) => n.parentId === parentId);
        const ahp = node?.result ?? null;
        const pairs = members.flatMap((a, i) =>
          members.slice(i + 1).map((b): JudgementPair => {
            const groupValue = ahp && ahp.matrix[ahp.ids.indexOf(a.id)]?.[ahp.ids.indexOf(b.id)];
            return {
              rowId: a.id,
              colId: b.id,
              rowLabel: a.name,
              colLabel: b.name,
              value: raterId === null ? (groupValue ?? null) : judgementOf(a.id, b.id),
            };
          }),
        );
        const ordered = rankOrder(
          doc,
          raterId ?? '',
          members.map((m) => m.id),
        );
        return {
          parentId,
          parentLabel: label(parentId),
          rows: members,
          enteredSum: members.reduce((s, m) => s + (m.entered ?? 0), 0),
          pairs,
          ahp,
          rankOrder: ordered.map((id) => members.find((m) => m.id === id)!),
        };
      })
      .filter((g) => g.rows.length > 0);

    return {
      evaluation,
      raterId,
      rows,
      groups,
      consistency: group.ahp.byRater.map((r) => ({
        raterId: r.raterId,
        name: r.name,
        nodes: r.nodes.map((n) => ({
          parentLabel: label(n.parentId),
          consistencyRatio: n.result.consistencyRatio,
          isConsistent: n.result.isConsistent,
        })),
      })),
      consensus: (group.ahp.group ?? []).flatMap((n) =>
        n.consensus
          ? [{ parentLabel: label(n.parentId), value: n.consensus.value, level: n.consensus.level }]
          : [],
      ),
    };
  },
);

export const selectWeightsView = (state: AppState): WeightsView | null =>
  state.doc
    ? weightsViewOf(state.doc, state.decisionScope, selectDecisionRaterId(state), state.language)
    : null;

const suggestionOf = memoPerDocument((doc, language: Language) => {
  const suggestion = suggestedWeights(doc, {
    en: loadQuestionnaire('en'),
    'zh-CN': loadQuestionnaire('zh-CN'),
  });
  return {
    weights: optionDimensions.map((d) => ({
      criterion: d,
      label: builtinCriteria[d].label[language],
      weight: suggestion.weights[d],
    })),
    reasons: suggestion.adjustments.map((a) => ({
      label: builtinCriteria[a.criterion].label[language],
      points: a.points,
      reason: a.reason[language],
    })),
    status: doc.audit.handoffs.find((h) => h.handoff === 'weights')?.status ?? null,
  };
});

/** Step 1's suggested option weights with their reasons, and the team's decision on them. */
export const selectSuggestedWeights = (state: AppState) =>
  state.doc ? suggestionOf(state.doc, state.language) : null;

// ── Set-up tables ───────────────────────────────────────────────────────────────────────

export type CriterionRow = ProjectDocument['decision']['criteria'][number] & {
  /** The built-in label in the UI language ('' for user-defined criteria). */
  builtinLabel: string;
  label: string;
  depth: number;
  /** Criteria of the same scope that may become its parent (not itself, not its descendants). */
  parentChoices: { id: string; label: string }[];
};

const criteriaRowsOf = memoPerDocument((doc, scope: DecisionScope, language: Language) => {
  const criteria = doc.decision.criteria.filter((c) => c.scope === scope);
  const known = new Set(criteria.map((c) => c.id));
  const parentOf = (c: { parentId: string | null }) =>
    c.parentId !== null && known.has(c.parentId) ? c.parentId : null;
  const rows: CriterionRow[] = [];
  const descendants = (id: string, found = new Set<string>()): Set<string> => {
    for (const c of criteria) {
      if (parentOf(c) !== id || found.has(c.id)) continue;
      found.add(c.id);
      descendants(c.id, found);
    }
    return found;
  };
  const seen = new Set<string>();
  const add = (c: (typeof criteria)[number], depth: number) => {
    seen.add(c.id);
    const excluded = descendants(c.id).add(c.id);
    rows.push({
      ...c,
      builtinLabel: Object.hasOwn(builtinCriteria, c.builtin)
        ? builtinCriteria[c.builtin as keyof typeof builtinCriteria].label[language]
        : '',
      label: criterionLabel(c, language),
      depth,
      parentChoices: criteria
        .filter((p) => !excluded.has(p.id))
        .map((p) => ({ id: p.id, label: criterionLabel(p, language) })),
    });
    for (const child of criteria.filter((x) => parentOf(x) === c.id && !seen.has(x.id)))
      add(child, depth + 1);
  };
  for (const c of criteria) if (parentOf(c) === null) add(c, 0);
  // Criteria caught in a parent loop (a hostile file) are listed as main criteria.
  for (const c of criteria) if (!seen.has(c.id)) add(c, 0);
  return rows;
});

/** The criteria of the chosen scope in tree order, with labels and allowed parents. */
export const selectCriteriaRows = (state: AppState): CriterionRow[] =>
  state.doc ? criteriaRowsOf(state.doc, state.decisionScope, state.language) : [];
