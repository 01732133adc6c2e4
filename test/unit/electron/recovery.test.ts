import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RECOVERY_DIR_NAME,
  RECOVERY_FILE_NAME,
  createRecoveryStore,
  parseRecoverySnapshot,
  type RecoveryStore,
} from '../../../electron/main/recovery.ts';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const now = (): Date => NOW;

const document = {
  schemaVersion: 1,
  id: 'proj-1',
  meta: {
    title: 'Recovered plant',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
  },
};

let dir: string;
let store: RecoveryStore;
let snapshotFile: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'traceready-recovery-'));
  store = createRecoveryStore({ userDataDir: dir, fs, now });
  snapshotFile = join(dir, RECOVERY_DIR_NAME, RECOVERY_FILE_NAME);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('recovery store', () => {
  it('reads nothing when nothing was written', async () => {
    expect(await store.read()).toBeNull();
  });

  it('writes a snapshot with path and time, and reads it back validated', async () => {
    await store.write({ path: '/p/plant.trplan', document });
    const snapshot = await store.read();
    expect(snapshot).not.toBeNull();
    expect(snapshot?.path).toBe('/p/plant.trplan');
    expect(snapshot?.savedAt).toBe(NOW.toISOString());
    expect(snapshot?.document.meta.title).toBe('Recovered plant');
    // Defaults are filled in: what comes back is a full document, not the raw payload.
    expect(snapshot?.document.audit).toEqual({ answers: [], targets: [], handoffs: [] });
  });

  it('keeps a never-saved project (path null)', async () => {
    await store.write({ path: null, document });
    expect((await store.read())?.path).toBeNull();
  });

  it('a new snapshot replaces the previous one', async () => {
    await store.write({ path: null, document });
    await store.write({
      path: null,
      document: { ...document, meta: { ...document.meta, title: 'Later' } },
    });
    expect((await store.read())?.document.meta.title).toBe('Later');
    expect(await fs.readdir(join(dir, RECOVERY_DIR_NAME))).toEqual([RECOVERY_FILE_NAME]);
  });

  it('refuses to write an invalid document and keeps the previous snapshot', async () => {
    await store.write({ path: null, document });
    await expect(store.write({ path: null, document: { meta: { title: 7 } } })).rejects.toThrow(
      /not valid.*\/meta\/title/,
    );
    expect((await store.read())?.document.meta.title).toBe('Recovered plant');
  });

  it('clear removes the snapshot, and clearing twice is fine', async () => {
    await store.write({ path: null, document });
    await store.clear();
    expect(await store.read()).toBeNull();
    await expect(store.clear()).resolves.toBeUndefined();
  });

  it('a snapshot corrupted on disk reads as null, not a crash', async () => {
    await store.write({ path: null, document });
    const text = await fs.readFile(snapshotFile, 'utf8');
    await fs.writeFile(snapshotFile, text.slice(0, text.length / 2));
    expect(await store.read()).toBeNull();
  });
});

describe('parseRecoverySnapshot', () => {
  const envelope = { path: '/p/a.trplan', savedAt: '2025-06-01T11:00:00.000Z', document };

  it('accepts a complete snapshot', () => {
    expect(parseRecoverySnapshot(JSON.stringify(envelope), now)?.document.id).toBe('proj-1');
  });

  it.each([
    ['not JSON', '{'],
    ['a list', '[]'],
    ['no savedAt', JSON.stringify({ ...envelope, savedAt: undefined })],
    ['a bad savedAt', JSON.stringify({ ...envelope, savedAt: 'yesterday' })],
    ['a numeric path', JSON.stringify({ ...envelope, path: 3 })],
    ['no document', JSON.stringify({ ...envelope, document: undefined })],
    ['an invalid document', JSON.stringify({ ...envelope, document: { ...document, id: '' } })],
    [
      'a future schema',
      JSON.stringify({ ...envelope, document: { ...document, schemaVersion: 99 } }),
    ],
  ])('rejects %s', (_label, text) => {
    expect(parseRecoverySnapshot(text, now)).toBeNull();
  });
});
