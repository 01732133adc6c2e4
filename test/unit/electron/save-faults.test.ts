import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupPathFor,
  ReadOnlyFileError,
  writeFileAtomic,
  type AtomicWriteFs,
  type WritableFileHandle,
} from '../../../electron/main/atomic-write.ts';
import { writeProjectFile } from '../../../electron/main/project-files.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/**
 * Saves under faults (issue 11, item 7): every file-system call of a save fails in turn, or the
 * process "dies" at it (no call after it runs, not even the cleanup); every run must end with the
 * old file or the new one, and a usable `.bak`.
 */

let dir: string;
let target: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'traceready-save-faults-'));
  target = join(dir, 'plan.trplan');
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const read = (path: string) => fs.readFile(path, 'utf8');
const temps = async () => (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));
const modeOf = async (path: string) => (await fs.stat(path)).mode & 0o777;

/** Counts every call a save makes; `mode` decides what happens at call number `at`. */
function faultyFs(at: number, mode: 'fail' | 'crash'): { fs: AtomicWriteFs; calls: () => number } {
  let calls = 0;
  let isDead = false;
  const step = async <T>(run: () => Promise<T>): Promise<T> => {
    if (isDead) throw new Error('process is dead');
    const n = calls++;
    if (n === at) {
      if (mode === 'crash') isDead = true;
      throw Object.assign(new Error(`injected ${mode} at call ${n}`), { code: 'EIO' });
    }
    return run();
  };
  const wrap = (h: Awaited<ReturnType<typeof fs.open>>): WritableFileHandle => ({
    writeFile: (data) => step(() => h.writeFile(data)),
    sync: () => step(() => h.sync()),
    // A dead process still has its descriptors closed by the OS.
    close: () => (isDead ? h.close() : step(() => h.close())),
    chmod: (m) => step(() => h.chmod(m)),
    chown: (u, g) => step(() => h.chown(u, g)),
  });
  const faulty: AtomicWriteFs = {
    open: (path, flags, m) =>
      step(async () => {
        const handle = await fs.open(path, flags, m);
        return wrap(handle);
      }),
    rename: (a, b) => step(() => fs.rename(a, b)),
    copyFile: (a, b) => step(() => fs.copyFile(a, b)),
    unlink: (p) => step(() => fs.unlink(p)),
    realpath: (p) => step(() => fs.realpath(p)),
    stat: (p) => step(() => fs.stat(p)),
    readdir: (p) => step(() => fs.readdir(p)),
  };
  return { fs: faulty, calls: () => calls };
}

/** How many calls a clean save of an existing file with a backup makes. */
async function callsOfOneSave(): Promise<number> {
  const probe = faultyFs(-1, 'fail');
  await fs.writeFile(target, 'probe');
  await writeFileAtomic(probe.fs, target, 'probe 2', { keepBackup: true });
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir);
  return probe.calls();
}

describe('fault injection at every step of a save', () => {
  it.each(['fail', 'crash'] as const)(
    'a %s at any call leaves the old or the new file and a usable backup',
    async (mode) => {
      const steps = await callsOfOneSave();
      expect(steps).toBeGreaterThanOrEqual(10);
      for (let at = 0; at < steps; at++) {
        await fs.writeFile(target, 'old');
        await fs.writeFile(backupPathFor(target), 'older');
        const faulty = faultyFs(at, mode);
        await writeFileAtomic(faulty.fs, target, 'new', { keepBackup: true }).catch(
          () => undefined,
        );
        const content = await read(target);
        expect(['old', 'new'], `call ${at}`).toContain(content);
        // The backup is the version before (or, if the save never got that far, the one before it).
        expect(['older', 'old'], `call ${at}`).toContain(await read(backupPathFor(target)));
        if (content === 'new') expect(await read(backupPathFor(target))).toBe('old');
        if (mode === 'fail') expect(await temps(), `call ${at}`).toEqual([]);
        // The next save, after a restart, cleans what a killed one left and works.
        const later = () => Date.now() + 120_000;
        await writeFileAtomic(fs, target, 'after', { keepBackup: true, now: later });
        expect(await read(target)).toBe('after');
        expect(await read(backupPathFor(target))).toBe(content);
        expect(await temps()).toEqual([]);
      }
    },
  );

  it('a disk that fills during the backup copy keeps the previous backup', async () => {
    await fs.writeFile(target, 'old');
    await fs.writeFile(backupPathFor(target), 'older');
    const full: AtomicWriteFs = {
      ...fs,
      copyFile: async (source, destination) => {
        await fs.writeFile(destination, 'ol'); // half a copy, then the disk is full
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(writeFileAtomic(full, target, 'new', { keepBackup: true })).rejects.toThrow(
      /no space/,
    );
    expect(await read(target)).toBe('old');
    expect(await read(backupPathFor(target))).toBe('older');
    expect(await temps()).toEqual([]);
  });
});

describe('what a save keeps', () => {
  it.each([0o600, 0o640, 0o664])('keeps mode %o', async (mode) => {
    await fs.writeFile(target, 'old');
    await fs.chmod(target, mode);
    await writeFileAtomic(fs, target, 'new', { keepBackup: true });
    expect(await modeOf(target)).toBe(mode);
  });

  it('creates a new project file private to its owner (0600)', async () => {
    await writeFileAtomic(fs, target, 'new', { keepBackup: true });
    expect(await modeOf(target)).toBe(0o600);
  });

  it('keeps the owner', async () => {
    await fs.writeFile(target, 'old');
    const before = await fs.stat(target);
    await writeFileAtomic(fs, target, 'new', { keepBackup: true });
    const after = await fs.stat(target);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });

  it('follows a symlink: the link stays, its target gets the new content and the backup', async () => {
    const real = join(dir, 'real.trplan');
    await fs.writeFile(real, 'old');
    await fs.symlink(real, target);
    await writeFileAtomic(fs, target, 'new', { keepBackup: true });
    expect((await fs.lstat(target)).isSymbolicLink()).toBe(true);
    expect(await read(real)).toBe('new');
    expect(await read(backupPathFor(real))).toBe('old');
  });

  it('follows a link whose file is missing: the link stays and the file it names is created', async () => {
    await fs.mkdir(join(dir, 'real'));
    await fs.symlink(join('real', 'plant.trplan'), target); // relative, dangling
    await writeFileAtomic(fs, target, 'new', { keepBackup: true });
    expect((await fs.lstat(target)).isSymbolicLink()).toBe(true);
    expect(await read(join(dir, 'real', 'plant.trplan'))).toBe('new');
  });

  it('refuses a read-only file and leaves it as it was', async () => {
    await fs.writeFile(target, 'old');
    await fs.chmod(target, 0o444);
    await expect(writeFileAtomic(fs, target, 'new', { keepBackup: true })).rejects.toBeInstanceOf(
      ReadOnlyFileError,
    );
    expect(await read(target)).toBe('old');
    expect(await temps()).toEqual([]);
  });

  it('says so in both languages when a project file is read-only', async () => {
    await fs.writeFile(target, 'old');
    await fs.chmod(target, 0o444);
    const response = await writeProjectFile(target, exampleDocument(), {
      fs,
      now: () => new Date(0),
    });
    expect(response.status).toBe('failed');
    if (response.status !== 'failed') return;
    expect(response.message.en).toMatch(/read-only/);
    expect(response.message['zh-CN']).toMatch(/只读/);
  });

  it('serialises 20 concurrent saves of one file: last data wins, backup is the one before', async () => {
    await fs.writeFile(target, 'v-initial');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writeFileAtomic(fs, target, `v${i}`, { keepBackup: true }),
      ),
    );
    expect(await read(target)).toBe('v19');
    expect(await read(backupPathFor(target))).toBe('v18');
    expect(await temps()).toEqual([]);
  });

  it('removes temp files a killed save left behind, and only stale ones of this file', async () => {
    const stale = join(dir, '.plan.trplan.dead.tmp');
    const fresh = join(dir, '.plan.trplan.busy.tmp');
    const other = join(dir, '.other.trplan.dead.tmp');
    for (const p of [stale, fresh, other]) await fs.writeFile(p, '');
    const old = new Date(Date.now() - 10 * 60_000);
    await fs.utimes(stale, old, old);
    await fs.utimes(other, old, old);
    await writeFileAtomic(fs, target, 'new', { keepBackup: true });
    expect(await temps()).toEqual(['.other.trplan.dead.tmp', '.plan.trplan.busy.tmp'].sort());
  });
});
