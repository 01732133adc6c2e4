import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { IpcRequest, RecoverySnapshot } from '../../shared/ipc-contract.ts';
import { formatLocatedError } from '../../shared/model/located-error.ts';
import { parseProjectValue } from '../../shared/model/parse.ts';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write.ts';

/** Folder under userData that holds the autosave snapshot. */
export const RECOVERY_DIR_NAME = 'recovery';
/** The snapshot file inside {@link RECOVERY_DIR_NAME}. */
export const RECOVERY_FILE_NAME = 'snapshot.json';

/** The `node:fs/promises` calls the recovery area uses (the real module fits). */
export type RecoveryFs = AtomicWriteFs & {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  rm(path: string, options: { force: true }): Promise<void>;
};

/** The autosave area: one snapshot of the open project, written often, read after a crash. */
export type RecoveryStore = {
  write(request: IpcRequest<'recovery:write'>): Promise<void>;
  read(): Promise<RecoverySnapshot | null>;
  clear(): Promise<void>;
};

const envelopeSchema = z.object({
  path: z.string().min(1).max(4096).nullable(),
  savedAt: z.iso.datetime({ offset: true }),
  document: z.unknown(),
});

/**
 * Validates a snapshot read back from disk. Anything that is not a complete, valid project
 * (truncated by a crash, written by a newer version, tampered with) yields `null`: offering to
 * restore a broken document would be worse than offering nothing.
 */
export function parseRecoverySnapshot(text: string, now: () => Date): RecoverySnapshot | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return null;
  const parsed = parseProjectValue(envelope.data.document, {
    now: now().toISOString(),
    newId: randomUUID,
  });
  if (!parsed.ok) return null;
  return { path: envelope.data.path, savedAt: envelope.data.savedAt, document: parsed.document };
}

/** A recovery store in `<userDataDir>/recovery/snapshot.json`. */
export function createRecoveryStore(options: {
  userDataDir: string;
  fs: RecoveryFs;
  now: () => Date;
}): RecoveryStore {
  const dir = join(options.userDataDir, RECOVERY_DIR_NAME);
  const file = join(dir, RECOVERY_FILE_NAME);
  const { fs, now } = options;

  return {
    async write(request) {
      // Validated on the way in too: the renderer is not trusted, and a snapshot that would be
      // refused on read is not worth the disk write.
      const parsed = parseProjectValue(request.document, {
        now: now().toISOString(),
        newId: randomUUID,
      });
      if (!parsed.ok) {
        const first = parsed.errors.slice(0, 3).map((e) => formatLocatedError(e, 'en'));
        throw new Error(
          `Recovery snapshot refused, the document is not valid: ${first.join('; ')}`,
        );
      }
      const snapshot: RecoverySnapshot = {
        path: request.path,
        savedAt: now().toISOString(),
        document: parsed.document,
      };
      await fs.mkdir(dir, { recursive: true });
      // Atomic so a crash during autosave leaves the previous snapshot, not half of one.
      await writeFileAtomic(fs, file, JSON.stringify(snapshot), { keepBackup: false });
    },
    async read() {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch {
        return null;
      }
      return parseRecoverySnapshot(text, now);
    },
    async clear() {
      await fs.rm(file, { force: true });
    },
  };
}
