import { z } from 'zod';

/**
 * What an edit accepts must save (issue 11, item 5). An edit's patch comes from what a user
 * typed or pasted; before it reaches the document, every field is made to fit the field's own
 * schema: text longer than the field allows is cut at its limit (never inside a surrogate
 * pair), a number is rounded if the field is whole and clamped into its range, and a value that
 * still does not fit (NaN, ∞, a wrong type) is dropped — the field keeps its old value. The
 * limits are read from the schema, so they cannot drift from what a save checks.
 *
 * @example
 * fitToSchema(taskSchema, { name: 'x'.repeat(300), durationDays: 5000.4 });
 * // → { name: 'x'.repeat(200), durationDays: 3650 }
 */
export function fitToSchema<T extends Record<string, unknown>>(
  schema: z.ZodObject,
  patch: T,
): Partial<T> {
  const fitted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const field = schema.shape[key] as z.ZodType | undefined;
    if (field === undefined || value === undefined) {
      fitted[key] = value;
      continue;
    }
    if (field.safeParse(value).success) {
      // −0 fits any number field; as 0 it is the value a save writes (and no empty undo step).
      fitted[key] = Object.is(value, -0) ? 0 : value;
      continue;
    }
    const repaired = repair(leafOf(field), value);
    if (repaired !== undefined && field.safeParse(repaired).success) fitted[key] = repaired;
  }
  return fitted as Partial<T>;
}

/** The type under `.default()`, `.optional()` and `.nullable()`. */
function leafOf(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodDefault ||
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function repair(leaf: z.ZodType, value: unknown): unknown {
  if (leaf instanceof z.ZodString && typeof value === 'string') {
    const max = leaf.maxLength;
    if (max === null || value.length <= max) return value;
    const cut = value.slice(0, max);
    // A high surrogate left without its low half is not text.
    return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  }
  if (leaf instanceof z.ZodNumber && typeof value === 'number' && Number.isFinite(value)) {
    const whole = leaf.isInt ? Math.round(value) : value;
    const min = leaf.minValue ?? -Infinity;
    const max = leaf.maxValue ?? Infinity;
    return Math.min(max, Math.max(min, whole)) + 0; // + 0 turns −0 into 0
  }
  return undefined;
}
