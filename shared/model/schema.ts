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
export const CURRENT_SCHEMA_VERSION = 1;

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
  protocol: z
    .enum(['rest', 'soap', 'odata', 'file', 'edi', 'opcua', 'mqtt', 'database'])
    .default('rest'),
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

export const memberSchema = z.object({
  id: entityId,
  name: text(200),
  department,
  /** The model asks for a senior manager as project lead and business owners beside IT. */
  role: z.enum(['sponsor', 'lead', 'business-owner', 'member']).default('member'),
});

export const gateSchema = z.object({
  id: entityId,
  text: text(500),
  isDone: z.boolean().default(false),
});

export const phaseSchema = z.object({
  id: entityId,
  name: text(200),
  goal: text(),
  gates: z.array(gateSchema).default([]),
});

export const dependencySchema = z.object({
  taskId: entityId,
  type: z.enum(['FS', 'SS', 'FF', 'SF']).default('FS'),
  lagDays: z.number().int().min(-365).max(365).default(0),
});

export const taskSchema = z.object({
  id: entityId,
  phaseId: entityId.nullable().default(null),
  name: text(200),
  durationDays: z.number().int().min(0).max(3650).default(1),
  predecessors: z.array(dependencySchema).default([]),
  raci: z.array(z.object({ memberId: entityId, role: z.enum(['R', 'A', 'C', 'I']) })).default([]),
});

export const riskSchema = z.object({
  id: entityId,
  text: text(500),
  likelihood: z.number().int().min(1).max(5).default(3),
  impact: z.number().int().min(1).max(5).default(3),
  mitigation: text(),
  ownerId: entityId.nullable().default(null),
});

export const trainingSchema = z.object({
  id: entityId,
  audience: text(200),
  topic: text(500),
  phaseId: entityId.nullable().default(null),
});

export const rolloutSchema = z.object({
  startDate: z.iso.date().nullable().default(null),
  team: z.array(memberSchema).default([]),
  phases: z.array(phaseSchema).default([]),
  tasks: z.array(taskSchema).default([]),
  risks: z.array(riskSchema).default([]),
  trainings: z.array(trainingSchema).default([]),
});

// ── The document ─────────────────────────────────────────────────────────────────────────

export const projectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: entityId,
  meta: metaSchema,
  audit: auditSchema.default({ answers: [], targets: [], handoffs: [] }),
  decision: decisionSchema.default(() => decisionSchema.parse({})),
  flows: flowsSchema.default(() => flowsSchema.parse({})),
  rollout: rolloutSchema.default(() => rolloutSchema.parse({})),
});

/** A project document as held in memory and saved to a `.trplan` file. */
export type ProjectDocument = z.infer<typeof projectSchema>;
export type ProjectMeta = z.infer<typeof metaSchema>;
