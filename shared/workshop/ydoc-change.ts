import * as Y from 'yjs';
import type { ProjectDocument } from '../model/schema.ts';
import { isJsonRecord, jsonEqual } from './json-equal.ts';
import { newEntity, positionOf, setField } from './ydoc-fields.ts';
import {
  OPTIONAL_COLLECTIONS,
  POSITION_KEY,
  childrenOf,
  mapName,
  type CollectionPath,
  type RecordPath,
} from './ydoc-layout.ts';
import { reposition, type Placed } from './ydoc-positions.ts';

type JsonRecord = Record<string, unknown>;
type Entity = JsonRecord & { id: string };

/**
 * Writes one local edit — the change from `previous` to `next`, two versions of the store's
 * document — into `ydoc`, in ONE transaction with `origin`. Unlike
 * {@link writeDocumentToYDoc} (which makes the Y.Doc equal to a document), only the fields,
 * entities and positions the edit changed are written: whatever else the Y.Doc holds — remote
 * edits the store has not read yet — stays. An edit of an entity that was deleted remotely is
 * dropped (it does not resurrect the entity).
 *
 * @example
 * const next = editDocument(previous);
 * writeDocumentChange(ydoc, previous, next, localOrigin);
 */
export function writeDocumentChange(
  ydoc: Y.Doc,
  previous: ProjectDocument,
  next: ProjectDocument,
  origin?: unknown,
): void {
  if (previous === next) return;
  ydoc.transact(
    () => changeRecord(ydoc, '', previous as unknown as JsonRecord, next as unknown as JsonRecord),
    origin ?? null,
  );
}

/**
 * Writes into `map` only the fields that differ between `before` and `after` (a field whose new
 * value is undefined is deleted): the other fields keep whatever the Y.Doc holds, such as a remote
 * edit the store has not read yet. Keys in `skip` (nested maps) are left to their own writers.
 */
function changeFields(
  map: Y.Map<unknown>,
  before: JsonRecord,
  after: JsonRecord,
  skip: ReadonlySet<string> = new Set(),
): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (skip.has(key) || jsonEqual(before[key], after[key])) continue;
    if (after[key] === undefined) map.delete(key);
    else setField(map, key, after[key]);
  }
}

function changeRecord(ydoc: Y.Doc, path: RecordPath, before: JsonRecord, after: JsonRecord): void {
  if (before === after) return;
  const map = ydoc.getMap<unknown>(mapName(path));
  const { records, collections } = childrenOf(path);
  const nested = new Set([...records, ...collections].map((c) => c.key));
  changeFields(map, before, after, nested);
  for (const { key, path: child } of records) {
    const [a, b] = [before[key], after[key]];
    changeRecord(ydoc, child, isJsonRecord(a) ? a : {}, isJsonRecord(b) ? b : {});
  }
  for (const { key, path: child } of collections) {
    const [a, b] = [before[key], after[key]];
    if (OPTIONAL_COLLECTIONS.includes(child) && (a === undefined) !== (b === undefined)) {
      if (b === undefined) map.delete(key);
      else map.set(key, true);
    }
    changeCollection(
      ydoc,
      child,
      Array.isArray(a) ? (a as Entity[]) : [],
      Array.isArray(b) ? (b as Entity[]) : [],
    );
  }
}

function changeCollection(
  ydoc: Y.Doc,
  path: CollectionPath,
  before: readonly Entity[],
  after: readonly Entity[],
): void {
  if (before === after) return;
  const map = ydoc.getMap<unknown>(mapName(path));
  const previous = new Map(before.map((e) => [e.id, e]));
  const current = new Set(after.map((e) => e.id));
  for (const id of previous.keys()) if (!current.has(id)) map.delete(id);
  const added: Entity[] = [];
  for (const entity of after) {
    const old = previous.get(entity.id);
    if (old === undefined) {
      added.push(entity);
      continue;
    }
    if (old === entity || jsonEqual(old, entity)) continue;
    const stored = map.get(entity.id);
    if (stored instanceof Y.Map) changeFields(stored as Y.Map<unknown>, old, entity);
  }
  const common = (list: readonly Entity[], other: ReadonlySet<string>) =>
    list.filter((e) => other.has(e.id)).map((e) => e.id);
  const isReordered = !jsonEqual(common(before, current), common(after, new Set(previous.keys())));
  if (added.length === 0 && !isReordered) return;
  // Place the new and moved entities between their neighbours of `after`; the rest keep their
  // positions (and so any order a remote edit gave them).
  const present = after.filter((e) => previous.has(e.id) === false || map.has(e.id));
  const placed: Placed[] = present.map((e) => ({
    id: e.id,
    position: previous.has(e.id) ? positionOf(map.get(e.id)) : undefined,
  }));
  const moved = reposition(placed);
  const addedIds = new Set(added.map((e) => e.id));
  present.forEach((entity, index) => {
    const position = moved.get(entity.id) ?? placed[index]!.position ?? index;
    if (addedIds.has(entity.id)) map.set(entity.id, newEntity(entity, position));
    else {
      const stored = map.get(entity.id);
      if (moved.has(entity.id) && stored instanceof Y.Map) stored.set(POSITION_KEY, position);
    }
  });
}
