import { z } from 'zod';

/**
 * Field types and vocabularies shared by every section of the project document (schema.ts,
 * rollout-schema.ts, report-schema.ts).
 */

/** A text field of at most `max` characters, empty by default. */
export const text = (max = 2000) => z.string().max(max).default('');
/** An ISO 8601 date-time with its offset. */
export const isoDateTime = z.iso.datetime({ offset: true });

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

/** An ISO 8601 calendar date (YYYY-MM-DD). */
export const isoDate = z.iso.date();

/** The three mainstream integration approaches of the model, step 2. */
export const archetypes = ['saas', 'custom', 'ipaas'] as const;
export const archetype = z.enum(archetypes);
export type Archetype = z.infer<typeof archetype>;
