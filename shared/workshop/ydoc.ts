import * as Y from 'yjs';
import { localized } from '../i18n/localized.ts';
import { toPointer } from '../model/located-error.ts';
import { parseProjectValue, type ParseResult } from '../model/parse.ts';
import { CURRENT_SCHEMA_VERSION, type ProjectDocument } from '../model/schema.ts';
import { isJsonRecord } from './json-equal.ts';
import { newEntity, plain, positionOf, setField, writeEntityFields } from './ydoc-fields.ts';
import { comparePlaced, reposition, type Placed } from './ydoc-positions.ts';
import {
  COLLECTION_PATHS,
  OPTIONAL_COLLECTIONS,
  POSITION_KEY,
  RECORD_PATHS,
  childrenOf,
  mapName,
  type CollectionPath,
  type RecordPath,
} from './ydoc-layout.ts';

export { POSITION_KEY } from './ydoc-layout.ts';

/**
 * The project document as a Yjs document, for the live workshop (issue 13).
 *
 * Layout (ydoc-layout.ts): each record of the document is a top-level `Y.Map` of its scalar
 * fields, each entity collection a top-level `Y.Map` from entity id to a `Y.Map` of the entity's
 * fields plus a sortable position. Concurrent edits of different entities, or of different fields
 * of one entity, merge; two edits of one field resolve by Yjs' deterministic rule (the same
 * winner on every replica). The facilitation state (`session`, session.ts) is a separate map that
 * is not part of the document.
 */

type JsonRecord = Record<string, unknown>;
const isRecord = isJsonRecord;

/**
 * Makes `ydoc` hold `next`, writing only what differs — unchanged fields, entities and positions
 * are not touched — in ONE transaction with `origin` (an edit of the zustand store becomes one
 * small update, and a `Y.UndoManager` tracking that origin undoes it as one step).
 *
 * The write makes the Y.Doc equal to `next`: read remote changes into the store (observe the
 * doc, {@link readDocumentFromYDoc}) before writing the store's document back, or they are
 * reverted — or push each local edit with `writeDocumentChange` (ydoc-change.ts), which writes
 * only what the edit changed. This one is for loading a whole document (the server's start).
 */
export function writeDocumentToYDoc(ydoc: Y.Doc, next: ProjectDocument, origin?: unknown): void {
  ydoc.transact(() => writeRecord(ydoc, '', next as unknown as JsonRecord), origin ?? null);
}

function writeRecord(ydoc: Y.Doc, path: RecordPath, value: JsonRecord): void {
  const map = ydoc.getMap<unknown>(mapName(path));
  const { records, collections } = childrenOf(path);
  const nested = new Set([...records, ...collections].map((c) => c.key));
  const written = new Set<string>();
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || nested.has(key)) continue;
    setField(map, key, field);
    written.add(key);
  }
  for (const { key, path: child } of records) {
    writeRecord(ydoc, child, isRecord(value[key]) ? value[key] : {});
  }
  for (const { key, path: child } of collections) {
    const items = value[key];
    if (OPTIONAL_COLLECTIONS.includes(child)) {
      if (items === undefined) continue;
      setField(map, key, true);
      written.add(key);
    }
    writeCollection(ydoc, child, Array.isArray(items) ? (items as JsonRecord[]) : []);
  }
  for (const key of [...map.keys()]) if (!written.has(key)) map.delete(key);
}

function writeCollection(ydoc: Y.Doc, path: CollectionPath, items: readonly JsonRecord[]): void {
  const map = ydoc.getMap<unknown>(mapName(path));
  const ids = new Set(items.map((item) => String(item.id)));
  for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
  const placed: Placed[] = items.map((item) => ({
    id: String(item.id),
    position: positionOf(map.get(String(item.id))),
  }));
  const moved = reposition(placed);
  items.forEach((item, index) => {
    const id = placed[index]!.id;
    const existing = map.get(id);
    const entity = existing instanceof Y.Map ? (existing as Y.Map<unknown>) : null;
    const position = moved.get(id);
    if (entity === null) {
      map.set(id, newEntity(item, position ?? placed[index]!.position ?? index));
      return;
    }
    writeEntityFields(entity, item);
    if (position !== undefined) entity.set(POSITION_KEY, position);
  });
}

/**
 * The document's raw value as the Y.Doc holds it, before validation: records as objects, each
 * collection's entities in (position, id) order. An entity stored under a key other than its own
 * `id` keeps the key as its id, so a forged entry cannot impersonate another entity.
 */
export function readDocumentValue(ydoc: Y.Doc): JsonRecord {
  return readRecord(ydoc, '');
}

function readRecord(ydoc: Y.Doc, path: RecordPath): JsonRecord {
  const map = ydoc.getMap<unknown>(mapName(path));
  const value: JsonRecord = {};
  for (const [key, field] of map.entries()) value[key] = plain(field);
  const { records, collections } = childrenOf(path);
  for (const { key, path: child } of records) value[key] = readRecord(ydoc, child);
  for (const { key, path: child } of collections) {
    if (OPTIONAL_COLLECTIONS.includes(child) && value[key] !== true) {
      delete value[key];
      continue;
    }
    value[key] = readCollectionValue(ydoc, child);
  }
  return value;
}

/**
 * One collection's raw entities in list order (see {@link readDocumentValue}), for checks that
 * look at what one update changed.
 */
export function readCollectionValue(ydoc: Y.Doc, path: CollectionPath): unknown[] {
  const map = ydoc.getMap<unknown>(mapName(path));
  const entries: { id: string; position: number; value: unknown }[] = [];
  for (const [id, entity] of map.entries()) {
    const json = plain(entity);
    const position = positionOf(entity) ?? Number.POSITIVE_INFINITY;
    if (isRecord(json)) {
      const fields: JsonRecord = { ...json, id };
      delete fields[POSITION_KEY];
      entries.push({ id, position, value: fields });
    } else entries.push({ id, position, value: json });
  }
  return entries.sort(comparePlaced).map((entry) => entry.value);
}

/**
 * Reads the project document out of `ydoc` through the project parser (schema, unknown keys,
 * references): a Y.Doc whose content does not form a valid document is an error located by JSON
 * pointer, in both languages — never a half-valid document.
 */
export function readDocumentFromYDoc(ydoc: Y.Doc): ParseResult {
  const extra = unknownTopLevelTypes(ydoc);
  if (extra.length > 0) {
    return {
      ok: false,
      errors: extra.map((name) => ({
        pointer: toPointer([name]),
        message: localized(
          `unknown shared type "${name}" in the workshop document`,
          `协作文档中有未知的共享类型 "${name}"`,
        ),
      })),
    };
  }
  const value = readDocumentValue(ydoc);
  // No migration and no short form: a workshop document is always a complete current document.
  if (value.schemaVersion !== CURRENT_SCHEMA_VERSION || typeof value.id !== 'string') {
    return {
      ok: false,
      errors: [
        {
          pointer: value.schemaVersion !== CURRENT_SCHEMA_VERSION ? '/schemaVersion' : '/id',
          message: localized(
            `the workshop document must hold schemaVersion ${CURRENT_SCHEMA_VERSION} and an id`,
            `协作文档必须包含 schemaVersion ${CURRENT_SCHEMA_VERSION} 和 id`,
          ),
        },
      ],
    };
  }
  return parseProjectValue(value);
}

/** Top-level names of the workshop Y.Doc: the document's maps and the session map. */
export const knownTopLevelNames: ReadonlySet<string> = new Set([
  ...RECORD_PATHS.map(mapName),
  ...COLLECTION_PATHS.map(mapName),
  'session',
]);

function unknownTopLevelTypes(ydoc: Y.Doc): string[] {
  return [...ydoc.share.keys()].filter((name) => !knownTopLevelNames.has(name));
}

/**
 * The shared types that hold the project document (not the session): the scope of a
 * per-person `Y.UndoManager` in a workshop.
 */
export function documentTypes(ydoc: Y.Doc): Y.Map<unknown>[] {
  return [...RECORD_PATHS, ...COLLECTION_PATHS].map((path) => ydoc.getMap<unknown>(mapName(path)));
}
