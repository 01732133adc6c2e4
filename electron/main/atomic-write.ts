import { randomUUID } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

/** The part of an open file handle an atomic write needs (a `node:fs/promises` `FileHandle` fits). */
export type WritableFileHandle = {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
  /** Optional in fakes; the real handle has them (mode and owner of the replaced file). */
  chmod?(mode: number): Promise<void>;
  chown?(uid: number, gid: number): Promise<void>;
};

/** What `stat` tells an atomic write about the file it replaces. */
export type FileFacts = { mode: number; uid: number; gid: number; mtimeMs: number };

/**
 * The file-system calls an atomic write makes, in the shape of `node:fs/promises`, so the real
 * module can be passed as is and a test can pass a copy that fails at any chosen step. The
 * optional calls are used when present (the real module has them all): without `realpath` a
 * symlink is replaced rather than followed (without `readlink`, a link whose file is missing), without `stat` mode and owner are not kept, without
 * `readdir` stale temp files are not cleaned.
 */
export type AtomicWriteFs = {
  open(path: string, flags: string, mode?: number): Promise<WritableFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  copyFile(source: string, destination: string): Promise<void>;
  unlink(path: string): Promise<void>;
  realpath?(path: string): Promise<string>;
  readlink?(path: string): Promise<string>;
  stat?(path: string): Promise<FileFacts>;
  readdir?(path: string): Promise<string[]>;
};

export type AtomicWriteOptions = {
  /** Copy the file being replaced to `<file>.bak` first (project files: yes; caches: no). */
  keepBackup: boolean;
  /** Temp files of this target older than this are leftovers of a killed save (default 60 s). */
  staleTempAgeMs?: number;
  /** The clock, for the stale-temp age (tests). */
  now?: () => number;
};

/** Suffix of the backup kept next to a saved file. */
export const BACKUP_SUFFIX = '.bak';

/** Where the previous version of `target` is kept. */
export function backupPathFor(target: string): string {
  return target + BACKUP_SUFFIX;
}

/** Refusal to overwrite a file the user marked read-only (code `EREADONLY`, our own). */
export class ReadOnlyFileError extends Error {
  readonly code = 'EREADONLY';
  constructor(readonly path: string) {
    super(`"${path}" is read-only; save the project under another name`);
  }
}

const DEFAULT_STALE_TEMP_AGE_MS = 60_000;

/** The save in progress per real path: saves to one file run one after another. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Replaces `target` with `data` so that, whatever fails and wherever — including a kill in the
 * middle — the file on disk is either the complete old version or the complete new one, and a
 * usable `<file>.bak` survives:
 *
 * 1. follow a symlink to the file it names (the link stays a link, its target is updated); refuse
 *    a read-only file; remember mode and owner; remove temp files a killed save left behind;
 * 2. write the data to a temp file in the SAME folder (rename is atomic only within one file
 *    system) created with the old file's mode and owner, fsync it, close it;
 * 3. copy the current file to a temp backup, then rename it over `<file>.bak` — the previous
 *    backup is replaced only once the new one is complete (a disk that fills during the copy
 *    leaves the old backup);
 * 4. rename the temp file over the file;
 * 5. fsync the folder, best effort, so the rename itself survives a power cut on POSIX.
 *
 * Saves to the same file are serialised (20 concurrent saves end with the last one's data and
 * the backup of the one before it). If a step throws, the temp files are removed and the error
 * is rethrown; the file is untouched.
 */
export function writeFileAtomic(
  fs: AtomicWriteFs,
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  // Queued synchronously under the path as named, so saves keep the order they were asked in;
  // then under the real path, so two names of one file (a symlink) do not race either.
  const named = resolve(target);
  return enqueue(named, async () => {
    const real = await resolveTarget(fs, target);
    const write = () => writeNow(fs, real, data, options);
    return real === named ? write() : enqueue(real, write);
  });
}

/** Runs `task` after every earlier task of `key` has settled. */
function enqueue(key: string, task: () => Promise<void>): Promise<void> {
  const previous = queues.get(key) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(task);
  queues.set(key, mine);
  const forget = () => {
    if (queues.get(key) === mine) queues.delete(key);
  };
  mine.then(forget, forget);
  return mine;
}

/** Links followed at most to reach a missing file, as the kernel's own limit (Linux: 40). */
const MAX_LINK_HOPS = 40;

/**
 * The file a save must write: a symlink's final target (links are kept), else `target`. A link
 * whose file does not exist yet is followed too, so the save creates the file it names instead
 * of replacing the link with a regular file.
 */
async function resolveTarget(fs: AtomicWriteFs, target: string): Promise<string> {
  if (!fs.realpath) return target;
  try {
    return await fs.realpath(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  // A new file, or a dangling link: follow the links by hand to the missing file.
  let path = resolve(target);
  for (let hop = 0; fs.readlink && hop < MAX_LINK_HOPS; hop++) {
    let next: string;
    try {
      next = await fs.readlink(path);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EINVAL' || code === 'ENOENT' || code === 'UNKNOWN') return path; // no link
      throw error;
    }
    path = resolve(dirname(path), next);
  }
  return path;
}

async function writeNow(
  fs: AtomicWriteFs,
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  const folder = dirname(target);
  const facts = await statOrNull(fs, target);
  // No write bit for anyone: the user (or their IT) marked it read-only; do not replace it.
  if (facts && (facts.mode & 0o222) === 0) throw new ReadOnlyFileError(target);
  await removeStaleTemps(fs, target, options);
  // Dot-prefixed so file browsers hide it; random so two saves never collide on the name.
  const temp = join(folder, `.${basename(target)}.${randomUUID()}.tmp`);
  const backupTemp = join(folder, `.${basename(target)}.bak.${randomUUID()}.tmp`);
  try {
    await writeAndSync(fs, temp, data, facts);
    if (options.keepBackup) await replaceBackup(fs, target, backupTemp);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    await fs.unlink(backupTemp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, folder);
}

async function statOrNull(fs: AtomicWriteFs, path: string): Promise<FileFacts | null> {
  if (!fs.stat) return null;
  try {
    return await fs.stat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Removes `.<name>.*.tmp` files of this target older than the stale age (a killed save's). */
async function removeStaleTemps(
  fs: AtomicWriteFs,
  target: string,
  options: AtomicWriteOptions,
): Promise<void> {
  if (!fs.readdir || !fs.stat) return;
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  const now = (options.now ?? Date.now)();
  const maxAge = options.staleTempAgeMs ?? DEFAULT_STALE_TEMP_AGE_MS;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const path = join(folder, name);
    const facts = await statOrNull(fs, path).catch(() => null);
    if (facts && now - facts.mtimeMs >= maxAge) await fs.unlink(path).catch(() => undefined);
  }
}

async function writeAndSync(
  fs: AtomicWriteFs,
  temp: string,
  data: string | Uint8Array,
  facts: FileFacts | null,
): Promise<void> {
  // 'wx' refuses to reuse an existing path, so we never write through someone else's file.
  // A new file starts private to its owner (0600) rather than world-readable under umask 022.
  const mode = facts ? facts.mode & 0o7777 : 0o600;
  const handle = await fs.open(temp, 'wx', mode);
  try {
    // The umask may have removed bits at creation: set the old file's mode exactly.
    if (handle.chmod) await handle.chmod(mode);
    if (facts && handle.chown) {
      // Keeping the owner needs privileges when it is someone else: best effort.
      await handle.chown(facts.uid, facts.gid).catch(() => undefined);
    }
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function replaceBackup(fs: AtomicWriteFs, target: string, backupTemp: string): Promise<void> {
  try {
    await fs.copyFile(target, backupTemp);
  } catch (error) {
    // A first save has nothing to back up; any other failure stops the save, because the
    // promise is that the previous version is kept.
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  await fs.rename(backupTemp, backupPathFor(target));
}

async function syncFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; the data is already complete under its name.
  }
}

/** The `code` of a Node system error (`ENOENT`, `EACCES`…), or `undefined`. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A short reason for a failed file operation, for messages shown to the user. */
export function describeFsError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
