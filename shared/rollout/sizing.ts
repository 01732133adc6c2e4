import { evaluateDecision } from '../decision/evaluate.ts';
import type { Archetype, Flow, ProjectDocument } from '../model/schema.ts';

/**
 * How long building and testing one interface takes, by the integration approach chosen in
 * step 2. These are TraceReady's planning assumptions, not a published standard: the
 * three-step model only ranks the approaches (SaaS fastest, then iPaaS, custom development
 * slowest, article step 2 "implementation speed"); the numbers put that order into working
 * days per flow for a first plan, and the team overrides them in `rollout.sizing`.
 *
 * | approach | build | test |
 * |----------|------:|-----:|
 * | SaaS     |     3 |    2 |
 * | iPaaS    |     5 |    3 |
 * | custom   |    10 |    5 |
 *
 * A two-way flow is two interfaces in one: it takes 1.5 × the days, rounded up.
 */
export const defaultSizing: Readonly<
  Record<Archetype, Record<'interface-build' | 'interface-test', number>>
> = {
  saas: { 'interface-build': 3, 'interface-test': 2 },
  ipaas: { 'interface-build': 5, 'interface-test': 3 },
  custom: { 'interface-build': 10, 'interface-test': 5 },
};

/** Extra effort of a two-way flow over a one-way flow. */
export const TWO_WAY_FACTOR = 1.5;

/** The approach the plan is sized for when step 2 has no candidates yet: the slowest, to be safe. */
export const FALLBACK_ARCHETYPE: Archetype = 'custom';

/**
 * The approach chosen in step 2: the archetype of the candidate ranked first by the weighted
 * sum, or `null` when step 2 has no candidates.
 */
export function chosenArchetype(doc: ProjectDocument): Archetype | null {
  if (doc.decision.candidates.length === 0) return null;
  const top = evaluateDecision(doc).weightedSum[0]?.subjectId;
  return doc.decision.candidates.find((c) => c.id === top)?.archetype ?? null;
}

/** Working days per flow for an activity and approach: the document's sizing row, else the default. */
export function daysPerFlow(
  doc: ProjectDocument,
  archetype: Archetype,
  activity: 'interface-build' | 'interface-test',
): number {
  const row = doc.rollout.sizing.find((s) => s.archetype === archetype && s.activity === activity);
  return row?.daysPerFlow ?? defaultSizing[archetype][activity];
}

/** Working days to build or test one flow (at least one day). */
export function flowDays(
  doc: ProjectDocument,
  archetype: Archetype,
  activity: 'interface-build' | 'interface-test',
  flow: Pick<Flow, 'direction'>,
): number {
  const base = daysPerFlow(doc, archetype, activity);
  return Math.max(1, Math.ceil(flow.direction === 'two-way' ? base * TWO_WAY_FACTOR : base));
}
