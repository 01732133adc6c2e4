import { z } from 'zod';

/**
 * A stable entity id. Every answer, criterion, candidate, rater, system, flow, task and risk
 * carries one, so that undo/redo, merging two raters' copies and later co-editing never rely
 * on array positions. Template entities use readable slugs (`crit-initial-cost`); entities
 * created in the app get a random UUID.
 */
/** The longest id the schema accepts. */
export const MAX_ID_LENGTH = 80;

export const entityId = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[A-Za-z0-9_.:-]+$/);

export type EntityId = z.infer<typeof entityId>;

/** A fresh random id for an entity the user creates (Web Crypto: browser, Node ≥ 19, Electron). */
export function newId(): EntityId {
  return globalThis.crypto.randomUUID();
}
