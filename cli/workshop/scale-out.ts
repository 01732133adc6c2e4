// Running the workshop server beyond one laptop: several `traceready serve` processes share one
// room through Redis (Hocuspocus' own Redis extension relays every Yjs update and awareness
// change between them), and the rooms' Yjs updates and tokens live in PostgreSQL instead of the
// SQLite file next to the project — one database for every client project of a consultancy.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import pg from 'pg';
import * as Y from 'yjs';
import { decodeProjectBytes } from '../../shared/model/decode-bytes.ts';
import { parseProject } from '../../shared/model/parse.ts';
import type { WorkshopStore } from './store.ts';

/** The tables: the rooms' Yjs updates (an append log, compacted), and small named values. */
export const POSTGRES_TABLES = {
  updates: 'traceready_workshop_updates',
  meta: 'traceready_workshop_meta',
} as const;
const { updates: UPDATES, meta: META } = POSTGRES_TABLES;

const CREATE_TABLES = `
  CREATE TABLE IF NOT EXISTS ${UPDATES} (
    seq bigserial PRIMARY KEY,
    room text NOT NULL,
    data bytea NOT NULL
  );
  CREATE INDEX IF NOT EXISTS ${UPDATES}_room ON ${UPDATES} (room, seq);
  CREATE TABLE IF NOT EXISTS ${META} (
    namespace text NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (namespace, key)
  );`;

/** A room's updates are merged into one row after this many stores by one process (as SQLite). */
const COMPACT_AFTER = 500;

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}

/**
 * The namespace of a project's workshop values in a shared database: its document id, so every
 * server process started on a copy of the same project shares one room (its id and tokens),
 * and different projects never do. A file that does not parse gets its absolute path (the
 * server then refuses it with its own message).
 */
export async function projectNamespace(file: string): Promise<string> {
  try {
    const decoded = decodeProjectBytes(await readFile(file));
    const parsed = decoded.ok ? parseProject(decoded.text) : null;
    if (parsed?.ok) return `project:${parsed.document.id}`;
  } catch {
    // Unreadable: the server reports it.
  }
  return `file:${resolve(file)}`;
}

/**
 * A {@link WorkshopStore} in PostgreSQL, for a server that serves many projects or runs as
 * several processes: `store` appends each update (fast, whatever its size), `load` merges a
 * room's rows and compacts them into one; the room id and tokens (`readMeta`/`writeMeta`) are
 * kept per `namespace` — see {@link projectNamespace}. Connects and creates its tables when
 * missing before it resolves, so a wrong URL fails when the server starts.
 */
export async function postgresStore(url: string, namespace: string): Promise<WorkshopStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client that loses its connection must not crash the server; the next query reports it.
  pool.on('error', () => undefined);
  try {
    // One statement at a time under a lock: CREATE … IF NOT EXISTS can race between processes.
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('traceready_workshop_schema'))");
      await client.query(CREATE_TABLES);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new Error(`Cannot use PostgreSQL at ${redactUrl(url)}: ${describe(error)}`, {
      cause: error,
    });
  }
  const storesSinceCompaction = new Map<string, number>();

  /** Merges a room's rows into one, under a per-room lock (other processes may compact too). */
  async function compact(room: string): Promise<Uint8Array | null> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [room]);
      const rows = await client.query<{ seq: string; data: Buffer }>(
        `SELECT seq, data FROM ${UPDATES} WHERE room = $1 ORDER BY seq`,
        [room],
      );
      const last = rows.rows.at(-1);
      if (!last) {
        await client.query('COMMIT');
        return null;
      }
      const merged = Y.mergeUpdates(rows.rows.map((row) => new Uint8Array(row.data)));
      if (rows.rows.length > 1) {
        await client.query(`DELETE FROM ${UPDATES} WHERE room = $1 AND seq <= $2`, [
          room,
          last.seq,
        ]);
        await client.query(`INSERT INTO ${UPDATES} (room, data) VALUES ($1, $2)`, [
          room,
          Buffer.from(merged),
        ]);
      }
      await client.query('COMMIT');
      return merged;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    load: compact,
    async store(room, update) {
      await pool.query(`INSERT INTO ${UPDATES} (room, data) VALUES ($1, $2)`, [
        room,
        Buffer.from(update),
      ]);
      const count = (storesSinceCompaction.get(room) ?? 0) + 1;
      storesSinceCompaction.set(room, count % COMPACT_AFTER);
      if (count >= COMPACT_AFTER) await compact(room);
    },
    async readMeta(key) {
      const result = await pool.query<{ value: string }>(
        `SELECT value FROM ${META} WHERE namespace = $1 AND key = $2`,
        [namespace, key],
      );
      return result.rows[0]?.value ?? null;
    },
    async writeMeta(key, value) {
      await pool.query(
        `INSERT INTO ${META} (namespace, key, value) VALUES ($1, $2, $3)
         ON CONFLICT (namespace, key) DO UPDATE SET value = EXCLUDED.value`,
        [namespace, key, value],
      );
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * The Hocuspocus extensions that let several server processes serve one room: Hocuspocus' Redis
 * extension, its publish/subscribe and store lock on the Redis at `url` (`redis://host:6379`,
 * `rediss://` for TLS). Pings Redis first, so a wrong URL fails when the server starts.
 */
export async function redisExtensions(url: string): Promise<Extension[]> {
  const probe = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // ioredis reports the socket's error as an event, then rejects with "Connection is closed".
  const socketErrors: unknown[] = [];
  probe.on('error', (error) => socketErrors.push(error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const reason = describe(socketErrors[0] ?? error);
    throw new Error(`Cannot reach Redis at ${redactUrl(url)}: ${reason}`, { cause: error });
  } finally {
    probe.disconnect();
  }
  return [
    new RedisExtension({
      // Rooms of every project share one Redis; the prefix keeps them apart from other apps.
      prefix: 'traceready-workshop',
      createClient: () => new IORedis(url, { maxRetriesPerRequest: null }),
    }),
  ];
}
