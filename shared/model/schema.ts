import { z } from 'zod';
import { entityId } from './ids.ts';
import { LIMITS } from './limits.ts';
import { reportOptionsSchema } from './report-schema.ts';
import { rolloutSchema } from './rollout-schema.ts';
import { archetype, department, industry, isoDateTime, language, text } from './schema-fields.ts';

export * from './schema-fields.ts';
export * from './rollout-schema.ts';
export * from './report-schema.ts';

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
  answers: z.array(answerSchema).max(LIMITS.auditAnswers).default([]),
  targets: z.array(auditTargetSchema).default([]),
  handoffs: z.array(handoffDecisionSchema).default([]),
});

// ── Step 2: options, vendors, criteria, weights, scores ──────────────────────────────────

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
  criteria: z.array(criterionSchema).max(LIMITS.criteria).default([]),
  candidates: z.array(candidateSchema).max(LIMITS.candidates).default([]),
  vendors: z.array(vendorSchema).max(LIMITS.vendors).default([]),
  raters: z.array(raterSchema).max(LIMITS.raters).default([]),
  weights: z.array(weightSchema).max(LIMITS.weights).default([]),
  judgements: z.array(judgementSchema).max(LIMITS.judgements).default([]),
  scores: z.array(scoreSchema).max(LIMITS.scores).default([]),
  costs: z.array(costItemSchema).max(LIMITS.costs).default([]),
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
  objects: z.array(entityId).max(LIMITS.objectsPerFlow).default([]),
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
    .max(LIMITS.fieldsPerObject)
    .default([]),
});

export const noteSchema = z.object({
  id: entityId,
  text: text(),
  position: position.default({ x: 0, y: 0 }),
});

export const flowsSchema = z.object({
  systems: z.array(systemSchema).max(LIMITS.systems).default([]),
  flows: z.array(flowSchema).max(LIMITS.flows).default([]),
  customObjects: z.array(customObjectSchema).max(LIMITS.customObjects).default([]),
  notes: z.array(noteSchema).max(LIMITS.notes).default([]),
});

// ── Comments (live workshop) ─────────────────────────────────────────────────────────────

/** What a comment is about: a flow of the data-flow diagram or a task of the rollout plan. */
export const commentTargetKinds = ['flow', 'task'] as const;

/**
 * A comment a workshop participant (or the facilitator) left on a flow or a task. The target is
 * not a checked reference: deleting a flow keeps the discussion about it.
 */
export const commentSchema = z.object({
  id: entityId,
  targetKind: z.enum(commentTargetKinds),
  targetId: entityId,
  /** The author's rater; `null` for the facilitator. */
  authorRaterId: entityId.nullable().default(null),
  authorName: text(200),
  text: text(2000),
  createdAt: isoDateTime,
});
export type Comment = z.infer<typeof commentSchema>;

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
  /**
   * Comments on flows and tasks (live workshop). Optional — absent until the first comment — so
   * files without it stay byte for byte as they were (no schemaVersion bump).
   */
  comments: z.array(commentSchema).max(LIMITS.comments).optional(),
});

/** A project document as held in memory and saved to a `.trplan` file. */
export type ProjectDocument = z.infer<typeof projectSchema>;
export type ProjectMeta = z.infer<typeof metaSchema>;
