import type * as Y from 'yjs';
import type { Department } from '../model/schema.ts';

/**
 * The facilitation state of a live workshop: what the room looks at, which items are locked or
 * revealed, whether votes are shown without names. It lives in the same Y.Doc as the document,
 * in its own top-level map, and is NOT saved to the `.trplan` file. Only the facilitator writes
 * it (the server refuses a participant's change to it).
 */
export type WorkshopSession = {
  /** The item everybody is asked to look at (an item key, see {@link itemKeysOf}), if any. */
  focus: string | null;
  /** Item keys whose votes participants may no longer change. */
  locked: string[];
  /** Item keys whose distribution the facilitator has shown to the room. */
  revealed: string[];
  /** Votes are shown without raters' names. */
  anonymous: boolean;
};

/** The name of the session's top-level Y.Map. */
export const SESSION_MAP = 'session';

/** Who is connected: the facilitator, or a participant voting as their own rater. */
export type WorkshopRole =
  | { kind: 'facilitator' }
  | { kind: 'participant'; raterId: string; name: string; department: Department };

export const emptySession = (): WorkshopSession => ({
  focus: null,
  locked: [],
  revealed: [],
  anonymous: false,
});

const MAX_ITEM_KEY = 200;
const MAX_ITEMS = 5_000;

const itemKeys = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .filter((v): v is string => typeof v === 'string' && v.length <= MAX_ITEM_KEY)
        .slice(0, MAX_ITEMS)
    : [];

/** The session as the Y.Doc holds it; anything malformed reads as its default. */
export function readSession(ydoc: Y.Doc): WorkshopSession {
  const map = ydoc.getMap<unknown>(SESSION_MAP);
  const focus = map.get('focus');
  return {
    focus: typeof focus === 'string' && focus.length <= MAX_ITEM_KEY ? focus : null,
    locked: itemKeys(map.get('locked')),
    revealed: itemKeys(map.get('revealed')),
    anonymous: map.get('anonymous') === true,
  };
}

/** Writes the given session fields (one transaction, `origin` for undo tracking). */
export function writeSession(ydoc: Y.Doc, patch: Partial<WorkshopSession>, origin?: unknown): void {
  const map = ydoc.getMap<unknown>(SESSION_MAP);
  ydoc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) map.set(key, Array.isArray(value) ? [...value] : value);
    }
  }, origin ?? null);
}

/** `keys` with `key` added (`on`) or removed, in their order, without duplicates. */
export function toggledKey(keys: readonly string[], key: string, on: boolean): string[] {
  const rest = keys.filter((k) => k !== key);
  return on ? [...rest, key] : rest;
}

/**
 * The item keys a vote belongs to; locking or revealing any of them covers the vote:
 * - weight: its criterion id;
 * - judgement: both criterion ids and the pair `row/col` (either order);
 * - score: its criterion id, its subject (candidate or vendor) id and `subject/criterion`;
 * - audit answer: its question id;
 * - comment: the id of the flow or task it is about.
 *
 * @example itemKeysOf('judgement', { rowId: 'c1', colId: 'c2' }) // ['c1', 'c2', 'c1/c2', 'c2/c1']
 */
export function itemKeysOf(
  kind: 'weight' | 'judgement' | 'score' | 'answer' | 'comment',
  entity: Record<string, unknown>,
): string[] {
  const s = (key: string) => String(entity[key]);
  switch (kind) {
    case 'weight':
      return [s('criterionId')];
    case 'judgement':
      return [s('rowId'), s('colId'), `${s('rowId')}/${s('colId')}`, `${s('colId')}/${s('rowId')}`];
    case 'score':
      return [s('criterionId'), s('subjectId'), `${s('subjectId')}/${s('criterionId')}`];
    case 'answer':
      return [s('questionId')];
    case 'comment':
      return [s('targetId')];
  }
}
