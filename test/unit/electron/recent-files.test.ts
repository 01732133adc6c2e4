import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_FILES,
  RECENT_FILES_NAME,
  addRecentFile,
  createRecentFilesStore,
  parseRecentFiles,
} from '../../../electron/main/recent-files.ts';
import type { RecentFile } from '../../../shared/ipc-contract.ts';

const at = (minute: number): Date => new Date(Date.UTC(2025, 0, 1, 0, minute));

describe('addRecentFile', () => {
  it('puts the newest first with its file name and time', () => {
    const list = addRecentFile(addRecentFile([], '/p/a.trplan', at(1)), '/p/b.trplan', at(2));
    expect(list).toEqual([
      { path: '/p/b.trplan', name: 'b.trplan', openedAt: at(2).toISOString() },
      { path: '/p/a.trplan', name: 'a.trplan', openedAt: at(1).toISOString() },
    ]);
  });

  it('moves a re-opened path to the top instead of listing it twice', () => {
    let list: RecentFile[] = [];
    for (const [i, name] of ['a', 'b', 'c', 'a'].entries()) {
      list = addRecentFile(list, `/p/${name}.trplan`, at(i));
    }
    expect(list.map((f) => f.name)).toEqual(['a.trplan', 'c.trplan', 'b.trplan']);
    expect(list[0]?.openedAt).toBe(at(3).toISOString());
  });

  it(`keeps at most ${MAX_RECENT_FILES}, dropping the oldest`, () => {
    let list: RecentFile[] = [];
    for (let i = 0; i < 15; i += 1) list = addRecentFile(list, `/p/${i}.trplan`, at(i));
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]?.path).toBe('/p/14.trplan');
    expect(list.at(-1)?.path).toBe('/p/5.trplan');
  });

  it('does not change the list it was given', () => {
    const original: RecentFile[] = [{ path: '/p/a.trplan', name: 'a.trplan', openedAt: 'x' }];
    addRecentFile(original, '/p/b.trplan', at(1));
    expect(original).toHaveLength(1);
  });
});

describe('parseRecentFiles', () => {
  const good = { path: '/p/a.trplan', name: 'a.trplan', openedAt: '2025-01-01T00:00:00.000Z' };

  it.each([
    ['not JSON', '{oops'],
    ['an object', '{"path": "/p/a.trplan"}'],
    ['null', 'null'],
    ['empty text', ''],
  ])('%s gives an empty list', (_label, text) => {
    expect(parseRecentFiles(text)).toEqual([]);
  });

  it('keeps valid entries and drops broken and duplicate ones', () => {
    const text = JSON.stringify([
      good,
      { path: 5 },
      'text',
      { ...good, name: 'dup' },
      { ...good, path: '' },
    ]);
    expect(parseRecentFiles(text)).toEqual([good]);
  });

  it('cuts an over-long list', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...good, path: `/p/${i}.trplan` }));
    expect(parseRecentFiles(JSON.stringify(many))).toHaveLength(MAX_RECENT_FILES);
  });
});

describe('createRecentFilesStore', () => {
  let dir: string;
  let minute: number;
  const open = () => createRecentFilesStore({ userDataDir: dir, fs, now: () => at(minute++) });

  beforeEach(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'traceready-recent-'));
    minute = 0;
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('starts empty when nothing was saved yet', async () => {
    expect(await open().list()).toEqual([]);
  });

  it('persists the list as JSON in the userData folder, read back by a new store', async () => {
    const store = open();
    await store.add('/p/a.trplan');
    await store.add('/p/b.trplan');
    const saved: unknown = JSON.parse(await fs.readFile(join(dir, RECENT_FILES_NAME), 'utf8'));
    expect(saved).toHaveLength(2);
    expect((await open().list()).map((f) => f.path)).toEqual(['/p/b.trplan', '/p/a.trplan']);
  });

  it('a corrupt file yields an empty list, and the next add repairs it', async () => {
    await fs.writeFile(join(dir, RECENT_FILES_NAME), '[{"path": "/p/a.trpl');
    const store = open();
    expect(await store.list()).toEqual([]);
    await store.add('/p/c.trplan');
    expect((await open().list()).map((f) => f.path)).toEqual(['/p/c.trplan']);
  });

  it('creates the userData folder if it does not exist yet', async () => {
    const nested = join(dir, 'fresh-profile');
    const store = createRecentFilesStore({ userDataDir: nested, fs, now: () => at(0) });
    await store.add('/p/a.trplan');
    expect(
      parseRecentFiles(await fs.readFile(join(nested, RECENT_FILES_NAME), 'utf8')),
    ).toHaveLength(1);
  });

  it('two quick adds both survive', async () => {
    const store = open();
    await Promise.all([store.add('/p/a.trplan'), store.add('/p/b.trplan')]);
    expect((await open().list()).map((f) => f.path)).toEqual(['/p/b.trplan', '/p/a.trplan']);
  });

  it('clear empties the list on disk', async () => {
    const store = open();
    await store.add('/p/a.trplan');
    expect(await store.clear()).toEqual([]);
    expect(await open().list()).toEqual([]);
  });

  it('a failed write rejects that change but does not block the next one', async () => {
    let isBroken = true;
    const flakyFs = {
      ...fs,
      rename: async (from: string, to: string) => {
        if (isBroken) throw new Error('disk full');
        await fs.rename(from, to);
      },
    };
    const store = createRecentFilesStore({ userDataDir: dir, fs: flakyFs, now: () => at(0) });
    await expect(store.add('/p/a.trplan')).rejects.toThrow('disk full');
    isBroken = false;
    await store.add('/p/b.trplan');
    expect((await open().list()).map((f) => f.path)).toEqual(['/p/b.trplan', '/p/a.trplan']);
  });
});
