import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The part of an open file handle an atomic write needs (a `node:fs/promises` `FileHandle` fits). */
export type WritableFileHandle = {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The file-system calls an atomic write makes, in the shape of `node:fs/promises`, so the real
 * module can be passed as is and a test can pass a copy that fails at any chosen step.
 */
export type AtomicWriteFs = {
  open(path: string, flags: string): Promise<WritableFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  copyFile(source: string, destination: string): Promise<void>;
  unlink(path: string): Promise<void>;
};

export type AtomicWriteOptions = {
  /** Copy the file being replaced to `<file>.bak` first (project files: yes; caches: no). */
  keepBackup: boolean;
};

/** Suffix of the backup kept next to a saved file. */
export const BACKUP_SUFFIX = '.bak';

/** Where the previous version of `target` is kept. */
export function backupPathFor(target: string): string {
  return target + BACKUP_SUFFIX;
}

/**
 * Replaces `target` with `data` so that, whatever fails and wherever, the file on disk is either
 * the complete old version or the complete new one — never a truncated mix:
 *
 * 1. write the data to a temp file in the SAME folder (rename is atomic only within one file
 *    system), fsync it so the bytes are on disk before the name points at them, close it;
 * 2. copy the current file to `<file>.bak` (a copy, not a rename, so `target` never disappears
 *    between steps 2 and 3);
 * 3. rename the temp file over `target`;
 * 4. fsync the folder, best effort, so the rename itself survives a power cut on POSIX.
 *
 * If a step throws, the temp file is removed and the error is rethrown; `target` is untouched.
 */
export async function writeFileAtomic(
  fs: AtomicWriteFs,
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  const folder = dirname(target);
  // Dot-prefixed so file browsers hide it; random so two saves never collide on the name.
  const temp = join(folder, `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    await writeAndSync(fs, temp, data);
    if (options.keepBackup) await copyBackup(fs, target);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, folder);
}

async function writeAndSync(
  fs: AtomicWriteFs,
  temp: string,
  data: string | Uint8Array,
): Promise<void> {
  // 'wx' refuses to reuse an existing path, so we never write through someone else's file.
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function copyBackup(fs: AtomicWriteFs, target: string): Promise<void> {
  try {
    await fs.copyFile(target, backupPathFor(target));
  } catch (error) {
    // A first save has nothing to back up; any other failure stops the save, because the
    // promise is that the previous version is kept.
    if (errorCode(error) !== 'ENOENT') throw error;
  }
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
