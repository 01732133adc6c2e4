import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hasProjectExtension,
  projectDialogFilters,
  readProjectFile,
  safeFileName,
  withExportExtension,
  withProjectExtension,
  writeExportFile,
  writeProjectFile,
  type ProjectFilesDeps,
  type ProjectFilesFs,
} from '../../../electron/main/project-files.ts';
import { MAX_PROJECT_CHARACTERS } from '../../../shared/model/parse.ts';

const NOW = new Date('2025-03-04T05:06:07.000Z');

const validDocument = {
  schemaVersion: 2,
  id: 'proj-1',
  meta: {
    title: 'Plant A',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
  },
};

let dir: string;
let deps: ProjectFilesDeps;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'traceready-files-'));
  deps = { fs, now: () => NOW };
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('readProjectFile', () => {
  it('opens a valid project with its path', async () => {
    const path = join(dir, 'plant.trplan');
    await fs.writeFile(path, JSON.stringify(validDocument));
    const response = await readProjectFile(path, deps);
    expect(response.status).toBe('opened');
    if (response.status !== 'opened') return;
    expect(response.path).toBe(path);
    expect(response.document.meta.title).toBe('Plant A');
    expect(response.notices).toEqual([]);
  });

  it('migrates the hand-written short form and reports it as a notice', async () => {
    const path = join(dir, 'short.json');
    await fs.writeFile(path, JSON.stringify({ meta: { title: 'Short' } }));
    const response = await readProjectFile(path, deps);
    expect(response.status).toBe('opened');
    if (response.status !== 'opened') return;
    expect(response.document.meta.createdAt).toBe(NOW.toISOString());
    // Short form → v1 → v2: both steps are reported.
    expect(response.notices).toHaveLength(2);
  });

  it('refuses invalid JSON with a located error in both languages', async () => {
    const path = join(dir, 'broken.trplan');
    await fs.writeFile(path, '{\n  "schemaVersion": 1,\n  oops\n}');
    const response = await readProjectFile(path, deps);
    expect(response).toMatchObject({ status: 'invalid', path });
    if (response.status !== 'invalid') return;
    expect(response.errors[0]?.message.en).toMatch(/line 3/);
    expect(response.errors[0]?.message['zh-CN']).toMatch(/第 3 行/);
  });

  it('refuses a schema-invalid project with JSON pointers', async () => {
    const path = join(dir, 'bad.trplan');
    await fs.writeFile(
      path,
      JSON.stringify({ ...validDocument, meta: { ...validDocument.meta, title: 5 } }),
    );
    const response = await readProjectFile(path, deps);
    expect(response.status).toBe('invalid');
    if (response.status !== 'invalid') return;
    expect(response.errors.map((e) => e.pointer)).toContain('/meta/title');
  });

  it('a missing file is refused with a bilingual message naming the file', async () => {
    const path = join(dir, 'gone.trplan');
    const response = await readProjectFile(path, deps);
    expect(response).toMatchObject({ status: 'invalid', path });
    if (response.status !== 'invalid') return;
    const message = response.errors[0]?.message;
    expect(message?.en).toContain(path);
    expect(message?.en).toMatch(/Could not read/);
    expect(message?.en).toMatch(/ENOENT/);
    expect(message?.['zh-CN']).toContain(path);
    expect(message?.['zh-CN']).toMatch(/无法读取/);
  });

  it('a folder is refused, not read', async () => {
    const path = join(dir, 'folder.trplan');
    await fs.mkdir(path);
    const response = await readProjectFile(path, deps);
    expect(response.status).toBe('invalid');
    if (response.status !== 'invalid') return;
    expect(response.errors[0]?.message.en).toMatch(/not a file/);
  });

  it('refuses an oversized file before reading it', async () => {
    const readFile = vi.fn<ProjectFilesFs['readFile']>(() => Promise.resolve(new Uint8Array()));
    const bigFs: ProjectFilesFs = {
      ...fs,
      readFile,
      stat: () =>
        Promise.resolve({
          ...{ mode: 0o644, uid: 0, gid: 0, mtimeMs: 0 },
          size: MAX_PROJECT_CHARACTERS + 1,
          isFile: () => true,
        }),
    };
    const response = await readProjectFile('/x/huge.trplan', { fs: bigFs, now: () => NOW });
    expect(response.status).toBe('invalid');
    if (response.status !== 'invalid') return;
    expect(response.errors[0]?.message.en).toMatch(/larger than 50 MB/);
    expect(readFile).not.toHaveBeenCalled();
  });
});

describe('writeProjectFile', () => {
  it('saves the serialized document, which opens again to the same document', async () => {
    const path = join(dir, 'plant.trplan');
    const response = await writeProjectFile(path, validDocument, deps);
    expect(response).toEqual({ status: 'saved', path, savedAt: NOW.toISOString() });
    const text = await fs.readFile(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const reopened = await readProjectFile(path, deps);
    expect(reopened.status).toBe('opened');
    if (reopened.status !== 'opened') return;
    expect(reopened.document.id).toBe('proj-1');
    expect(reopened.document.meta.title).toBe('Plant A');
  });

  it('keeps the previous version as .bak', async () => {
    const path = join(dir, 'plant.trplan');
    await writeProjectFile(path, validDocument, deps);
    const first = await fs.readFile(path, 'utf8');
    const renamed = { ...validDocument, meta: { ...validDocument.meta, title: 'Plant B' } };
    await writeProjectFile(path, renamed, deps);
    expect(await fs.readFile(`${path}.bak`, 'utf8')).toBe(first);
    expect(await fs.readFile(path, 'utf8')).toContain('Plant B');
  });

  it('refuses an invalid document and writes nothing', async () => {
    const path = join(dir, 'plant.trplan');
    const response = await writeProjectFile(path, { schemaVersion: 1, id: 'x', meta: {} }, deps);
    expect(response.status).toBe('failed');
    if (response.status !== 'failed') return;
    expect(response.message.en).toContain(path);
    expect(response.message.en).toContain('/meta/createdAt');
    expect(response.message['zh-CN']).toContain('项目未保存');
    await expect(fs.access(path)).rejects.toThrow();
  });

  it('a failing disk answers failed, names file and reason, and leaves the old file', async () => {
    const path = join(dir, 'plant.trplan');
    await fs.writeFile(path, 'previous bytes');
    const brokenFs: ProjectFilesFs = {
      ...fs,
      rename: () =>
        Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    };
    const response = await writeProjectFile(path, validDocument, { fs: brokenFs, now: () => NOW });
    expect(response.status).toBe('failed');
    if (response.status !== 'failed') return;
    expect(response.message.en).toContain(path);
    expect(response.message.en).toContain('permission denied');
    expect(response.message['zh-CN']).toContain(path);
    expect(response.message['zh-CN']).toContain('无法保存');
    expect(await fs.readFile(path, 'utf8')).toBe('previous bytes');
  });
});

describe('file names', () => {
  it.each([
    ['/a/plan', '/a/plan.trplan'],
    ['/a/plan.trplan', '/a/plan.trplan'],
    ['C:\\Work\\PLAN.TRPLAN', 'C:\\Work\\PLAN.TRPLAN'],
    ['/a/plan.json', '/a/plan.json.trplan'],
    ['/a/my.plan', '/a/my.plan.trplan'],
  ])('withProjectExtension(%s) = %s', (input, expected) => {
    expect(withProjectExtension(input)).toBe(expected);
  });

  it('recognises the project extension in any case', () => {
    expect(hasProjectExtension('/a/b.trplan')).toBe(true);
    expect(hasProjectExtension('/a/b.TrPlan')).toBe(true);
    expect(hasProjectExtension('/a/trplan')).toBe(false);
    expect(hasProjectExtension('/a/b.trplan.bak')).toBe(false);
  });

  it.each([
    ['Plant A — audit', 'Plant A — audit'],
    ['../../etc/passwd', 'etc passwd'],
    ['a:b*c?d"e<f>g|h', 'a b c d e f g h'],
    ['  ...hidden.  ', 'hidden'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['', 'fallback'],
    ['///', 'fallback'],
    ['工厂 追溯', '工厂 追溯'],
  ])('safeFileName(%j) = %j', (input, expected) => {
    expect(safeFileName(input, 'fallback')).toBe(expected);
  });

  it('adds the first filter extension only to a bare name', () => {
    const filters = [
      { name: 'PDF', extensions: ['pdf'] },
      { name: 'All', extensions: ['*'] },
    ];
    expect(withExportExtension('/out/report', filters)).toBe('/out/report.pdf');
    expect(withExportExtension('/out/report.txt', filters)).toBe('/out/report.txt');
    expect(withExportExtension('/out/report', [{ name: 'All', extensions: ['*'] }])).toBe(
      '/out/report',
    );
    expect(withExportExtension('/out/report', [])).toBe('/out/report');
  });

  it('names the dialog filters in the chosen language', () => {
    expect(projectDialogFilters('en', 'save')).toEqual([
      { name: 'TraceReady project', extensions: ['trplan'] },
    ]);
    const open = projectDialogFilters('zh-CN', 'open');
    expect(open.map((f) => f.extensions)).toEqual([['trplan'], ['json']]);
    expect(open[0]?.name).toBe('TraceReady 项目');
  });
});

describe('writeExportFile', () => {
  it('writes text and bytes, with no backup', async () => {
    const path = join(dir, 'spec.yaml');
    await fs.writeFile(path, 'old');
    expect(await writeExportFile(path, 'openapi: 3.1.0\n', fs)).toEqual({ status: 'saved', path });
    expect(await fs.readFile(path, 'utf8')).toBe('openapi: 3.1.0\n');
    await expect(fs.access(`${path}.bak`)).rejects.toThrow();
  });

  it('reports a failure with the file name', async () => {
    const path = join(dir, 'missing-folder', 'report.pdf');
    const response = await writeExportFile(path, new Uint8Array([1, 2, 3]), fs);
    expect(response.status).toBe('failed');
    if (response.status !== 'failed') return;
    expect(response.message.en).toContain(path);
  });
});
