import { loadQuestionnaire } from '../audit/catalog.ts';
import { redFlags } from '../audit/findings.ts';
import { archetypeDescriptions } from '../decision/archetypes.ts';
import type { Localized } from '../i18n/localized.ts';
import type { Archetype, Origin, ProjectDocument, Risk } from '../model/schema.ts';
import { challengeRiskTexts, redFlagRiskTexts } from './generate-text.ts';
import type { TeamPicks } from './generate-team.ts';

/**
 * The risks the generator seeds: one per red flag of step 1 and one for the challenges of the
 * approach chosen in step 2 (three-step model). A regenerated risk keeps its id and status.
 */

const originKey = (origin: Origin) => `${origin.kind}:${origin.refId}`;

/** Risks from step 1's red flags and the chosen approach's challenges. */
export function makeRisks(
  doc: ProjectDocument,
  archetype: Archetype,
  team: TeamPicks,
  say: (text: Localized) => string,
  context: { newId: () => string },
): Risk[] {
  const existing = (origin: Origin) =>
    doc.rollout.risks.find((r) => r.origin && originKey(r.origin) === originKey(origin));
  const flags = redFlags(doc, loadQuestionnaire(doc.meta.language)).map((flag): Risk => {
    const origin: Origin = { kind: 'red-flag', refId: flag.id };
    const old = existing(origin);
    return {
      id: old?.id ?? context.newId(),
      text: say(flag.message).slice(0, 500),
      likelihood: flag.severity === 'high' ? 4 : 3,
      impact: 4,
      mitigation: say(redFlagRiskTexts[flag.pitfall].mitigation),
      ownerId: flag.pitfall === 'pure-it' ? team.sponsor : team.lead,
      trigger: say(redFlagRiskTexts[flag.pitfall].trigger),
      status: old?.status ?? 'open',
      origin,
    };
  });
  const description = archetypeDescriptions.find((d) => d.archetype === archetype);
  if (!description) return flags;
  const origin: Origin = { kind: 'challenge', refId: archetype };
  const old = existing(origin);
  return [
    ...flags,
    {
      id: old?.id ?? context.newId(),
      text: say(description.challenges).slice(0, 500),
      likelihood: 3,
      impact: 3,
      mitigation: say(challengeRiskTexts.mitigation),
      ownerId: team.it ?? team.lead,
      trigger: say(challengeRiskTexts.trigger),
      status: old?.status ?? 'open',
      origin,
    },
  ];
}
