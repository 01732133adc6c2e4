import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { settle } from './settle.ts';

/**
 * Where a workshop server keeps the Yjs updates of a room so that a crashed or restarted server
 * resumes where it stopped. `store` is called with every update the room accepts, in order;
 * `load` returns them merged (or null for a room never stored). The SQLite store below is the
 * default; ws-scale's `postgresStore(url)` implements the same type.
 */
export type WorkshopStore = {
  load(room: string): Promise<Uint8Array | null>;
  store(room: string, update: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Small named values of the workshop (room id and tokens, so a restart keeps its URLs). */
  readMeta?(key: string): Promise<string | null>;
  writeMeta?(key: string, value: string): Promise<void>;
};

/** The default store's file next to the project: `<file>.workshop.sqlite`. */
export const sqlitePathFor = (projectFile: string): string => `${projectFile}.workshop.sqlite`;

/**
 * A room's updates are merged into one row after this many stores by one process: few enough
 * rows that loading stays quick, rare enough that merging is not paid on every keystroke.
 */
const COMPACT_AFTER = 500;

/**
 * Counts the updates each room stored since its last compaction; `isDue(room)` counts one more
 * and says whether the room should be compacted now (every {@link COMPACT_AFTER} stores). One per
 * store: the SQLite store and ws-scale's PostgreSQL store share it.
 */
export function compactionCounter(): { isDue(room: string): boolean } {
  const sinceCompaction = new Map<string, number>();
  return {
    isDue(room) {
      const n = (sinceCompaction.get(room) ?? 0) + 1;
      sinceCompaction.set(room, n % COMPACT_AFTER);
      return n >= COMPACT_AFTER;
    },
  };
}

/**
 * A {@link WorkshopStore} in one SQLite file (better-sqlite3, synchronous, WAL): each update is
 * committed before `store` returns — before Hocuspocus acknowledges it to the client — so an
 * acknowledged edit survives a kill of the server.
 */
export function sqliteStore(path: string): WorkshopStore {
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      room TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS updates_room ON updates (room, seq);
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
  const insert = db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)');
  const select = db.prepare<{ seq: number; data: Uint8Array }>(
    'SELECT seq, data FROM updates WHERE room = ? ORDER BY seq',
  );
  const count = db.prepare<{ n: number }>('SELECT COUNT(*) AS n FROM updates WHERE room = ?');
  const removeUpTo = db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?');
  const getMeta = db.prepare<{ value: string }>('SELECT value FROM meta WHERE key = ?');
  const setMeta = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const compaction = compactionCounter();

  const compact = db.transaction((room: string) => {
    const rows = select.all(room);
    const last = rows.at(-1);
    if (!last) return;
    const merged = Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
    removeUpTo.run(room, last.seq);
    insert.run(room, Buffer.from(merged));
  });

  return {
    // Synchronous work behind promise-returning methods: committed before the call returns.
    load: (room) =>
      settle(() => {
        if ((count.get(room)?.n ?? 0) > 1) compact(room);
        const rows = select.all(room);
        return rows.length === 0 ? null : Y.mergeUpdates(rows.map((r) => new Uint8Array(r.data)));
      }),
    store: (room, update) =>
      settle(() => {
        insert.run(room, Buffer.from(update));
        if (compaction.isDue(room)) compact(room);
      }),
    readMeta: (key) => settle(() => getMeta.get(key)?.value ?? null),
    writeMeta: (key, value) => settle(() => void setMeta.run(key, value)),
    close: () => settle(() => void (db.open && db.close())),
  };
}
