import { localized } from '../i18n/localized.ts';
import { setAnswer, setWeight, upsertById } from '../model/edits.ts';
import {
  trainingSchema,
  type Language,
  type ProjectDocument,
  type TraceSystem,
} from '../model/schema.ts';
import { laneOfKind, systemKindLabels, type SystemKind } from '../flows/system-kinds.ts';
import {
  optionDimensions,
  type FlowSeed,
  type SuggestedWeights,
  type TaskSeed,
  type TrainingSeed,
} from './handoffs.ts';
import type { IndustryPreset } from './questionnaire.ts';

/** What applying a hand-off needs from outside: ids, the time, the project's language. */
export type ApplyContext = { newId: () => string; now: string; language: Language };

type Handoff = ProjectDocument['audit']['handoffs'][number]['handoff'];

/** Records the team's decision on a hand-off (the latest decision replaces an earlier one). */
export function recordHandoff(
  doc: ProjectDocument,
  handoff: Handoff,
  status: 'accepted' | 'dismissed',
  context: ApplyContext,
): ProjectDocument {
  const existing = doc.audit.handoffs.find((h) => h.handoff === handoff);
  const decision = { id: existing?.id ?? context.newId(), handoff, status, decidedAt: context.now };
  return { ...doc, audit: { ...doc.audit, handoffs: upsertById(doc.audit.handoffs, decision) } };
}

/**
 * Sets every rater's direct weights on the five option dimensions to the suggestion (as
 * percentages). With no raters yet, adds one for the suggestion so step 2 starts from it.
 */
export function applySuggestedWeights(
  doc: ProjectDocument,
  suggestion: SuggestedWeights,
  context: ApplyContext,
): ProjectDocument {
  let next = doc;
  if (next.decision.raters.length === 0) {
    const rater = {
      id: context.newId(),
      name: localized('Self-audit suggestion', '自审建议')[context.language],
      department: 'management' as const,
    };
    next = { ...next, decision: { ...next.decision, raters: [rater] } };
  }
  const criteria = next.decision.criteria.filter((c) => c.scope === 'option');
  for (const rater of next.decision.raters) {
    for (const dimension of optionDimensions) {
      const criterion = criteria.find((c) => c.builtin === dimension);
      if (!criterion) continue;
      const percent = Math.round(suggestion.weights[dimension] * 1000) / 10;
      next = setWeight(next, rater.id, criterion.id, percent, context.newId);
    }
  }
  return recordHandoff(next, 'weights', 'accepted', context);
}

/** Column of each lane on the canvas; the traceability platform sits between plant and customers. */
const laneX = { upstream: 0, internal: 320, downstream: 960 } as const;
const TRACEABILITY_X = 640;
const ROW_HEIGHT = 140;

/**
 * Adds the seed flows to the diagram: a system of each kind needed (reusing one already drawn),
 * then each flow not already there, tagged with the model's phase and the core flag.
 */
export function applyFlowSeeds(
  doc: ProjectDocument,
  seeds: readonly FlowSeed[],
  context: ApplyContext,
): ProjectDocument {
  const systems = [...doc.flows.systems];
  const flows = [...doc.flows.flows];
  const systemOf = (kind: SystemKind): TraceSystem => {
    const existing = systems.find((s) => s.kind === kind);
    if (existing) return existing;
    const lane = laneOfKind(kind);
    const x = kind === 'traceability' ? TRACEABILITY_X : laneX[lane];
    const row = systems.filter((s) => s.position.x === x).length;
    const created: TraceSystem = {
      id: context.newId(),
      kind,
      name: systemKindLabels[kind][context.language],
      product: '',
      owner: null,
      location: '',
      lane,
      isOutOfScope: false,
      outOfScopeReason: '',
      position: { x, y: row * ROW_HEIGHT },
    };
    systems.push(created);
    return created;
  };
  const phases = doc.rollout.phases;
  for (const seed of seeds) {
    const source = systemOf(seed.sourceKind);
    const target = systemOf(seed.targetKind);
    const isDrawn = flows.some(
      (f) =>
        f.sourceId === source.id && f.targetId === target.id && f.objects.includes(seed.object),
    );
    if (isDrawn) continue;
    flows.push({
      id: context.newId(),
      sourceId: source.id,
      targetId: target.id,
      direction: seed.direction,
      objects: [seed.object],
      reason: '',
      trigger: 'event',
      frequency: '',
      volumePerDay: null,
      latency: '',
      // Not decided yet: specs mark the interface as a placeholder instead of assuming REST.
      protocol: 'tbd',
      owner: null,
      phaseId: phases[seed.phase - 1]?.id ?? null,
      isCore: seed.isCore,
    });
  }
  const next = { ...doc, flows: { ...doc.flows, systems, flows } };
  return recordHandoff(next, 'flows', 'accepted', context);
}

/** Adds cleansing tasks and role trainings to the first phase, skipping ones already planned. */
export function applyRolloutSeeds(
  doc: ProjectDocument,
  seeds: { tasks: readonly TaskSeed[]; trainings: readonly TrainingSeed[] },
  context: ApplyContext,
): ProjectDocument {
  const phaseId = doc.rollout.phases[0]?.id ?? null;
  const taskNames = new Set(doc.rollout.tasks.map((t) => t.name));
  const audiences = new Set(doc.rollout.trainings.map((t) => t.audience));
  const tasks = seeds.tasks
    .filter((t) => !taskNames.has(t.name))
    .map((t) => ({
      id: context.newId(),
      phaseId,
      name: t.name,
      kind: 'cleansing' as const,
      durationDays: t.durationDays,
      predecessors: [],
      startNoEarlierThan: null,
      percentComplete: 0,
      raci: [],
      workstreamId: null,
      origin: { kind: 'precondition' as const, refId: t.key },
      notes: '',
    }));
  const trainings = seeds.trainings
    .filter((t) => !audiences.has(t.audience))
    .map((t) =>
      trainingSchema.parse({
        id: context.newId(),
        audience: t.audience,
        topic: t.topic,
        phaseId,
        origin: { kind: 'training', refId: t.key },
      }),
    );
  const next = {
    ...doc,
    rollout: {
      ...doc.rollout,
      tasks: [...doc.rollout.tasks, ...tasks],
      trainings: [...doc.rollout.trainings, ...trainings],
    },
  };
  return recordHandoff(next, 'rollout', 'accepted', context);
}

/**
 * Applies an industry preset's default answers (granularity, regulatory drivers) to questions
 * not answered yet; answers the team gave are never overwritten.
 */
export function applyPreset(
  doc: ProjectDocument,
  preset: IndustryPreset,
  newId: () => string,
): ProjectDocument {
  let next = doc;
  for (const [questionId, value] of Object.entries(preset.defaultAnswers)) {
    const answer = next.audit.answers.find((a) => a.questionId === questionId);
    if (answer && answer.status !== 'answered') continue;
    if (
      answer &&
      answer.value !== null &&
      !(Array.isArray(answer.value) && answer.value.length === 0)
    )
      continue;
    next = setAnswer(next, questionId, { status: 'answered', value }, newId);
  }
  return next;
}
