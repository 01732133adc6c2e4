import { z } from 'zod';
import { entityId } from './ids.ts';
import { LIMITS } from './limits.ts';
import { archetype, department, isoDate, isoDateTime, text } from './schema-fields.ts';

// ── Step 3: rollout ──────────────────────────────────────────────────────────────────────

/** Roles of task-force members: the model wants a senior sponsor, a lead and business owners. */
export const memberRoles = ['sponsor', 'lead', 'business-owner', 'member'] as const;

export const memberSchema = z.object({
  id: entityId,
  name: text(200),
  department,
  /** The model asks for a senior manager as project lead and business owners beside IT. */
  role: z.enum(memberRoles).default('member'),
  /** Share of the member's working time available to the project, 0–1 (v2). */
  availability: z.number().min(0).max(1).default(1),
  contact: text(200),
});
export type Member = z.infer<typeof memberSchema>;

/** What a gate checklist item checks (v2); `other` is a free-text item (every v1 gate). */
export const gateItemKinds = [
  'record-counts',
  'trace-test',
  'qc-writeback',
  'uat',
  'training',
  'defects',
  'other',
] as const;

/** One item of the checklist that closes a phase. */
export const gateSchema = z.object({
  id: entityId,
  text: text(500),
  kind: z.enum(gateItemKinds).default('other'),
  ownerId: entityId.nullable().default(null),
  evidence: text(),
  /** For `defects`: the most open defects the gate accepts; for `training`: % complete needed. */
  threshold: z.number().min(0).nullable().default(null),
  /**
   * For `defects`: the open defects counted at the gate, compared with `threshold`. Optional
   * (absent until counted) so files without it stay byte for byte as they were.
   */
  openDefects: z.number().int().min(0).optional(),
  isDone: z.boolean().default(false),
  /** UAT and other acceptances are signed by a named member, on a date. */
  signedOffById: entityId.nullable().default(null),
  signedOffOn: isoDate.nullable().default(null),
});
export type GateItem = z.infer<typeof gateSchema>;

export const phaseSchema = z.object({
  id: entityId,
  name: text(200),
  goal: text(),
  /** The production line(s) or scope the phase covers ("line 1 (pilot)"). */
  scope: text(500),
  gates: z.array(gateSchema).default([]),
});
export type Phase = z.infer<typeof phaseSchema>;

export const dependencyTypes = ['FS', 'SS', 'FF', 'SF'] as const;

export const dependencySchema = z.object({
  taskId: entityId,
  type: z.enum(dependencyTypes).default('FS'),
  /** Working days; negative lag is lead time. */
  lagDays: z.number().int().min(-365).max(365).default(0),
});
export type Dependency = z.infer<typeof dependencySchema>;

export const raciRoles = ['R', 'A', 'C', 'I'] as const;
export const raciCellSchema = z.object({ memberId: entityId, role: z.enum(raciRoles) });
export type RaciCell = z.infer<typeof raciCellSchema>;

/** What a task is (v2): drives generation, sizing, the Gantt's look and the gates. */
export const taskKinds = [
  'work',
  'cleansing',
  'interface-build',
  'interface-test',
  'configuration',
  'training',
  'uat',
  'go-live',
  'hypercare',
  'milestone',
] as const;
export type TaskKind = (typeof taskKinds)[number];

/** What created a generated task or risk, so regenerating merges by it instead of duplicating. */
export const originSchema = z.object({
  kind: z.enum([
    'flow',
    'gap',
    'precondition',
    'handoff',
    'training',
    'phase',
    'red-flag',
    'challenge',
    'template',
  ]),
  refId: z.string().max(200),
});
export type Origin = z.infer<typeof originSchema>;

export const taskSchema = z.object({
  id: entityId,
  phaseId: entityId.nullable().default(null),
  name: text(200),
  kind: z.enum(taskKinds).default('work'),
  /** Working days on the project calendar; 0 is a milestone. */
  durationDays: z.number().int().min(0).max(3650).default(1),
  predecessors: z.array(dependencySchema).max(LIMITS.predecessorsPerTask).default([]),
  /** "Start no earlier than": set by moving a bar in the Gantt (as MS Project does). */
  startNoEarlierThan: isoDate.nullable().default(null),
  percentComplete: z.number().min(0).max(100).default(0),
  raci: z.array(raciCellSchema).max(LIMITS.raciPerTask).default([]),
  workstreamId: entityId.nullable().default(null),
  origin: originSchema.nullable().default(null),
  notes: text(),
});
export type Task = z.infer<typeof taskSchema>;

/** A RACI row: a workstream or deliverable and who is Responsible, Accountable, Consulted, Informed. */
export const workstreamSchema = z.object({
  id: entityId,
  name: text(200),
  phaseId: entityId.nullable().default(null),
  raci: z.array(raciCellSchema).max(LIMITS.raciPerTask).default([]),
});
export type Workstream = z.infer<typeof workstreamSchema>;

export const riskStatuses = ['open', 'mitigating', 'closed', 'occurred'] as const;

export const riskSchema = z.object({
  id: entityId,
  text: text(500),
  likelihood: z.number().int().min(1).max(5).default(3),
  impact: z.number().int().min(1).max(5).default(3),
  mitigation: text(),
  ownerId: entityId.nullable().default(null),
  /** What tells the team the risk is happening (v2). */
  trigger: text(500),
  status: z.enum(riskStatuses).default('open'),
  origin: originSchema.nullable().default(null),
});
export type Risk = z.infer<typeof riskSchema>;

/** Roles the model names for training, plus planners and IT support (v2). */
export const trainingRoles = [
  'warehouse-clerk',
  'line-operator',
  'qc-inspector',
  'planner',
  'it-support',
  'other',
] as const;

export const trainingSchema = z.object({
  id: entityId,
  /** Free text audience (v1); `role` says which role it trains. */
  audience: text(200),
  role: z.enum(trainingRoles).default('other'),
  topic: text(500),
  phaseId: entityId.nullable().default(null),
  /** Working days relative to the phase's go-live (negative: before it). */
  offsetDays: z.number().int().min(-365).max(365).default(-5),
  durationHours: z.number().min(0).max(1000).default(2),
  materials: text(),
  trainerId: entityId.nullable().default(null),
  /** People to train and people trained: completion feeds the phase gate. */
  participants: z.number().int().min(0).default(0),
  completed: z.number().int().min(0).default(0),
  origin: originSchema.nullable().default(null),
});
export type Training = z.infer<typeof trainingSchema>;

/** A dated exception to the working week: a company holiday, or a make-up working day (调休). */
export const calendarExceptionSchema = z.object({
  id: entityId,
  date: isoDate,
  kind: z.enum(['holiday', 'workday']),
  name: text(200),
});
export type CalendarException = z.infer<typeof calendarExceptionSchema>;

export const calendarSchema = z.object({
  /** `cn`: mainland China public holidays and make-up working days from the chinese-days data. */
  holidayPreset: z.enum(['cn', 'none']).default('cn'),
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workweek: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  exceptions: z.array(calendarExceptionSchema).default([]),
});
export type Calendar = z.infer<typeof calendarSchema>;

/** A saved copy of the schedule's dates, to compare the current plan against. */
export const baselineSchema = z.object({
  id: entityId,
  name: text(200),
  savedAt: isoDateTime,
  tasks: z.array(z.object({ taskId: entityId, start: isoDate, finish: isoDate })).default([]),
});
export type Baseline = z.infer<typeof baselineSchema>;

/** Working days per interface for build and test, by integration approach: editable by the team. */
export const sizingSchema = z.object({
  id: entityId,
  archetype,
  activity: z.enum(['interface-build', 'interface-test']),
  daysPerFlow: z.number().min(0).max(365),
});

export const rolloutSchema = z.object({
  startDate: isoDate.nullable().default(null),
  calendar: calendarSchema.default(() => calendarSchema.parse({})),
  team: z.array(memberSchema).max(LIMITS.team).default([]),
  phases: z.array(phaseSchema).max(LIMITS.phases).default([]),
  workstreams: z.array(workstreamSchema).default([]),
  tasks: z.array(taskSchema).max(LIMITS.tasks).default([]),
  risks: z.array(riskSchema).max(LIMITS.risks).default([]),
  trainings: z.array(trainingSchema).max(LIMITS.trainings).default([]),
  baselines: z.array(baselineSchema).default([]),
  sizing: z.array(sizingSchema).default([]),
});
export type Rollout = z.infer<typeof rolloutSchema>;
