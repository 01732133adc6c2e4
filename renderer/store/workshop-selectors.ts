import { criterionLabels } from '../../shared/decision/decision-scope.ts';
import {
  pairTallies,
  scoreTallies,
  weightTallies,
  type PairTally,
  type ScoreTally,
  type VoteTally,
  type WeightTally,
} from '../../shared/workshop/live-votes.ts';
import type { AppState } from './app-store.ts';
import { memoPerDocument } from './options-selectors.ts';

/**
 * The live workshop's view models: the vote tallies of the chosen scope (shared/workshop/
 * live-votes.ts), memoised per document like the step-2 selectors, with the names to show.
 */

export type LiveVotesView = {
  pairs: PairTally[];
  weights: WeightTally[];
  scores: ScoreTally[];
  /** Every tally above by its item id (the key the session locks, reveals and focuses). */
  byId: ReadonlyMap<string, VoteTally>;
  /** Criterion, subject and rater names by id, in the UI language. */
  names: ReadonlyMap<string, string>;
};

const liveVotesOf = memoPerDocument(
  (doc, scope: 'option' | 'vendor', language: 'en' | 'zh-CN'): LiveVotesView => {
    const names = new Map<string, string>();
    for (const c of doc.decision.criteria) names.set(c.id, criterionLabels(c)[language]);
    for (const s of [...doc.decision.candidates, ...doc.decision.vendors]) names.set(s.id, s.name);
    for (const r of doc.decision.raters) names.set(r.id, r.name);
    const pairs = pairTallies(doc, scope);
    const weights = weightTallies(doc, scope);
    const scores = scoreTallies(doc, scope);
    const byId = new Map<string, VoteTally>(
      [...pairs, ...weights, ...scores].map((tally) => [tally.id, tally]),
    );
    return { pairs, weights, scores, byId, names };
  },
);

/** Tallies of the scope the step-2 page shows (`decisionScope`). */
export const selectLiveVotes = (state: AppState): LiveVotesView | null =>
  state.doc ? liveVotesOf(state.doc, state.decisionScope, state.language) : null;
