// The PostgreSQL room store on a real PostgreSQL (skipped with a printed reason when there is
// none locally; required in CI, see scale-services.ts).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  POSTGRES_TABLES,
  postgresStore,
  projectNamespace,
  redactUrl,
} from '../../../cli/workshop/scale-out.ts';
import { testPostgres } from './scale-services.ts';

const postgres = await testPostgres();
const rooms: string[] = [];
const namespaces: string[] = [];

function newRoom(): string {
  const room = `test-${randomUUID()}`;
  rooms.push(room);
  return room;
}

function newNamespace(): string {
  const namespace = `test:${randomUUID()}`;
  namespaces.push(namespace);
  return namespace;
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

async function rowsOf(room: string): Promise<number> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  const result = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${POSTGRES_TABLES.updates} WHERE room = $1`,
    [room],
  );
  await client.end();
  return Number(result.rows[0]!.n);
}

describe.skipIf(postgres.skipReason !== null)('postgresStore', () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    await client.query(`DELETE FROM ${POSTGRES_TABLES.updates} WHERE room = ANY($1)`, [rooms]);
    await client.query(`DELETE FROM ${POSTGRES_TABLES.meta} WHERE namespace = ANY($1)`, [
      namespaces,
    ]);
    await client.end();
  });

  it('loads null for a room it never stored', async () => {
    const store = await postgresStore(postgres.url, newNamespace());
    expect(await store.load(newRoom())).toBeNull();
    await store.close();
  });

  it('gives back every update after the store is closed and opened again, compacted', async () => {
    const room = newRoom();
    const first = await postgresStore(postgres.url, newNamespace());
    for (const [key, value] of [
      ['qc', 7],
      ['it', 4],
      ['finance', 9],
    ] as const) {
      await first.store(room, ratingUpdate(key, value));
    }
    await first.close();
    expect(await rowsOf(room)).toBe(3);
    const second = await postgresStore(postgres.url, newNamespace());
    expect(ratingsOf(await second.load(room))).toEqual({ qc: 7, it: 4, finance: 9 });
    expect(await rowsOf(room)).toBe(1);
    expect(ratingsOf(await second.load(room))).toEqual({ qc: 7, it: 4, finance: 9 });
    await second.close();
  });

  it('keeps every update when two server processes store and load one room at once', async () => {
    const room = newRoom();
    const namespace = newNamespace();
    const [a, b] = await Promise.all([
      postgresStore(postgres.url, namespace),
      postgresStore(postgres.url, namespace),
    ]);
    const keys = Array.from({ length: 60 }, (_, i) => `rater-${i}`);
    await Promise.all(
      keys.map(async (key, i) => {
        const store = i % 2 ? a : b;
        await store.store(room, ratingUpdate(key, i));
        // Loads compact concurrently with the other process's inserts.
        if (i % 3 === 0) await store.load(room);
      }),
    );
    expect(Object.keys(ratingsOf(await a.load(room))).sort()).toEqual([...keys].sort());
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps the room id and tokens per project namespace', async () => {
    const [mine, theirs] = [newNamespace(), newNamespace()];
    const store = await postgresStore(postgres.url, mine);
    expect(await store.readMeta?.('room')).toBeNull();
    await store.writeMeta?.('room', 'first');
    await store.writeMeta?.('room', 'second');
    await store.close();
    const again = await postgresStore(postgres.url, mine);
    const other = await postgresStore(postgres.url, theirs);
    expect(await again.readMeta?.('room')).toBe('second');
    expect(await other.readMeta?.('room')).toBeNull();
    await Promise.all([again.close(), other.close()]);
  });

  it('lets exactly one of two processes claim a value; both get the winner', async () => {
    const namespace = newNamespace();
    const [a, b] = await Promise.all([
      postgresStore(postgres.url, namespace),
      postgresStore(postgres.url, namespace),
    ]);
    const [fromA, fromB] = await Promise.all([a.claimMeta('room', 'a'), b.claimMeta('room', 'b')]);
    expect(fromA).toBe(fromB);
    expect(['a', 'b']).toContain(fromA);
    expect(await a.claimMeta('room', 'later')).toBe(fromA);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('projectNamespace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'traceready-namespace-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the document id, the same for every copy of a project', async () => {
    const example = new URL('../../../templates/examples/food-plant.en.json', import.meta.url);
    const copy = join(dir, 'copy.trplan');
    const text = readFileSync(example, 'utf8');
    writeFileSync(copy, text);
    const { id } = JSON.parse(text) as { id: string };
    expect(await projectNamespace(copy)).toBe(`project:${id}`);
    expect(await projectNamespace(fileURLToPath(example))).toBe(`project:${id}`);
  });

  it.each([
    ['missing.trplan', null],
    ['broken.trplan', '{ not json'],
  ])('falls back to the absolute path of %s', async (name, text) => {
    const file = join(dir, name);
    if (text !== null) writeFileSync(file, text);
    expect(await projectNamespace(file)).toBe(`file:${resolve(file)}`);
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
    await expect(
      postgresStore('postgres://someone:secret@127.0.0.1:1/none', 'test:none'),
    ).rejects.toThrow(
      /^Cannot use PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/,
    );
  });
});
