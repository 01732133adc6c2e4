import { basename, join } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/ipc-contract.ts';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write.ts';

/** How many projects File ▸ Open Recent shows; more is noise in a menu. */
export const MAX_RECENT_FILES = 10;

/** The file in the userData folder that holds the list. */
export const RECENT_FILES_NAME = 'recent-files.json';

const recentFileSchema = z.object({
  path: z.string().min(1).max(4096),
  name: z.string().max(4096),
  openedAt: z.string().max(64),
});

/**
 * `list` with `path` moved (or added) to the top, duplicates of it removed, cut to
 * {@link MAX_RECENT_FILES}. Pure, so the ordering rules are tested without a disk.
 */
export function addRecentFile(
  list: readonly RecentFile[],
  path: string,
  openedAt: Date,
): RecentFile[] {
  const entry: RecentFile = { path, name: basename(path), openedAt: openedAt.toISOString() };
  return [entry, ...list.filter((item) => item.path !== path)].slice(0, MAX_RECENT_FILES);
}

/**
 * Reads the saved list. The file is ours but may be hand-edited, half-written by an older
 * version or corrupted; anything that is not a valid list yields an empty one (bad entries are
 * dropped one by one), because a broken recent list must never stop the app from starting.
 */
export function parseRecentFiles(text: string): RecentFile[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const valid: RecentFile[] = [];
  for (const item of raw) {
    const parsed = recentFileSchema.safeParse(item);
    if (parsed.success && !valid.some((entry) => entry.path === parsed.data.path)) {
      valid.push(parsed.data);
    }
  }
  return valid.slice(0, MAX_RECENT_FILES);
}

/** The `node:fs/promises` calls the recent list uses (the real module fits). */
export type RecentFilesFs = AtomicWriteFs & {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
};

/** The recent list persisted in the userData folder. */
export type RecentFilesStore = {
  list(): Promise<RecentFile[]>;
  add(path: string): Promise<RecentFile[]>;
  clear(): Promise<RecentFile[]>;
};

/**
 * A recent-files store backed by `<userDataDir>/recent-files.json`. Loads lazily, keeps the
 * list in memory and writes each change atomically; changes are applied one after another so
 * two quick opens cannot overwrite each other's entry.
 */
export function createRecentFilesStore(options: {
  userDataDir: string;
  fs: RecentFilesFs;
  now: () => Date;
}): RecentFilesStore {
  const file = join(options.userDataDir, RECENT_FILES_NAME);
  let loaded: Promise<RecentFile[]> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const load = (): Promise<RecentFile[]> => {
    loaded ??= options.fs.readFile(file, 'utf8').then(parseRecentFiles, () => []);
    return loaded;
  };

  const update = (change: (list: RecentFile[]) => RecentFile[]): Promise<RecentFile[]> => {
    const next = queue.then(async () => {
      const list = change(await load());
      loaded = Promise.resolve(list);
      // userData normally exists, but a fresh profile or a custom --user-data-dir may not yet.
      await options.fs.mkdir(options.userDataDir, { recursive: true });
      await writeFileAtomic(options.fs, file, JSON.stringify(list, null, 2), {
        keepBackup: false,
      });
      return list;
    });
    // A failed write must not poison the queue for the next change.
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    list: async () => [...(await load())],
    add: (path) => update((list) => addRecentFile(list, path, options.now())),
    clear: () => update(() => []),
  };
}
