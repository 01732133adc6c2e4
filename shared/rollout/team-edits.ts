import type { z } from 'zod';
import { patchById } from '../model/edits.ts';
import { fitToSchema } from '../model/fit-to-schema.ts';
import {
  gateSchema,
  memberSchema,
  riskSchema,
  trainingSchema,
  workstreamSchema,
} from '../model/rollout-schema.ts';
import type {
  GateItem,
  Member,
  Phase,
  ProjectDocument,
  RaciCell,
  Risk,
  Rollout,
  Training,
  Workstream,
} from '../model/schema.ts';

/**
 * Pure edits of the task force, the RACI matrix, gate checklists and sign-off, risks and
 * trainings. Each returns a new document (the same one when nothing changes, so no empty undo
 * step is recorded) and keeps references valid: removing a member clears their RACI cells,
 * risk ownership, gate ownership and sign-offs, and the trainings they give. Numbers are
 * fitted to the schema's limits (shared/model/fit-to-schema.ts); a patch with a non-finite
 * number leaves the document as it was.
 */

type Fields<T> = Partial<Omit<T, 'id'>>;
/** The RACI letters in the order a cell cycles through them; `null` is an empty cell. */
export type RaciValue = RaciCell['role'] | null;

const RACI_CYCLE: readonly RaciValue[] = [null, 'R', 'A', 'C', 'I'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const withRollout = (doc: ProjectDocument, patch: Partial<Rollout>): ProjectDocument => ({
  ...doc,
  rollout: { ...doc.rollout, ...patch },
});

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Applies `patch` when something in it differs, after fitting it to the entity's schema (text
 * cut at its limit, numbers rounded when whole and clamped into range). A non-finite number (a
 * cleared input) refuses the whole patch — checked first, as fitting would drop it silently.
 */
function patchEntity<T extends { id: string }>(
  items: readonly T[],
  id: string,
  patch: Fields<T>,
  schema: z.ZodObject,
): T[] | null {
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  if (Object.values(patch).some((v) => typeof v === 'number' && !Number.isFinite(v))) return null;
  const entries = Object.entries(fitToSchema(schema, patch)) as [keyof T, T[keyof T]][];
  if (entries.every(([k, v]) => Object.is(item[k], v))) return null;
  return patchById(items, id, Object.fromEntries(entries) as Partial<T>);
}

// ── Task force ───────────────────────────────────────────────────────────────────────────

/** Adds a member to the task force (ignored when the id is taken). */
export function addMember(doc: ProjectDocument, member: Member): ProjectDocument {
  if (doc.rollout.team.some((m) => m.id === member.id)) return doc;
  return withRollout(doc, { team: [...doc.rollout.team, member] });
}

/** Changes a member's fields; availability is a share of time, 0–1. */
export function updateMember(doc: ProjectDocument, id: string, patch: Fields<Member>) {
  const team = patchEntity(doc.rollout.team, id, patch, memberSchema);
  return team ? withRollout(doc, { team }) : doc;
}

/** Removes a member and every reference to them (RACI, owners, sign-offs, trainers). */
export function removeMember(doc: ProjectDocument, id: string): ProjectDocument {
  const r = doc.rollout;
  if (!r.team.some((m) => m.id === id)) return doc;
  const dropCells = <T extends { raci: RaciCell[] }>(item: T): T =>
    item.raci.some((c) => c.memberId === id)
      ? { ...item, raci: item.raci.filter((c) => c.memberId !== id) }
      : item;
  const clearGate = (g: GateItem): GateItem => ({
    ...g,
    ownerId: g.ownerId === id ? null : g.ownerId,
    ...(g.signedOffById === id ? { signedOffById: null, signedOffOn: null } : {}),
  });
  return withRollout(doc, {
    team: r.team.filter((m) => m.id !== id),
    workstreams: r.workstreams.map(dropCells),
    tasks: r.tasks.map(dropCells),
    phases: r.phases.map((p) => ({ ...p, gates: p.gates.map(clearGate) })),
    risks: r.risks.map((k) => (k.ownerId === id ? { ...k, ownerId: null } : k)),
    trainings: r.trainings.map((t) => (t.trainerId === id ? { ...t, trainerId: null } : t)),
  });
}

// ── RACI ─────────────────────────────────────────────────────────────────────────────────

/** Adds a RACI row (ignored when the id is taken). */
export function addWorkstream(doc: ProjectDocument, workstream: Workstream): ProjectDocument {
  if (doc.rollout.workstreams.some((w) => w.id === workstream.id)) return doc;
  return withRollout(doc, { workstreams: [...doc.rollout.workstreams, workstream] });
}

/** Renames a RACI row or moves it to another phase. */
export function updateWorkstream(
  doc: ProjectDocument,
  id: string,
  patch: Fields<Omit<Workstream, 'raci'>>,
): ProjectDocument {
  const workstreams = patchEntity<Workstream>(doc.rollout.workstreams, id, patch, workstreamSchema);
  return workstreams ? withRollout(doc, { workstreams }) : doc;
}

/** Removes a RACI row; tasks that belonged to it keep their place in the plan. */
export function removeWorkstream(doc: ProjectDocument, id: string): ProjectDocument {
  const r = doc.rollout;
  if (!r.workstreams.some((w) => w.id === id)) return doc;
  return withRollout(doc, {
    workstreams: r.workstreams.filter((w) => w.id !== id),
    tasks: r.tasks.map((t) => (t.workstreamId === id ? { ...t, workstreamId: null } : t)),
  });
}

/** The letter after `role` in the cycle empty → R → A → C → I → empty. */
export function nextRaciValue(role: RaciValue): RaciValue {
  return RACI_CYCLE[(RACI_CYCLE.indexOf(role) + 1) % RACI_CYCLE.length] ?? null;
}

/** Sets one cell of the matrix (`null` empties it); unknown rows or members change nothing. */
export function setRaciCell(
  doc: ProjectDocument,
  workstreamId: string,
  memberId: string,
  role: RaciValue,
): ProjectDocument {
  const row = doc.rollout.workstreams.find((w) => w.id === workstreamId);
  if (!row || !doc.rollout.team.some((m) => m.id === memberId)) return doc;
  const current = row.raci.find((c) => c.memberId === memberId)?.role ?? null;
  if (current === role) return doc;
  const others = row.raci.filter((c) => c.memberId !== memberId);
  // Cells keep the team's column order, so saved files stay stable whatever the click order.
  const order = new Map(doc.rollout.team.map((m, i) => [m.id, i]));
  const raci = role === null ? others : [...others, { memberId, role }];
  raci.sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0));
  return withRollout(doc, {
    workstreams: doc.rollout.workstreams.map((w) => (w.id === workstreamId ? { ...w, raci } : w)),
  });
}

// ── Gates ────────────────────────────────────────────────────────────────────────────────

const withGates = (
  doc: ProjectDocument,
  phaseId: string,
  fn: (gates: GateItem[]) => GateItem[],
) => {
  const phase = doc.rollout.phases.find((p) => p.id === phaseId);
  if (!phase) return doc;
  const gates = fn(phase.gates);
  if (gates === phase.gates) return doc;
  const phases = doc.rollout.phases.map((p): Phase => (p.id === phaseId ? { ...p, gates } : p));
  return withRollout(doc, { phases });
};

/** Appends a checklist item to a phase's gate. */
export function addGateItem(doc: ProjectDocument, phaseId: string, item: GateItem) {
  return withGates(doc, phaseId, (gates) =>
    gates.some((g) => g.id === item.id) ? gates : [...gates, item],
  );
}

/** Changes a checklist item: text, kind, owner, evidence, threshold, open defects, done. */
export function updateGateItem(
  doc: ProjectDocument,
  phaseId: string,
  itemId: string,
  patch: Fields<Omit<GateItem, 'signedOffById' | 'signedOffOn'>>,
): ProjectDocument {
  return withGates(
    doc,
    phaseId,
    (gates) => patchEntity<GateItem>(gates, itemId, patch, gateSchema) ?? gates,
  );
}

/** Removes a checklist item from a phase's gate. */
export function removeGateItem(doc: ProjectDocument, phaseId: string, itemId: string) {
  return withGates(doc, phaseId, (gates) =>
    gates.some((g) => g.id === itemId) ? gates.filter((g) => g.id !== itemId) : gates,
  );
}

/**
 * Signs a checklist item off by a named member on an ISO date, which also ticks it done;
 * `memberId` null withdraws the sign-off (and the tick). Unknown members or malformed dates
 * change nothing. Whether the signer may accept (business side, for UAT) is the gate status's
 * question, so a wrong signature is shown rather than silently refused.
 */
export function signOffGateItem(
  doc: ProjectDocument,
  phaseId: string,
  itemId: string,
  memberId: string | null,
  date: string | null,
): ProjectDocument {
  if (memberId !== null) {
    if (!doc.rollout.team.some((m) => m.id === memberId)) return doc;
    if (date === null || !ISO_DATE.test(date)) return doc;
  }
  const patch =
    memberId === null
      ? { signedOffById: null, signedOffOn: null, isDone: false }
      : { signedOffById: memberId, signedOffOn: date, isDone: true };
  return withGates(doc, phaseId, (gates) => patchEntity(gates, itemId, patch, gateSchema) ?? gates);
}

// ── Risks ────────────────────────────────────────────────────────────────────────────────

/** Adds a risk to the register (ignored when the id is taken). */
export function addRisk(doc: ProjectDocument, risk: Risk): ProjectDocument {
  if (doc.rollout.risks.some((r) => r.id === risk.id)) return doc;
  return withRollout(doc, { risks: [...doc.rollout.risks, risk] });
}

/** Changes a risk; likelihood and impact are whole numbers 1–5. */
export function updateRisk(doc: ProjectDocument, id: string, patch: Fields<Risk>) {
  const risks = patchEntity(doc.rollout.risks, id, patch, riskSchema);
  return risks ? withRollout(doc, { risks }) : doc;
}

/** Removes a risk from the register. */
export function removeRisk(doc: ProjectDocument, id: string): ProjectDocument {
  if (!doc.rollout.risks.some((r) => r.id === id)) return doc;
  return withRollout(doc, { risks: doc.rollout.risks.filter((r) => r.id !== id) });
}

// ── Training ─────────────────────────────────────────────────────────────────────────────

/** Adds a training session (ignored when the id is taken). */
export function addTraining(doc: ProjectDocument, training: Training): ProjectDocument {
  if (doc.rollout.trainings.some((t) => t.id === training.id)) return doc;
  return withRollout(doc, { trainings: [...doc.rollout.trainings, training] });
}

/**
 * Changes a training session. Offsets are whole working days −365…365 from the phase's
 * go-live; counts are whole and `completed` never exceeds `participants`.
 */
export function updateTraining(doc: ProjectDocument, id: string, patch: Fields<Training>) {
  const current = doc.rollout.trainings.find((t) => t.id === id);
  if (!current) return doc;
  const clean = { ...patch };
  if (clean.offsetDays != null) clean.offsetDays = clamp(Math.round(clean.offsetDays), -365, 365);
  if (clean.durationHours != null) clean.durationHours = clamp(clean.durationHours, 0, 1000);
  if (clean.participants != null) clean.participants = Math.max(0, Math.round(clean.participants));
  if (clean.completed != null) clean.completed = Math.max(0, Math.round(clean.completed));
  const participants = clean.participants ?? current.participants;
  const completed = clean.completed ?? current.completed;
  if (Number.isFinite(participants) && completed > participants) clean.completed = participants;
  const trainings = patchEntity(doc.rollout.trainings, id, clean, trainingSchema);
  return trainings ? withRollout(doc, { trainings }) : doc;
}

/** Removes a training session. */
export function removeTraining(doc: ProjectDocument, id: string): ProjectDocument {
  if (!doc.rollout.trainings.some((t) => t.id === id)) return doc;
  return withRollout(doc, { trainings: doc.rollout.trainings.filter((t) => t.id !== id) });
}
