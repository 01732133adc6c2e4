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
import type { WorkshopServerOptions } from './server.ts';
import { compactionCounter, sqlitePathFor, sqliteStore, type WorkshopStore } from './store.ts';
import { newRoomSecrets, parseRoomSecrets, type RoomSecrets } from './tokens.ts';

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

/** The PostgreSQL store: a {@link WorkshopStore} that can also claim a value atomically. */
export type PostgresStore = WorkshopStore &
  Required<Pick<WorkshopStore, 'readMeta' | 'writeMeta'>> & {
    /** Writes `value` under `key` unless a value is there already; gives the value that stays. */
    claimMeta(key: string, value: string): Promise<string>;
  };

/**
 * A {@link WorkshopStore} in PostgreSQL, for a server that serves many projects or runs as
 * several processes: `store` appends each update (fast, whatever its size), `load` merges a
 * room's rows and compacts them into one; the room id and tokens (`readMeta`/`writeMeta`) are
 * kept per `namespace` — see {@link projectNamespace}. Connects and creates its tables when
 * missing before it resolves, so a wrong URL fails when the server starts.
 */
export async function postgresStore(url: string, namespace: string): Promise<PostgresStore> {
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
  const compaction = compactionCounter();

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
      if (rows.rows.length === 0) {
        await client.query('COMMIT');
        return null;
      }
      const merged = Y.mergeUpdates(rows.rows.map((row) => new Uint8Array(row.data)));
      if (rows.rows.length > 1) {
        // Exactly the rows read: a concurrent insert may hold a lower seq yet commit later.
        const mergedSeqs = rows.rows.map((row) => row.seq);
        await client.query(`DELETE FROM ${UPDATES} WHERE seq = ANY($1::bigint[])`, [mergedSeqs]);
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
      if (compaction.isDue(room)) await compact(room);
    },
    async readMeta(key) {
      const result = await pool.query<{ value: string }>(
        `SELECT value FROM ${META} WHERE namespace = $1 AND key = $2`,
        [namespace, key],
      );
      return result.rows[0]?.value ?? null;
    },
    async claimMeta(key, value) {
      await pool.query(
        `INSERT INTO ${META} (namespace, key, value) VALUES ($1, $2, $3)
         ON CONFLICT (namespace, key) DO NOTHING`,
        [namespace, key, value],
      );
      const result = await pool.query<{ value: string }>(
        `SELECT value FROM ${META} WHERE namespace = $1 AND key = $2`,
        [namespace, key],
      );
      return result.rows[0]!.value;
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

/** Connects to the Redis at `url` and pings it; throws a message naming the (redacted) URL. */
export async function checkRedis(url: string): Promise<void> {
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
}

/**
 * Hocuspocus' Redis extension (publish/subscribe of every update and presence change) on the
 * Redis at `url` (`redis://host:6379`, `rediss://` for TLS), for the rooms of every project on
 * one Redis.
 */
function redisExtension(url: string): Extension {
  return new RedisExtension({
    // The prefix keeps the workshop's channels and locks apart from other users of the Redis.
    prefix: 'traceready-workshop',
    createClient: () => {
      // No ready check: under load its INFO command was seen failing on the subscriber
      // connection ("only (P|S)SUBSCRIBE … are allowed in this context"), and the scale-out
      // tests then timed out waiting for the servers to converge.
      // lazyConnect: connected by the first command, so a server that fails to start (port in
      // use) leaves no open connection behind to keep the command from exiting.
      const client = new IORedis(url, {
        maxRetriesPerRequest: null,
        enableReadyCheck: false,
        lazyConnect: true,
      });
      client.on('error', (error: Error) => console.error(`Redis: ${error.message}`));
      return client;
    },
  });
}

/** The scale-out flags of `traceready serve`. */
export type ScaleOutFlags = { redis?: string; database?: string };

/** Meta key of the room id and tokens shared by every process of a scaled-out project. */
export const SHARED_ROOM_KEY = 'scale-out-room';

/**
 * The room id and tokens of a project served by several processes: the first process to start
 * creates them in the shared store, every other one takes them (atomically in PostgreSQL; on one
 * machine's SQLite, start one process first). They outlive a clean stop of any one process — a
 * stop of one process must not end the room for the others — so the join URLs stay valid until
 * the value is deleted: `DELETE FROM traceready_workshop_meta WHERE key = 'scale-out-room' AND
 * namespace = 'project:<id>'` (new tokens at the next start).
 */
export async function sharedRoomSecrets(
  store: WorkshopStore | PostgresStore,
): Promise<RoomSecrets> {
  const secrets = newRoomSecrets();
  const fresh = JSON.stringify(secrets);
  if ('claimMeta' in store) {
    const claimed = parseRoomSecrets(await store.claimMeta(SHARED_ROOM_KEY, fresh));
    if (claimed) return claimed;
  } else {
    const saved = parseRoomSecrets(await store.readMeta?.(SHARED_ROOM_KEY));
    if (saved) return saved;
  }
  // None yet, or a damaged value: these.
  await store.writeMeta?.(SHARED_ROOM_KEY, fresh);
  return secrets;
}

/**
 * What `traceready serve --redis <url> --database <postgres-url>` adds to the server's options:
 * `--database`: the project's PostgreSQL store instead of SQLite next to the file; `--redis`:
 * Hocuspocus' Redis extension, and the room id and tokens shared through the store (PostgreSQL,
 * or the SQLite file that processes on one machine share) — see {@link sharedRoomSecrets}. Both
 * services are checked before anything stays open, so a wrong URL fails at start with its
 * message and nothing is left connected.
 */
export async function scaleOutOptions(
  file: string,
  options: ScaleOutFlags,
): Promise<Pick<WorkshopServerOptions, 'store' | 'extensions' | 'secrets'>> {
  if (options.redis) await checkRedis(options.redis);
  const store = options.database
    ? await postgresStore(options.database, await projectNamespace(file))
    : undefined;
  if (!options.redis) return store ? { store } : {};
  const shared = store ?? sqliteStore(sqlitePathFor(file));
  return {
    store: shared,
    secrets: await sharedRoomSecrets(shared),
    extensions: [redisExtension(options.redis)],
  };
}
