// The PostgreSQL room store on a real PostgreSQL (skipped with a printed reason when there is
// none locally; required in CI, see scale-services.ts).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { POSTGRES_TABLE, postgresStore, redactUrl } from '../../../cli/workshop/scale-out.ts';
import { testPostgres } from './scale-services.ts';

const postgres = await testPostgres();
const rooms: string[] = [];

function newRoom(): string {
  const room = `test-${randomUUID()}`;
  rooms.push(room);
  return room;
}

/** A Yjs update from its own client that sets `key` to `value` in the map `ratings`. */
function ratingUpdate(key: string, value: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('ratings').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

function ratingsOf(state: Uint8Array | null): Record<string, unknown> {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getMap('ratings').toJSON();
}

describe.skipIf(postgres.skipReason !== null)('postgresStore', () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    await client.query(`DELETE FROM ${POSTGRES_TABLE} WHERE room = ANY($1)`, [rooms]);
    await client.end();
  });

  it('loads null for a room it never stored', async () => {
    const store = await postgresStore(postgres.url);
    expect(await store.load(newRoom())).toBeNull();
    await store.close();
  });

  it('gives back what it stored after the store is closed and opened again', async () => {
    const room = newRoom();
    const first = await postgresStore(postgres.url);
    await first.store(room, ratingUpdate('qc', 7));
    await first.close();
    const second = await postgresStore(postgres.url);
    expect(ratingsOf(await second.load(room))).toEqual({ qc: 7 });
    await second.close();
  });

  it('merges incremental updates instead of replacing the state', async () => {
    const room = newRoom();
    const store = await postgresStore(postgres.url);
    for (const [key, value] of [
      ['qc', 7],
      ['it', 4],
      ['finance', 9],
    ] as const) {
      await store.store(room, ratingUpdate(key, value));
    }
    expect(ratingsOf(await store.load(room))).toEqual({ qc: 7, it: 4, finance: 9 });
    await store.close();
  });

  it('keeps every update when two server processes store the same room at once', async () => {
    const room = newRoom();
    const [a, b] = await Promise.all([postgresStore(postgres.url), postgresStore(postgres.url)]);
    const keys = Array.from({ length: 20 }, (_, i) => `rater-${i}`);
    await Promise.all(keys.map((key, i) => (i % 2 ? a : b).store(room, ratingUpdate(key, i))));
    expect(Object.keys(ratingsOf(await a.load(room))).sort()).toEqual([...keys].sort());
    await Promise.all([a.close(), b.close()]);
  });
});

describe('postgresStore errors', () => {
  it.each([
    ['postgres://someone:secret@127.0.0.1:1/none', 'postgres://someone:***@127.0.0.1:1/none'],
    ['postgres://127.0.0.1/db', 'postgres://127.0.0.1/db'],
    ['not a url', '(an unparsable URL)'],
  ])('redacts the password of %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });

  it('fails at start with the redacted URL when PostgreSQL is not there', async () => {
    await expect(postgresStore('postgres://someone:secret@127.0.0.1:1/none')).rejects.toThrow(
      /^Cannot use PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/,
    );
  });
});
