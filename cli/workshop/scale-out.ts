// Running the workshop server beyond one laptop: several `traceready serve` processes share one
// room through Redis (Hocuspocus' own Redis extension relays every Yjs update and awareness
// change between them), and the rooms' Yjs state lives in PostgreSQL instead of the SQLite
// file next to the project.
import type { Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import pg from 'pg';
import * as Y from 'yjs';
import type { WorkshopStore } from './scale-store-type.ts';

/** The table that holds one row per room: its Yjs state as one merged update. */
export const POSTGRES_TABLE = 'traceready_workshop_rooms';

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${POSTGRES_TABLE} (
  room text PRIMARY KEY,
  state bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

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
 * A {@link WorkshopStore} in PostgreSQL. Connects and creates its table when missing before it
 * resolves, so a wrong URL fails when the server starts, not when the first participant joins.
 *
 * `store` merges what it is given into the room's row inside one row-locked transaction, so it is
 * correct whether it receives the whole state or only the latest update, and when several server
 * processes store the same room.
 */
export async function postgresStore(url: string): Promise<WorkshopStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client that loses its connection must not crash the server; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await pool.query(CREATE_TABLE);
  } catch (error) {
    // Two processes creating the table at the same moment: one of them loses the race harmlessly.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P07') {
      await pool.end();
      throw new Error(`Cannot use PostgreSQL at ${redactUrl(url)}: ${describe(error)}`, {
        cause: error,
      });
    }
  }
  return {
    async load(room) {
      const result = await pool.query<{ state: Buffer }>(
        `SELECT state FROM ${POSTGRES_TABLE} WHERE room = $1`,
        [room],
      );
      const row = result.rows[0];
      return row ? new Uint8Array(row.state) : null;
    },
    async store(room, update) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // The first store of a room inserts; a concurrent first store waits on that row and then
        // merges like every later one (a plain SELECT … FOR UPDATE cannot lock a missing row).
        const inserted = await client.query(
          `INSERT INTO ${POSTGRES_TABLE} (room, state) VALUES ($1, $2) ON CONFLICT (room) DO NOTHING`,
          [room, Buffer.from(update)],
        );
        if (inserted.rowCount === 0) {
          const existing = await client.query<{ state: Buffer }>(
            `SELECT state FROM ${POSTGRES_TABLE} WHERE room = $1 FOR UPDATE`,
            [room],
          );
          const before = new Uint8Array(existing.rows[0]!.state);
          await client.query(
            `UPDATE ${POSTGRES_TABLE} SET state = $2, updated_at = now() WHERE room = $1`,
            [room, Buffer.from(Y.mergeUpdates([before, update]))],
          );
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
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
