import * as Y from 'yjs';
import { jsonEqual } from './json-equal.ts';
import { POSITION_KEY } from './ydoc-layout.ts';

/** Field-level helpers of the Y.Doc mapping (ydoc.ts, ydoc-change.ts). */

/** A stored field's value as plain JSON (a forged nested Yjs type reads as its JSON). */
export function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
}

/** Sets a field only when its value differs, with a private copy (callers may reuse objects). */
export function setField(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (jsonEqual(plain(map.get(key)), value)) return;
  map.set(key, typeof value === 'object' && value !== null ? structuredClone(value) : value);
}

/** An entity's sortable position, if it has one. */
export function positionOf(entity: unknown): number | undefined {
  if (!(entity instanceof Y.Map)) return undefined;
  const position: unknown = entity.get(POSITION_KEY);
  return typeof position === 'number' ? position : undefined;
}

/** A new entity Y.Map holding `item`'s fields and `position`. */
export function newEntity(item: Record<string, unknown>, position: number): Y.Map<unknown> {
  const entity = new Y.Map<unknown>();
  // Fields are set before the entity joins the document: one insert, no per-field events.
  for (const [key, field] of Object.entries(item)) {
    if (field !== undefined) entity.set(key, structuredClone(field));
  }
  entity.set(POSITION_KEY, position);
  return entity;
}

/** Makes an existing entity's fields those of `item` (its position untouched). */
export function writeEntityFields(entity: Y.Map<unknown>, item: Record<string, unknown>): void {
  for (const [key, field] of Object.entries(item)) {
    if (field !== undefined) setField(entity, key, field);
  }
  for (const key of [...entity.keys()]) {
    if (key !== POSITION_KEY && item[key] === undefined) entity.delete(key);
  }
}
