import type { OptionDimension } from '../audit/handoffs.ts';
import { setWeight } from '../model/edits.ts';
import type { ProjectDocument } from '../model/schema.ts';

/** One criterion's weight value to start a new rater with (direct %, one decimal). */
export type StartingWeight = { criterionId: string; value: number };

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The direct weights a new rater starts from, so that typing one number does not give that
 * criterion 100 % and the others 0 %: the project's current group weights — per sibling group,
 * the mean share of the raters who entered weights there, as percentages — or, where nobody
 * has, step 1's suggested weights on the five built-in option dimensions. Other weight methods
 * (AHP judgements, rank order) start empty: an average of ranks is not a ranking.
 */
export function startingWeights(
  doc: ProjectDocument,
  suggested: Readonly<Record<OptionDimension, number>> | null,
): StartingWeight[] {
  const { decision } = doc;
  if (decision.weightMethod !== 'direct') return [];
  const groupOf = (c: (typeof decision.criteria)[number]) => `${c.scope}|${c.parentId ?? ''}`;
  const groups = new Map<string, typeof decision.criteria>();
  for (const c of decision.criteria) groups.set(groupOf(c), [...(groups.get(groupOf(c)) ?? []), c]);

  const result: StartingWeight[] = [];
  for (const members of groups.values()) {
    const ids = new Set(members.map((c) => c.id));
    const shares: Map<string, number>[] = [];
    for (const rater of decision.raters) {
      const entered = decision.weights.filter(
        (w) => w.raterId === rater.id && ids.has(w.criterionId),
      );
      const sum = entered.reduce((total, w) => total + w.value, 0);
      if (sum > 0) shares.push(new Map(entered.map((w) => [w.criterionId, w.value / sum])));
    }
    if (shares.length > 0) {
      for (const c of members) {
        const mean = shares.reduce((total, s) => total + (s.get(c.id) ?? 0), 0) / shares.length;
        result.push({ criterionId: c.id, value: oneDecimal(mean * 100) });
      }
    } else if (suggested) {
      for (const c of members) {
        if (c.scope === 'option' && Object.hasOwn(suggested, c.builtin)) {
          const share = suggested[c.builtin as OptionDimension];
          result.push({ criterionId: c.id, value: oneDecimal(share * 100) });
        }
      }
    }
  }
  return result;
}

/** Adds a rater who starts from {@link startingWeights}. */
export function addRaterWithStartingWeights(
  doc: ProjectDocument,
  rater: ProjectDocument['decision']['raters'][number],
  starting: readonly StartingWeight[],
  newId: () => string,
): ProjectDocument {
  if (doc.decision.raters.some((r) => r.id === rater.id)) return doc;
  let next: ProjectDocument = {
    ...doc,
    decision: { ...doc.decision, raters: [...doc.decision.raters, rater] },
  };
  for (const w of starting) next = setWeight(next, rater.id, w.criterionId, w.value, newId);
  return next;
}
