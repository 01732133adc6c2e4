import { z } from 'zod';
import { entityId } from '../model/ids.ts';
import { department, industry } from '../model/schema.ts';

/**
 * The self-audit questionnaire (step 1 of the three-step model) as data: dimensions, sections
 * and questions, shipped in `templates/audit/` in zh-CN and en with identical ids. Validated
 * with this schema when loaded, so a broken template fails the tests, not the workshop.
 */

export const questionTypes = ['single', 'multi', 'maturity', 'number', 'percent', 'text'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The three pitfalls of the model: pure IT project, "most complete" interface list, half chain. */
export const pitfalls = ['pure-it', 'full-interface', 'half-chain'] as const;
export type Pitfall = (typeof pitfalls)[number];

const optionSchema = z.object({
  id: entityId,
  label: z.string().min(1),
  description: z.string().default(''),
  /** Maturity 0–5 this option stands for; for multi-choice questions the scores add up (max 5). */
  score: z.number().min(0).max(5).nullable().default(null),
});
export type QuestionOption = z.infer<typeof optionSchema>;

/** Linear scoring of a number: `worst` maps to 0, `best` to 5 (best < worst: lower is better). */
const scaleSchema = z
  .object({ worst: z.number(), best: z.number() })
  .refine((s) => s.worst !== s.best, {
    message: 'worst and best must differ',
  });

export const questionSchema = z.object({
  id: entityId,
  type: z.enum(questionTypes),
  text: z.string().min(1),
  help: z.string().default(''),
  /** The department that usually owns the answer ("questions for QC"). */
  department,
  /** Weight g_i in the dimension's weighted maturity; industry presets multiply it. */
  weight: z.number().min(0).default(1),
  options: z.array(optionSchema).default([]),
  /** Six written level descriptions, 0–5, for `maturity` questions. */
  levels: z.array(z.string()).default([]),
  scale: scaleSchema.nullable().default(null),
  unit: z.string().default(''),
  /** Shown only when another question's answer includes one of these options (or any answer). */
  showIf: z
    .object({ questionId: entityId, anyOf: z.array(entityId).nullable().default(null) })
    .nullable()
    .default(null),
  /**
   * Advice when the answer scores below 4, with `{{value}}` (the answer) and `{{missing}}`
   * (100 − a percentage) filled in: specific, not "improve data quality".
   */
  recommendation: z.string().default(''),
  /**
   * For measured data-quality figures: the value that must be reached before integration starts
   * (a precondition of phase 1: "integrating messy data only creates new mess").
   */
  preconditionAt: z.number().nullable().default(null),
  /** Whether the answer is a measured figure (evidence) rather than an opinion. */
  isEvidence: z.boolean().default(false),
  /**
   * For a percentage a plant usually knows as a count ("38 of 120 raw materials"): what the count
   * and the total count, so the answer can be entered either way (the count is the share's
   * numerator: the question's percentage is count / total).
   */
  countOf: z
    .object({ counted: z.string().min(1), total: z.string().min(1) })
    .nullable()
    .default(null),
});
export type Question = z.infer<typeof questionSchema>;

export const dimensionSchema = z.object({
  id: entityId,
  name: z.string().min(1),
  description: z.string().default(''),
  pitfall: z.enum(pitfalls).nullable().default(null),
  /** Where this point stands in the source article (shown beside it, in Chinese). */
  source: z.string().default(''),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const sectionSchema = z.object({
  id: entityId,
  dimensionId: entityId,
  title: z.string().min(1),
  intro: z.string().default(''),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

export const questionnaireSchema = z.object({
  id: entityId,
  version: z.number().int().min(1),
  language: z.enum(['zh-CN', 'en']),
  dimensions: z.array(dimensionSchema).min(1),
  sections: z.array(sectionSchema).min(1),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** Industry preset: defaults and weights for one industry (templates/audit/presets.*.json). */
export const industryPresetSchema = z.object({
  industry,
  name: z.string().min(1),
  /** Answers set when the preset is applied to unanswered questions (option ids or values). */
  defaultAnswers: z
    .record(entityId, z.union([z.string(), z.array(z.string()), z.number()]))
    .default({}),
  typicalSystems: z.array(z.string()).default([]),
  /** Multipliers of question weights, by question id. */
  weights: z.record(entityId, z.number().min(0)).default({}),
  /** Target maturity 0–5 per dimension. */
  targets: z.record(entityId, z.number().min(0).max(5)).default({}),
});
export type IndustryPreset = z.infer<typeof industryPresetSchema>;

export const presetsSchema = z.object({
  language: z.enum(['zh-CN', 'en']),
  presets: z.array(industryPresetSchema),
});

/** All questions in questionnaire order. */
export function allQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((s) => s.questions);
}

/** Whether a question counts towards readiness (choice with scores, maturity, scaled number). */
export function isScored(question: Question): boolean {
  switch (question.type) {
    case 'maturity':
      return true;
    case 'single':
    case 'multi':
      return question.options.some((o) => o.score !== null);
    case 'number':
    case 'percent':
      return question.scale !== null;
    case 'text':
      return false;
  }
}
