/**
 * Where each part of the project document lives in the workshop's Yjs document (see ydoc.ts).
 *
 * Every record (an object of fields: `meta`, `decision`'s settings, `report`…) and every entity
 * collection (an array of objects with a stable `id`) is its own TOP-LEVEL `Y.Map`, named by its
 * path in the document. Top-level types exist in every replica from the start, so two clients
 * never race to create the same container (which Yjs would resolve by dropping one of them).
 */

/** The Y.Map holding the document's own scalar fields (`schemaVersion`, `id`). */
export const ROOT_MAP = 'project';

/** Records of the document: objects whose scalar fields are entries of one Y.Map. */
export const RECORD_PATHS = [
  '',
  'meta',
  'audit',
  'decision',
  'flows',
  'rollout',
  'rollout.calendar',
  'report',
] as const;

/**
 * Entity collections: arrays of objects keyed by their stable `id`. Each is a Y.Map from id to a
 * Y.Map of the entity's fields, plus its sortable position under {@link POSITION_KEY}; concurrent
 * edits of different entities, or of different fields of one entity, all survive. Arrays inside
 * an entity (a phase's gates, a task's predecessors, a flow's objects) are one field: replaced as
 * a whole, last writer wins.
 */
export const COLLECTION_PATHS = [
  'audit.answers',
  'audit.targets',
  'audit.handoffs',
  'decision.criteria',
  'decision.candidates',
  'decision.vendors',
  'decision.raters',
  'decision.weights',
  'decision.judgements',
  'decision.scores',
  'decision.costs',
  'flows.systems',
  'flows.flows',
  'flows.customObjects',
  'flows.notes',
  'rollout.team',
  'rollout.phases',
  'rollout.workstreams',
  'rollout.tasks',
  'rollout.risks',
  'rollout.trainings',
  'rollout.baselines',
  'rollout.sizing',
  'rollout.calendar.exceptions',
  'comments',
] as const;

export type RecordPath = (typeof RECORD_PATHS)[number];
export type CollectionPath = (typeof COLLECTION_PATHS)[number];

/**
 * Collections that are optional in the schema (absent until first used): their presence is the
 * value `true` under their key in the parent record's map, so absent and empty stay distinct.
 */
export const OPTIONAL_COLLECTIONS: readonly CollectionPath[] = ['comments'];

/** Key of an entity's position in its collection (not a field name: ids and fields are words). */
export const POSITION_KEY = '#pos';

/** The Y.Map name of a record or collection path. */
export const mapName = (path: RecordPath | CollectionPath): string => path || ROOT_MAP;

/** The records and collections directly inside the record at `parent`, by their key. */
export function childrenOf(parent: RecordPath): {
  records: { key: string; path: RecordPath }[];
  collections: { key: string; path: CollectionPath }[];
} {
  const direct = (path: string) => {
    const prefix = parent ? `${parent}.` : '';
    return path !== parent && path.startsWith(prefix) && !path.slice(prefix.length).includes('.');
  };
  const keyOf = (path: string) => (parent ? path.slice(parent.length + 1) : path);
  return {
    records: RECORD_PATHS.filter(direct).map((path) => ({ key: keyOf(path), path })),
    collections: COLLECTION_PATHS.filter(direct).map((path) => ({ key: keyOf(path), path })),
  };
}
