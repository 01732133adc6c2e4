import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupPathFor,
  describeFsError,
  errorCode,
  writeFileAtomic,
  type AtomicWriteFs,
  type WritableFileHandle,
} from '../../../electron/main/atomic-write.ts';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'traceready-atomic-'));
  target = join(dir, 'plan.trplan');
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const listDir = async (): Promise<string[]> => (await fs.readdir(dir)).sort();

type FailAt = 'open' | 'writeFile' | 'sync' | 'close' | 'copyFile' | 'rename';

/** The real file system, except that the chosen step throws once it is reached for the temp file. */
function failingFs(step: FailAt): AtomicWriteFs {
  const boom = (): Error => Object.assign(new Error(`injected ${step} failure`), { code: 'EIO' });
  const wrapHandle = (handle: WritableFileHandle): WritableFileHandle => ({
    writeFile: async (data) => {
      if (step === 'writeFile') {
        // Half the bytes reach the disk before the failure, as in a real full disk.
        await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data);
        throw boom();
      }
      await handle.writeFile(data);
    },
    sync: async () => {
      if (step === 'sync') throw boom();
      await handle.sync();
    },
    close: async () => {
      await handle.close();
      if (step === 'close') throw boom();
    },
  });
  return {
    open: async (path, flags) => {
      if (step === 'open' && path.endsWith('.tmp')) throw boom();
      const handle = await fs.open(path, flags);
      return path.endsWith('.tmp') ? wrapHandle(handle) : handle;
    },
    copyFile: async (source, destination) => {
      if (step === 'copyFile') throw boom();
      await fs.copyFile(source, destination);
    },
    rename: async (oldPath, newPath) => {
      if (step === 'rename') throw boom();
      await fs.rename(oldPath, newPath);
    },
    unlink: (path) => fs.unlink(path),
  };
}

describe('writeFileAtomic with the real file system', () => {
  it('creates a new file and leaves no temp file and no backup behind', async () => {
    await writeFileAtomic(fs, target, 'first', { keepBackup: true });
    expect(await fs.readFile(target, 'utf8')).toBe('first');
    expect(await listDir()).toEqual(['plan.trplan']);
  });

  it('replaces an existing file and keeps the previous version as <file>.bak', async () => {
    await fs.writeFile(target, 'old version');
    await writeFileAtomic(fs, target, 'new version', { keepBackup: true });
    expect(await fs.readFile(target, 'utf8')).toBe('new version');
    expect(await fs.readFile(backupPathFor(target), 'utf8')).toBe('old version');
    expect(await listDir()).toEqual(['plan.trplan', 'plan.trplan.bak']);
  });

  it('the backup is always the version just before the last save', async () => {
    await writeFileAtomic(fs, target, 'v1', { keepBackup: true });
    await writeFileAtomic(fs, target, 'v2', { keepBackup: true });
    await writeFileAtomic(fs, target, 'v3', { keepBackup: true });
    expect(await fs.readFile(target, 'utf8')).toBe('v3');
    expect(await fs.readFile(backupPathFor(target), 'utf8')).toBe('v2');
  });

  it('writes bytes unchanged', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    await writeFileAtomic(fs, target, bytes, { keepBackup: false });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(bytes);
  });

  it('keeps no backup when not asked to', async () => {
    await fs.writeFile(target, 'old');
    await writeFileAtomic(fs, target, 'new', { keepBackup: false });
    expect(await listDir()).toEqual(['plan.trplan']);
  });

  it('fails without touching anything when the folder does not exist', async () => {
    const missing = join(dir, 'no-such-folder', 'plan.trplan');
    await expect(writeFileAtomic(fs, missing, 'x', { keepBackup: true })).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await listDir()).toEqual([]);
  });
});

describe('writeFileAtomic when a step fails halfway', () => {
  const steps: FailAt[] = ['open', 'writeFile', 'sync', 'close', 'copyFile', 'rename'];

  it.each(steps)(
    '%s fails: the original file survives intact and the temp file is removed',
    async (step) => {
      await fs.writeFile(target, 'the original');
      await expect(
        writeFileAtomic(failingFs(step), target, 'the replacement', { keepBackup: true }),
      ).rejects.toThrow(`injected ${step} failure`);
      expect(await fs.readFile(target, 'utf8')).toBe('the original');
      const left = (await listDir()).filter((name) => name.endsWith('.tmp'));
      expect(left).toEqual([]);
    },
  );

  it('a failed first save leaves no file at all', async () => {
    await expect(
      writeFileAtomic(failingFs('sync'), target, 'content', { keepBackup: true }),
    ).rejects.toThrow('injected sync failure');
    expect(await listDir()).toEqual([]);
  });

  it('fsyncs the data before the rename makes it visible', async () => {
    const calls: string[] = [];
    const recording: AtomicWriteFs = {
      open: async (path, flags) => {
        const handle = await fs.open(path, flags);
        const isTemp = path.endsWith('.tmp');
        return {
          writeFile: async (data) => {
            if (isTemp) calls.push('write');
            await handle.writeFile(data);
          },
          sync: async () => {
            calls.push(isTemp ? 'sync' : 'sync-folder');
            await handle.sync();
          },
          close: async () => {
            if (isTemp) calls.push('close');
            await handle.close();
          },
        };
      },
      copyFile: async (source, destination) => {
        calls.push('backup');
        await fs.copyFile(source, destination);
      },
      rename: async (oldPath, newPath) => {
        calls.push('rename');
        await fs.rename(oldPath, newPath);
      },
      unlink: (path) => fs.unlink(path),
    };
    await fs.writeFile(target, 'old');
    await writeFileAtomic(recording, target, 'new', { keepBackup: true });
    // The folder sync is best effort and may fail on some platforms; the order before it is not.
    expect(calls.slice(0, 5)).toEqual(['write', 'sync', 'close', 'backup', 'rename']);
  });
});

describe('error helpers', () => {
  it('reads the code of a system error and nothing else', () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('EACCES');
    expect(errorCode(new Error('x'))).toBeUndefined();
    expect(errorCode({ code: 42 })).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });

  it('describes errors and non-errors', () => {
    expect(describeFsError(new Error('disk full'))).toBe('disk full');
    expect(describeFsError('plain')).toBe('plain');
  });
});
