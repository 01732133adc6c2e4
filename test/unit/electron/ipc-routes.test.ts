import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createDesktopService,
  type DesktopService,
  type DesktopServiceDeps,
  type DialogPorts,
} from '../../../electron/main/ipc-routes.ts';
import { createRecentFilesStore } from '../../../electron/main/recent-files.ts';
import type { RecoveryStore } from '../../../electron/main/recovery.ts';
import type { RecentFile, SaveResponse } from '../../../shared/ipc-contract.ts';

const NOW = new Date('2025-02-03T04:05:06.000Z');
const document = {
  schemaVersion: 1,
  id: 'proj-1',
  meta: { title: 'Plant', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() },
};

let dir: string;
let dialogs: { [K in keyof DialogPorts]: ReturnType<typeof vi.fn<DialogPorts[K]>> };
let recentChanges: [RecentFile[], string | null][];
let saves: SaveResponse[];
let languages: string[];
let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
let recovery: { [K in keyof RecoveryStore]: ReturnType<typeof vi.fn<RecoveryStore[K]>> };
let service: DesktopService;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'traceready-routes-'));
  dialogs = {
    chooseProjectToOpen: vi.fn<DialogPorts['chooseProjectToOpen']>(() => Promise.resolve(null)),
    chooseProjectSavePath: vi.fn<DialogPorts['chooseProjectSavePath']>(() => Promise.resolve(null)),
    chooseExportPath: vi.fn<DialogPorts['chooseExportPath']>(() => Promise.resolve(null)),
  };
  recentChanges = [];
  saves = [];
  languages = [];
  openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  recovery = {
    write: vi.fn<RecoveryStore['write']>(() => Promise.resolve()),
    read: vi.fn<RecoveryStore['read']>(() => Promise.resolve(null)),
    clear: vi.fn<RecoveryStore['clear']>(() => Promise.resolve()),
  };
  const deps: DesktopServiceDeps = {
    files: { fs, now: () => NOW },
    dialogs,
    recent: createRecentFilesStore({ userDataDir: dir, fs, now: () => NOW }),
    recovery,
    openExternal,
    onRecentChanged: (list, path) => recentChanges.push([list, path]),
    onSaveFinished: (response) => saves.push(response),
    onLanguageChanged: (language) => languages.push(language),
  };
  service = createDesktopService(deps);
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const writeProject = async (name: string): Promise<string> => {
  const path = join(dir, name);
  await fs.writeFile(path, JSON.stringify(document));
  return path;
};

describe('project:open', () => {
  it('answers canceled when the dialog is closed', async () => {
    expect(await service.routes['project:open'](undefined)).toEqual({ status: 'canceled' });
    expect(recentChanges).toEqual([]);
  });

  it('opens the chosen file and records it as recent', async () => {
    const path = await writeProject('plant.trplan');
    dialogs.chooseProjectToOpen.mockResolvedValue(path);
    const response = await service.routes['project:open'](undefined);
    expect(response).toMatchObject({ status: 'opened', path });
    expect(recentChanges).toHaveLength(1);
    expect(recentChanges[0]?.[1]).toBe(path);
    expect(await service.routes['recent:list'](undefined)).toMatchObject([
      { path, name: 'plant.trplan' },
    ]);
  });

  it('an invalid file is not recorded as recent', async () => {
    const path = join(dir, 'broken.trplan');
    await fs.writeFile(path, 'not json');
    dialogs.chooseProjectToOpen.mockResolvedValue(path);
    expect(await service.routes['project:open'](undefined)).toMatchObject({
      status: 'invalid',
      path,
    });
    expect(recentChanges).toEqual([]);
  });
});

describe('project:open-path', () => {
  it('re-opens a .trplan project the user opened before', async () => {
    const path = await writeProject('plant.trplan');
    dialogs.chooseProjectToOpen.mockResolvedValue(path);
    await service.routes['project:open'](undefined);
    expect(await service.routes['project:open-path']({ path })).toMatchObject({ status: 'opened' });
  });

  it.each([
    ['a .trplan project the user never opened', 'other.trplan', JSON.stringify(document)],
    ['another file', 'secret.json', JSON.stringify({ token: 'x' })],
  ])('refuses to read %s', async (_, name, text) => {
    const path = join(dir, name);
    await fs.writeFile(path, text);
    const response = await service.routes['project:open-path']({ path });
    expect(response.status).toBe('invalid');
    if (response.status !== 'invalid') return;
    expect(response.errors[0]?.message.en).toMatch(/only recent projects open by path/);
    expect(recentChanges).toEqual([]);
  });

  it('cannot be used to gain a save without a dialog (issue 11)', async () => {
    // A page that names a project it was never given: opening it by path is refused, so the
    // later save still asks where to write and the file on disk is untouched.
    const path = await writeProject('victim.trplan');
    const before = await fs.readFile(path, 'utf8');
    await service.routes['project:open-path']({ path });
    dialogs.chooseProjectSavePath.mockResolvedValue(null);
    const response = await service.routes['project:save']({ path, suggestedName: 'x', document });
    expect(response).toEqual({ status: 'canceled' });
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledTimes(1);
    expect(await fs.readFile(path, 'utf8')).toBe(before);
  });

  it('re-opens a .json short form that is in the recent list', async () => {
    const path = await writeProject('short.json');
    dialogs.chooseProjectToOpen.mockResolvedValue(path);
    await service.routes['project:open'](undefined);
    expect(await service.routes['project:open-path']({ path })).toMatchObject({ status: 'opened' });
  });

  it('refuses a relative path', async () => {
    expect(await service.routes['project:open-path']({ path: 'plant.trplan' })).toMatchObject({
      status: 'invalid',
    });
  });
});

describe('project:save', () => {
  it('saves straight to a .trplan path the user opened, no dialog', async () => {
    const path = await writeProject('plant.trplan');
    dialogs.chooseProjectToOpen.mockResolvedValue(path);
    await service.routes['project:open'](undefined);
    recentChanges = [];
    const response = await service.routes['project:save']({ path, suggestedName: 'x', document });
    expect(response).toEqual({ status: 'saved', path, savedAt: NOW.toISOString() });
    expect(dialogs.chooseProjectSavePath).not.toHaveBeenCalled();
    expect(saves).toEqual([response]);
    expect(recentChanges.map(([, p]) => p)).toEqual([path]);
  });

  describe('writes only paths main handed out (issue 11, item 8)', () => {
    const elsewhere = () => join(dir, 'never-handed-out.trplan');

    it.each([
      ['an absolute .trplan path main never gave out', () => elsewhere()],
      ['a path that resolves elsewhere through ..', () => join(dir, 'sub', '..', 'x.trplan')],
      ['a UNC path', () => '\\\\server\\share\\plant.trplan'],
    ])('%s goes through the Save dialog', async (_, pathOf) => {
      const path = pathOf();
      const response = await service.routes['project:save']({ path, suggestedName: 'x', document });
      expect(response).toEqual({ status: 'canceled' });
      expect(dialogs.chooseProjectSavePath).toHaveBeenCalledOnce();
      await expect(fs.access(elsewhere())).rejects.toThrow();
    });

    it('a path chosen in the Save dialog is saved to again without asking', async () => {
      const chosen = join(dir, 'chosen.trplan');
      dialogs.chooseProjectSavePath.mockResolvedValueOnce(chosen);
      await service.routes['project:save']({ path: null, suggestedName: 'x', document });
      const again = await service.routes['project:save']({
        path: chosen,
        suggestedName: 'x',
        document,
      });
      expect(again.status).toBe('saved');
      expect(dialogs.chooseProjectSavePath).toHaveBeenCalledOnce();
    });

    it('a path on the recent list (an earlier session) is saved to without asking', async () => {
      const path = await writeProject('recent.trplan');
      const fresh = createDesktopService({
        files: { fs, now: () => NOW },
        dialogs,
        recent: createRecentFilesStore({ userDataDir: dir, fs, now: () => NOW }),
        recovery,
        openExternal,
        onRecentChanged: () => undefined,
        onSaveFinished: () => undefined,
        onLanguageChanged: () => undefined,
      });
      await fresh.openFromUser(path);
      // A new service (an app restart) with the same recent list on disk.
      const restarted = createDesktopService({
        files: { fs, now: () => NOW },
        dialogs,
        recent: createRecentFilesStore({ userDataDir: dir, fs, now: () => NOW }),
        recovery,
        openExternal,
        onRecentChanged: () => undefined,
        onSaveFinished: () => undefined,
        onLanguageChanged: () => undefined,
      });
      const response = await restarted.routes['project:save']({
        path,
        suggestedName: 'x',
        document,
      });
      expect(response.status).toBe('saved');
      expect(dialogs.chooseProjectSavePath).not.toHaveBeenCalled();
    });
  });

  it('a first save asks where, suggesting a safe name, and adds the extension', async () => {
    const chosen = join(dir, 'Chosen name');
    dialogs.chooseProjectSavePath.mockResolvedValue(chosen);
    const response = await service.routes['project:save']({
      path: null,
      suggestedName: '../Plant: A',
      document,
    });
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledExactlyOnceWith('Plant A.trplan');
    expect(response).toMatchObject({ status: 'saved', path: `${chosen}.trplan` });
    await expect(fs.readFile(`${chosen}.trplan`, 'utf8')).resolves.toContain('"proj-1"');
  });

  it('a path that is not a .trplan file goes through the dialog, next to the original', async () => {
    const original = join(dir, 'short.json');
    await service.routes['project:save']({ path: original, suggestedName: 'x', document });
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledExactlyOnceWith(
      join(dir, 'short.trplan'),
    );
    await expect(fs.access(original)).rejects.toThrow();
  });

  it('never writes to a relative path', async () => {
    await service.routes['project:save']({
      path: 'plant.trplan',
      suggestedName: 'plant',
      document,
    });
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledOnce();
  });

  it('answers canceled when the dialog is closed, and reports it', async () => {
    const response = await service.routes['project:save']({
      path: null,
      suggestedName: '',
      document,
    });
    expect(response).toEqual({ status: 'canceled' });
    expect(dialogs.chooseProjectSavePath).toHaveBeenCalledWith('project.trplan');
    expect(saves).toEqual([{ status: 'canceled' }]);
  });

  it('an invalid document fails and is not recorded as recent', async () => {
    const path = join(dir, 'plant.trplan');
    dialogs.chooseProjectSavePath.mockResolvedValueOnce(path);
    const response = await service.routes['project:save']({
      path,
      suggestedName: '',
      document: { ...document, meta: { title: 5 } },
    });
    expect(response.status).toBe('failed');
    expect(recentChanges).toEqual([]);
  });
});

describe('export:save', () => {
  const filters = [{ name: 'PDF', extensions: ['pdf'] }];

  it('asks where with a safe name, adds the extension and writes the bytes', async () => {
    dialogs.chooseExportPath.mockResolvedValue(join(dir, 'report'));
    const content = new Uint8Array([37, 80, 68, 70]);
    const response = await service.routes['export:save']({
      suggestedName: 'a/b.pdf',
      filters,
      content,
    });
    expect(dialogs.chooseExportPath).toHaveBeenCalledExactlyOnceWith('a b.pdf', filters);
    expect(response).toEqual({ status: 'saved', path: join(dir, 'report.pdf') });
    expect(new Uint8Array(await fs.readFile(join(dir, 'report.pdf')))).toEqual(content);
  });

  it('answers canceled when the dialog is closed', async () => {
    expect(
      await service.routes['export:save']({ suggestedName: 'r', filters, content: 'x' }),
    ).toEqual({
      status: 'canceled',
    });
  });
});

describe('other routes', () => {
  it('recovery routes go to the recovery store', async () => {
    await service.routes['recovery:write']({ path: null, document });
    await service.routes['recovery:read'](undefined);
    await service.routes['recovery:clear'](undefined);
    expect(recovery.write).toHaveBeenCalledWith({ path: null, document });
    expect(recovery.read).toHaveBeenCalledOnce();
    expect(recovery.clear).toHaveBeenCalledOnce();
  });

  it('opens web links and refuses anything else', async () => {
    await service.routes['shell:open-external']({ url: 'https://example.com/' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/');
    await expect(
      service.routes['shell:open-external']({ url: 'file:///etc/passwd' }),
    ).rejects.toThrow(/only http and https/);
    expect(openExternal).toHaveBeenCalledOnce();
  });

  it('openFromUser opens any readable project, and clearRecent empties the list', async () => {
    const path = await writeProject('from-finder.json');
    expect(await service.openFromUser(path)).toMatchObject({ status: 'opened', path });
    await service.clearRecent();
    expect(recentChanges.at(-1)).toEqual([[], null]);
    expect(await service.routes['recent:list'](undefined)).toEqual([]);
  });

  it('passes a language switch on to the menu', async () => {
    await service.routes['app:set-language']({ language: 'zh-CN' });
    expect(languages).toEqual(['zh-CN']);
  });
});
