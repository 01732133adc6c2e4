import type { TFunction } from 'i18next';
import type { VoteTally } from '../../../shared/workshop/live-votes.ts';

/** How an item is named on the cards and in the participants' focus banner. */
export function voteTitle(tally: VoteTally, names: ReadonlyMap<string, string>, t: TFunction) {
  const name = (id: string) => names.get(id) ?? id;
  if (tally.kind === 'pair') {
    return t('workshop.saaty.pair', { row: name(tally.rowId), col: name(tally.colId) });
  }
  if (tally.kind === 'weight') return name(tally.criterionId);
  return `${name(tally.subjectId)} — ${name(tally.criterionId)}`;
}
