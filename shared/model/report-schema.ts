import { z } from 'zod';
import { isoDate, language, text } from './schema-fields.ts';

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
