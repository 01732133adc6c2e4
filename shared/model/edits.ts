import type { Answer, Flow, ProjectDocument, ProjectMeta, TraceSystem } from './schema.ts';
import { fitToSchema } from './fit-to-schema.ts';
import { answerSchema, metaSchema } from './schema.ts';

/**
 * Pure edits of the project document. Each returns a new document and leaves the old one
 * untouched (undo keeps references to old documents), and each keeps references valid:
 * removing a system removes the flows that touch it, removing a rater removes their scores.
 */

type WithId = { id: string };

/** Replaces the entity with the same id, or appends it. */
export function upsertById<T extends WithId>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return [...items, item];
  return items.map((existing, i) => (i === index ? item : existing));
}

/** Merges `patch` into the entity with this id; unknown ids leave the list as it was. */
export function patchById<T extends WithId>(
  items: readonly T[],
  id: string,
  patch: Partial<T>,
): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch, id } : item));
}

export function updateMeta(doc: ProjectDocument, patch: Partial<ProjectMeta>): ProjectDocument {
  return { ...doc, meta: { ...doc.meta, ...fitToSchema(metaSchema, patch) } };
}

// ── Step 1 ───────────────────────────────────────────────────────────────────────────────

/** Sets (or creates) the answer to one question; answers are identified by question. */
export function setAnswer(
  doc: ProjectDocument,
  questionId: string,
  patch: Partial<Omit<Answer, 'id' | 'questionId'>>,
  newId: () => string,
): ProjectDocument {
  const existing = doc.audit.answers.find((a) => a.questionId === questionId);
  patch = fitToSchema(answerSchema, patch);
  const answer: Answer = existing
    ? { ...existing, ...patch }
    : {
        id: newId(),
        questionId,
        status: 'answered',
        value: null,
        note: '',
        evidence: '',
        department: null,
        count: null,
        total: null,
        ...patch,
      };
  return { ...doc, audit: { ...doc.audit, answers: upsertById(doc.audit.answers, answer) } };
}

/** Sets the target maturity level (0–5) of a self-audit dimension. */
export function setAuditTarget(
  doc: ProjectDocument,
  dimensionId: string,
  level: number,
  newId: () => string,
): ProjectDocument {
  if (!Number.isFinite(level)) return doc;
  const clamped = Math.min(5, Math.max(0, level));
  const existing = doc.audit.targets.find((t) => t.dimensionId === dimensionId);
  const target = { id: existing?.id ?? newId(), dimensionId, level: clamped };
  return { ...doc, audit: { ...doc.audit, targets: upsertById(doc.audit.targets, target) } };
}

// ── Step 2 ───────────────────────────────────────────────────────────────────────────────

/**
 * Sets one rater's direct weight for one criterion (non-negative; normalised when used).
 * NaN and +Infinity (a cleared or runaway input) leave the document as it was.
 */
export function setWeight(
  doc: ProjectDocument,
  raterId: string,
  criterionId: string,
  value: number,
  newId: () => string,
): ProjectDocument {
  const clamped = Math.max(0, value); // NaN stays NaN, -Infinity becomes 0
  if (!Number.isFinite(clamped)) return doc;
  const weights = doc.decision.weights;
  const existing = weights.find((w) => w.raterId === raterId && w.criterionId === criterionId);
  const next = { id: existing?.id ?? newId(), raterId, criterionId, value: clamped };
  return { ...doc, decision: { ...doc.decision, weights: upsertById(weights, next) } };
}

/** Removes a rater together with their weights, judgements and scores. */
export function removeRater(doc: ProjectDocument, raterId: string): ProjectDocument {
  const d = doc.decision;
  return {
    ...doc,
    decision: {
      ...d,
      raters: d.raters.filter((r) => r.id !== raterId),
      weights: d.weights.filter((w) => w.raterId !== raterId),
      judgements: d.judgements.filter((j) => j.raterId !== raterId),
      scores: d.scores.filter((s) => s.raterId !== raterId),
    },
  };
}

// ── Data flows ───────────────────────────────────────────────────────────────────────────

export function addSystem(doc: ProjectDocument, system: TraceSystem): ProjectDocument {
  return { ...doc, flows: { ...doc.flows, systems: [...doc.flows.systems, system] } };
}

/** Moves systems to new positions; one call per drag gesture, whatever the number of nodes. */
export function moveSystems(
  doc: ProjectDocument,
  moves: ReadonlyMap<string, { x: number; y: number }>,
): ProjectDocument {
  const systems = doc.flows.systems.map((s) => {
    const position = moves.get(s.id);
    return position ? { ...s, position } : s;
  });
  return { ...doc, flows: { ...doc.flows, systems } };
}

/** Removes systems and every flow that starts or ends at one of them. */
export function removeSystems(doc: ProjectDocument, ids: ReadonlySet<string>): ProjectDocument {
  return {
    ...doc,
    flows: {
      ...doc.flows,
      systems: doc.flows.systems.filter((s) => !ids.has(s.id)),
      flows: doc.flows.flows.filter((f) => !ids.has(f.sourceId) && !ids.has(f.targetId)),
    },
  };
}

export function addFlow(doc: ProjectDocument, flow: Flow): ProjectDocument {
  return { ...doc, flows: { ...doc.flows, flows: [...doc.flows.flows, flow] } };
}

// ── Step 3 ───────────────────────────────────────────────────────────────────────────────

/** Ticks or clears one gate checklist item of a phase. */
export function setGateDone(
  doc: ProjectDocument,
  phaseId: string,
  gateId: string,
  isDone: boolean,
): ProjectDocument {
  const phases = doc.rollout.phases.map((p) =>
    p.id === phaseId ? { ...p, gates: patchById(p.gates, gateId, { isDone }) } : p,
  );
  return { ...doc, rollout: { ...doc.rollout, phases } };
}

/** Removes a phase; tasks, flows and trainings that pointed at it become unphased. */
export function removePhase(doc: ProjectDocument, phaseId: string): ProjectDocument {
  const unphase = <T extends { phaseId: string | null }>(item: T): T =>
    item.phaseId === phaseId ? { ...item, phaseId: null } : item;
  return {
    ...doc,
    flows: { ...doc.flows, flows: doc.flows.flows.map(unphase) },
    rollout: {
      ...doc.rollout,
      phases: doc.rollout.phases.filter((p) => p.id !== phaseId),
      tasks: doc.rollout.tasks.map(unphase),
      trainings: doc.rollout.trainings.map(unphase),
    },
  };
}
