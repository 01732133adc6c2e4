import type { Localized } from '../i18n/localized.ts';
import { gateSchema, type GateItem, type Phase } from '../model/schema.ts';
import { gateItemTexts } from './generate-text.ts';
import type { TeamPicks } from './generate-team.ts';

/**
 * The typed gate checklist the generator gives every phase (three-step model, step 3: strict
 * data validation and user acceptance before each go-live), owned by the members best placed
 * to prove each item.
 */

/** One typed item of each kind, keeping the id (and state) of an existing item of that kind. */
export function gateItems(
  existing: Phase | undefined,
  team: TeamPicks,
  say: (text: Localized) => string,
  context: { newId: () => string },
): GateItem[] {
  const owners: Record<string, string | null> = {
    'record-counts': team.data,
    'trace-test': team.lead,
    'qc-writeback': team.qc,
    uat: team.acceptor,
    training: team.lead,
    defects: team.it,
  };
  return gateItemTexts.map((item) => {
    const old = existing?.gates.find((g) => g.kind === item.kind);
    // Parsed so fields the checklist adds later get their defaults; a kept item keeps its state.
    return gateSchema.parse({
      ...old,
      id: old?.id ?? context.newId(),
      text: say(item.text),
      kind: item.kind,
      ownerId: owners[item.kind] ?? null,
      threshold: item.threshold,
    });
  });
}
