import type {
  GateItem,
  Phase,
  ProjectDocument,
  Risk,
  Rollout,
  Task,
  Training,
  Workstream,
} from '../model/schema.ts';

/**
 * Merging a generated plan (generate.ts) into the document's plan. The generator reuses the id
 * of every entity it regenerates, so entities pair up by id. Nothing is ever deleted: entities
 * the user made, or that the generator no longer produces, are kept as they are.
 *
 * A paired entity that differs is either a `change` (only what steps 1 and 2 drive differs:
 * durations, links, phase, owners, sizes) or a `conflict` (the user renamed or rewrote it, or
 * recorded progress on it). Neither is applied unless its key is accepted, and applying keeps
 * what the user recorded (progress, completion, sign-offs, notes, status).
 */

/** The kinds of entity a plan holds. */
export type PlanEntityKind = 'phase' | 'gate-item' | 'workstream' | 'task' | 'risk' | 'training';

/** One difference between the plan and the generated plan. */
export type PlanChange = {
  /** `kind:id`, what `applyPlan` accepts. */
  key: string;
  kind: PlanEntityKind;
  id: string;
  /** The name (or text) of the generated entity, and of the current one when it differs. */
  name: string;
  currentName: string | null;
  /** The fields that differ (empty for additions and kept entities). */
  fields: string[];
};

/** What regenerating would do, grouped for the dialog that lets the user choose. */
export type PlanChanges = {
  added: PlanChange[];
  changed: PlanChange[];
  conflicts: PlanChange[];
  kept: PlanChange[];
};

type Entity = { id: string };
type Spec<T extends Entity> = {
  kind: PlanEntityKind;
  name: (e: T) => string;
  /** Fields the generator owns: compared, and replaced when accepted. */
  fields: readonly (keyof T & string)[];
  /** Whether the current entity shows a user's hand (renamed, progress recorded…). */
  isEdited: (current: T, generated: T) => boolean;
};

const phaseSpec: Spec<Phase> = {
  kind: 'phase',
  name: (p) => p.name,
  fields: ['name', 'goal'],
  isEdited: (c, g) => c.name !== g.name || c.goal !== g.goal,
};
const gateSpec: Spec<GateItem> = {
  kind: 'gate-item',
  name: (g) => g.text,
  fields: ['text', 'kind', 'ownerId', 'threshold'],
  isEdited: (c, g) => c.text !== g.text || c.isDone || c.signedOffById !== null,
};
const workstreamSpec: Spec<Workstream> = {
  kind: 'workstream',
  name: (w) => w.name,
  fields: ['name', 'phaseId', 'raci'],
  isEdited: (c, g) => c.name !== g.name,
};
const taskSpec: Spec<Task> = {
  kind: 'task',
  name: (t) => t.name,
  fields: ['name', 'phaseId', 'kind', 'durationDays', 'predecessors', 'raci', 'workstreamId'],
  isEdited: (c, g) =>
    c.name !== g.name || c.percentComplete > 0 || c.startNoEarlierThan !== null || c.notes !== '',
};
const riskSpec: Spec<Risk> = {
  kind: 'risk',
  name: (r) => r.text,
  fields: ['text', 'likelihood', 'impact', 'mitigation', 'ownerId', 'trigger'],
  isEdited: (c, g) => c.text !== g.text || c.mitigation !== g.mitigation || c.trigger !== g.trigger,
};
const trainingSpec: Spec<Training> = {
  kind: 'training',
  name: (t) => t.audience,
  fields: ['audience', 'role', 'topic', 'phaseId', 'offsetDays', 'durationHours', 'trainerId'],
  isEdited: (c, g) => c.audience !== g.audience || c.topic !== g.topic || c.completed > 0,
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compare<T extends Entity>(
  spec: Spec<T>,
  current: readonly T[],
  generated: readonly T[],
  into: PlanChanges,
): void {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const next of generated) {
    const old = byId.get(next.id);
    const change: PlanChange = {
      key: `${spec.kind}:${next.id}`,
      kind: spec.kind,
      id: next.id,
      name: spec.name(next),
      currentName: null,
      fields: [],
    };
    if (!old) {
      into.added.push(change);
      continue;
    }
    const fields = spec.fields.filter((f) => !same(old[f], next[f]));
    if (fields.length === 0) {
      into.kept.push(change);
      continue;
    }
    const named = {
      ...change,
      fields,
      currentName: spec.name(old) === change.name ? null : spec.name(old),
    };
    (spec.isEdited(old, next) ? into.conflicts : into.changed).push(named);
  }
}

const gatesOf = (phases: readonly Phase[]) => phases.flatMap((p) => p.gates);

/**
 * What applying a generated plan would add, change, keep, and where it meets the user's edits.
 * Pure; the generated plan must come from `generatePlan` on the same document (ids reused).
 */
export function planChanges(current: ProjectDocument, generated: Rollout): PlanChanges {
  const changes: PlanChanges = { added: [], changed: [], conflicts: [], kept: [] };
  const r = current.rollout;
  compare(phaseSpec, r.phases, generated.phases, changes);
  compare(gateSpec, gatesOf(r.phases), gatesOf(generated.phases), changes);
  compare(workstreamSpec, r.workstreams, generated.workstreams, changes);
  compare(taskSpec, r.tasks, generated.tasks, changes);
  compare(riskSpec, r.risks, generated.risks, changes);
  compare(trainingSpec, r.trainings, generated.trainings, changes);
  return changes;
}

/** Every change except conflicts: what the dialog ticks by default. */
export function defaultAccepted(changes: PlanChanges): string[] {
  return [...changes.added, ...changes.changed].map((c) => c.key);
}

function merge<T extends Entity>(
  spec: Spec<T>,
  current: readonly T[],
  generated: readonly T[],
  accepted: ReadonlySet<string>,
): T[] {
  const next = new Map(generated.map((e) => [e.id, e]));
  const result = current.map((old) => {
    const fresh = next.get(old.id);
    if (!fresh || !accepted.has(`${spec.kind}:${old.id}`)) return old;
    const patch: Partial<T> = {};
    for (const f of spec.fields) patch[f] = fresh[f];
    return { ...old, ...patch };
  });
  const have = new Set(current.map((e) => e.id));
  for (const fresh of generated) {
    if (!have.has(fresh.id) && accepted.has(`${spec.kind}:${fresh.id}`)) result.push(fresh);
  }
  return result;
}

/**
 * Applies the accepted changes (keys from `planChanges`) and nothing else: additions are
 * appended, accepted changes and conflicts replace only the generator's fields, everything else
 * stays exactly as it is. Links of an applied task to tasks that were not added are dropped, so
 * the plan never points at a task it does not hold. Nothing accepted: the same document.
 */
export function applyPlan(
  current: ProjectDocument,
  generated: Rollout,
  accepted: Iterable<string>,
): ProjectDocument {
  const keys = new Set(accepted);
  if (keys.size === 0) return current;
  const r = current.rollout;
  const generatedGates = new Map(generated.phases.map((p) => [p.id, p.gates]));
  const phases = merge(phaseSpec, r.phases, generated.phases, keys).map((phase) => ({
    ...phase,
    gates: merge(gateSpec, phase.gates, generatedGates.get(phase.id) ?? [], keys),
  }));
  const tasks = merge(taskSpec, r.tasks, generated.tasks, keys);
  const taskIds = new Set(tasks.map((t) => t.id));
  const phaseIds = new Set(phases.map((p) => p.id));
  const workstreams = merge(workstreamSpec, r.workstreams, generated.workstreams, keys);
  const workstreamIds = new Set(workstreams.map((w) => w.id));
  return {
    ...current,
    rollout: {
      ...r,
      phases,
      workstreams,
      tasks: tasks.map((t) =>
        keys.has(`task:${t.id}`)
          ? {
              ...t,
              predecessors: t.predecessors.filter((p) => taskIds.has(p.taskId)),
              phaseId: t.phaseId !== null && phaseIds.has(t.phaseId) ? t.phaseId : null,
              workstreamId:
                t.workstreamId !== null && workstreamIds.has(t.workstreamId)
                  ? t.workstreamId
                  : null,
            }
          : t,
      ),
      risks: merge(riskSpec, r.risks, generated.risks, keys),
      trainings: merge(trainingSpec, r.trainings, generated.trainings, keys),
    },
  };
}
