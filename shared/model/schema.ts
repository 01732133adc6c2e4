import { z } from 'zod';
import { entityId } from './ids.ts';

/**
 * The TraceReady project document: everything a user enters in the three steps, the data-flow
 * diagram and the rollout plan — and nothing derived. Readiness, rankings, schedules, findings
 * and reports are pure functions of this document (see DESIGN.md, "one document").
 *
 * Key order in these objects is the key order of the saved file (zod rebuilds objects in shape
 * order), which keeps `.trplan` files stable and diff-friendly.
 */
export const CURRENT_SCHEMA_VERSION = 2;

/** The file extension of a project document. */
export const PROJECT_FILE_EXTENSION = 'trplan';

const text = (max = 2000) => z.string().max(max).default('');
const isoDateTime = z.iso.datetime({ offset: true });

export const languages = ['zh-CN', 'en'] as const;
export const language = z.enum(languages);
export type Language = z.infer<typeof language>;

export const industries = [
  'food',
  'pharma',
  'automotive',
  'electronics',
  'chemicals',
  'other',
] as const;
export const industry = z.enum(industries);
export type Industry = z.infer<typeof industry>;

/** Departments of the cross-department task force (three-step model, step 3). */
export const departments = [
  'management',
  'it',
  'production',
  'procurement',
  'qc',
  'warehouse',
  'finance',
  'supplier',
  'customer',
  'vendor',
  'other',
] as const;
export const department = z.enum(departments);
export type Department = z.infer<typeof department>;

export const metaSchema = z.object({
  title: text(200),
  client: text(200),
  site: text(200),
  industry: industry.default('other'),
  consultant: text(200),
  /** Language of the report and of derived text; the UI language is a user preference. */
  language: language.default('zh-CN'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  templateId: text(80),
  notes: text(10000),
});

// ── Step 1: self-audit ───────────────────────────────────────────────────────────────────

export const answerStatuses = ['answered', 'unknown', 'na'] as const;

/** One answer to a questionnaire item; `questionId` refers to `templates/audit/`. */
export const answerSchema = z.object({
  id: entityId,
  questionId: entityId,
  /** `unknown` ("don't know") lowers confidence, `na` removes the item from scoring. */
  status: z.enum(answerStatuses).default('answered'),
  value: z
    .union([z.number(), z.string().max(10000), z.array(z.string().max(200)), z.null()])
    .default(null),
  note: text(),
  evidence: text(),
  department: department.nullable().default(null),
  /**
   * For percentage questions answered as a count of a total ("38 of 120 raw materials"): what
   * the plant entered, kept as entered; the percentage is derived from it (v2).
   */
  count: z.number().min(0).nullable().default(null),
  total: z.number().min(0).nullable().default(null),
});
export type Answer = z.infer<typeof answerSchema>;

export const auditTargetSchema = z.object({
  id: entityId,
  dimensionId: entityId,
  /** Target maturity level 0–5 for the dimension. */
  level: z.number().min(0).max(5),
});

/** What the team decided about one of step 1's hand-offs to step 2, the diagram or step 3. */
export const handoffDecisionSchema = z.object({
  id: entityId,
  handoff: z.enum(['weights', 'flows', 'rollout']),
  status: z.enum(['accepted', 'dismissed']),
  decidedAt: isoDateTime,
});

export const auditSchema = z.object({
  answers: z.array(answerSchema).default([]),
  targets: z.array(auditTargetSchema).default([]),
  handoffs: z.array(handoffDecisionSchema).default([]),
});

// ── Step 2: options, vendors, criteria, weights, scores ──────────────────────────────────

/** The three mainstream integration approaches of the model, step 2. */
export const archetypes = ['saas', 'custom', 'ipaas'] as const;
export const archetype = z.enum(archetypes);
export type Archetype = z.infer<typeof archetype>;

export const criterionSchema = z.object({
  id: entityId,
  name: text(200),
  /** Built-in dimension key, whose label is translated; empty for user-defined criteria. */
  builtin: text(80),
  parentId: entityId.nullable().default(null),
  /** `cost` criteria are "lower is better" (initial cost, maintenance cost, weeks to go-live). */
  direction: z.enum(['benefit', 'cost']).default('benefit'),
  unit: text(40),
  /**
   * `rating`: scores are 1–10 ratings (10 best, also for cost criteria: "how good is the cost").
   * `value`: scores are raw values in `unit` (money, weeks), normalised by `direction`.
   */
  scale: z.enum(['rating', 'value']).default('rating'),
  /** Whether the criterion scores integration options or vendors (the model's second evaluation). */
  scope: z.enum(['option', 'vendor']).default('option'),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const candidateSchema = z.object({
  id: entityId,
  name: text(200),
  archetype,
  vendorId: entityId.nullable().default(null),
  description: text(),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const vendorSchema = z.object({
  id: entityId,
  name: text(200),
  contact: text(200),
  notes: text(),
});

export const raterSchema = z.object({
  id: entityId,
  name: text(200),
  department: department.default('other'),
});

export const weightSchema = z.object({
  id: entityId,
  raterId: entityId,
  criterionId: entityId,
  value: z.number().min(0),
});

/** An AHP pairwise judgement: how much more important `rowId` is than `colId`, 1/9…9. */
export const judgementSchema = z.object({
  id: entityId,
  raterId: entityId,
  rowId: entityId,
  colId: entityId,
  value: z
    .number()
    .min(1 / 9)
    .max(9),
});

export const scoreSchema = z.object({
  id: entityId,
  raterId: entityId,
  /** A candidate id (option criteria) or a vendor id (vendor criteria). */
  subjectId: entityId,
  criterionId: entityId,
  value: z.number().nullable().default(null),
  low: z.number().nullable().default(null),
  high: z.number().nullable().default(null),
  note: text(),
});

export const costCategories = [
  'licence',
  'development',
  'hardware',
  'services',
  'subscription',
  'support',
  'staff',
  'hosting',
] as const;

export const costItemSchema = z.object({
  id: entityId,
  candidateId: entityId,
  category: z.enum(costCategories),
  /** `initial` is paid once at go-live, `annual` every year of the horizon. */
  kind: z.enum(['initial', 'annual']),
  amount: z.number().min(0),
  note: text(),
});

export const decisionSchema = z.object({
  weightMethod: z.enum(['direct', 'ahp', 'rank']).default('direct'),
  currency: z.string().max(8).default('CNY'),
  horizonYears: z.number().int().min(1).max(30).default(3),
  discountRate: z.number().min(0).max(1).default(0),
  criteria: z.array(criterionSchema).default([]),
  candidates: z.array(candidateSchema).default([]),
  vendors: z.array(vendorSchema).default([]),
  raters: z.array(raterSchema).default([]),
  weights: z.array(weightSchema).default([]),
  judgements: z.array(judgementSchema).default([]),
  scores: z.array(scoreSchema).default([]),
  costs: z.array(costItemSchema).default([]),
});

// ── Data flows ───────────────────────────────────────────────────────────────────────────

export const systemKinds = [
  'erp',
  'mes',
  'qms',
  'wms',
  'lims',
  'srm',
  'supplier',
  'customer',
  'traceability',
  'ipaas',
  'labeling',
  'iot',
  'warehouse-bi',
  'custom',
] as const;
export const systemKind = z.enum(systemKinds);

const position = z.object({ x: z.number(), y: z.number() });

/** Interface protocols of a flow; `tbd` ("to be decided") since schema version 2. */
export const flowProtocols = [
  'tbd',
  'rest',
  'soap',
  'odata',
  'file',
  'edi',
  'opcua',
  'mqtt',
  'database',
] as const;
export type FlowProtocol = (typeof flowProtocols)[number];

export const systemSchema = z.object({
  id: entityId,
  kind: systemKind,
  name: text(200),
  product: text(200),
  owner: department.nullable().default(null),
  location: text(200),
  /** Internal systems, upstream (suppliers) or downstream (customers): the half-chain pitfall. */
  lane: z.enum(['internal', 'upstream', 'downstream']).default('internal'),
  position: position.default({ x: 0, y: 0 }),
  /**
   * A partner (or system) the team decided to leave out of this project, with the reason: rules
   * that check each supplier or customer (the half chain) report it as a decision, not a gap.
   */
  isOutOfScope: z.boolean().default(false),
  outOfScopeReason: text(500),
});
export type TraceSystem = z.infer<typeof systemSchema>;

export const flowSchema = z.object({
  id: entityId,
  sourceId: entityId,
  targetId: entityId,
  /** `two-way` needs a business `reason`: over-synchronisation is the model's bloat pitfall. */
  direction: z.enum(['one-way', 'two-way']).default('one-way'),
  objects: z.array(entityId).default([]),
  reason: text(),
  trigger: z.enum(['event', 'scheduled', 'manual']).default('event'),
  frequency: text(200),
  volumePerDay: z.number().min(0).nullable().default(null),
  latency: text(200),
  /** `tbd`: not decided yet — specs mark it as a placeholder instead of assuming REST (v2). */
  protocol: z.enum(flowProtocols).default('tbd'),
  owner: department.nullable().default(null),
  phaseId: entityId.nullable().default(null),
  isCore: z.boolean().default(false),
});
export type Flow = z.infer<typeof flowSchema>;

export const customObjectSchema = z.object({
  id: entityId,
  name: text(200),
  fields: z
    .array(
      z.object({
        id: entityId,
        name: text(200),
        type: z.enum(['string', 'number', 'integer', 'boolean', 'date', 'datetime']),
        isRequired: z.boolean().default(false),
      }),
    )
    .default([]),
});

export const noteSchema = z.object({
  id: entityId,
  text: text(),
  position: position.default({ x: 0, y: 0 }),
});

export const flowsSchema = z.object({
  systems: z.array(systemSchema).default([]),
  flows: z.array(flowSchema).default([]),
  customObjects: z.array(customObjectSchema).default([]),
  notes: z.array(noteSchema).default([]),
});

// ── Step 3: rollout ──────────────────────────────────────────────────────────────────────

const isoDate = z.iso.date();

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
  predecessors: z.array(dependencySchema).default([]),
  /** "Start no earlier than": set by moving a bar in the Gantt (as MS Project does). */
  startNoEarlierThan: isoDate.nullable().default(null),
  percentComplete: z.number().min(0).max(100).default(0),
  raci: z.array(raciCellSchema).default([]),
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
  raci: z.array(raciCellSchema).default([]),
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
  team: z.array(memberSchema).default([]),
  phases: z.array(phaseSchema).default([]),
  workstreams: z.array(workstreamSchema).default([]),
  tasks: z.array(taskSchema).default([]),
  risks: z.array(riskSchema).default([]),
  trainings: z.array(trainingSchema).default([]),
  baselines: z.array(baselineSchema).default([]),
  sizing: z.array(sizingSchema).default([]),
});
export type Rollout = z.infer<typeof rolloutSchema>;

// ── Report ───────────────────────────────────────────────────────────────────────────────

/** Sections of the PDF report, in their order. */
export const reportSections = [
  'summary',
  'audit',
  'options',
  'flows',
  'rollout',
  'appendix',
] as const;
export type ReportSection = (typeof reportSections)[number];

/** The report's options, chosen on the Report page and kept with the project (v2). */
export const reportOptionsSchema = z.object({
  /** `null`: the project's language. */
  language: language.nullable().default(null),
  sections: z.array(z.enum(reportSections)).default([...reportSections]),
  paper: z.enum(['a4', 'letter']).default('a4'),
  confidentiality: text(200),
  /** Brand colour of the consultant, `#rrggbb`. */
  brandColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#0e7c66'),
  /** The consultant's logo as a PNG or JPEG data URL (at most about 512 KB). */
  logo: z
    .string()
    .max(700_000)
    .regex(/^(data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+)?$/)
    .default(''),
  consultancy: text(200),
  /** The report date; `null` is the day it is generated. */
  date: isoDate.nullable().default(null),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

// ── The document ─────────────────────────────────────────────────────────────────────────

export const projectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: entityId,
  meta: metaSchema,
  audit: auditSchema.default({ answers: [], targets: [], handoffs: [] }),
  decision: decisionSchema.default(() => decisionSchema.parse({})),
  flows: flowsSchema.default(() => flowsSchema.parse({})),
  rollout: rolloutSchema.default(() => rolloutSchema.parse({})),
  report: reportOptionsSchema.default(() => reportOptionsSchema.parse({})),
});

/** A project document as held in memory and saved to a `.trplan` file. */
export type ProjectDocument = z.infer<typeof projectSchema>;
export type ProjectMeta = z.infer<typeof metaSchema>;
