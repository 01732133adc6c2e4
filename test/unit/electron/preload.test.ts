import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MENU_COMMAND_CHANNEL,
  OPEN_FROM_OS_CHANNEL,
  type DesktopApi,
  type OpenResponse,
} from '../../../shared/ipc-contract.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

// The preload imports 'electron', which only exists inside Electron; this stands in for the two
// objects it uses and records what the preload does with them.
const electron = vi.hoisted(() => ({
  listeners: new Map<string, Set<Listener>>(),
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on(channel: string, listener: Listener) {
      const set = electron.listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener(channel: string, listener: Listener) {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

/** Main sending an event to the page. */
const emit = (channel: string, ...args: unknown[]): void => {
  for (const listener of electron.listeners.get(channel) ?? []) listener({}, ...args);
};
const listenerCount = (channel: string): number => electron.listeners.get(channel)?.size ?? 0;

/** Loads a fresh copy of the preload, as a new page load would. */
async function loadPreload(): Promise<DesktopApi> {
  vi.resetModules();
  electron.listeners.clear();
  electron.exposed.clear();
  await import('../../../electron/preload/index.ts');
  expect([...electron.exposed.keys()]).toEqual(['traceready']);
  return electron.exposed.get('traceready') as DesktopApi;
}

const opened: OpenResponse = { status: 'invalid', path: '/p/a.trplan', errors: [] };

beforeEach(() => {
  electron.invoke.mockReset();
  electron.invoke.mockResolvedValue('answer from main');
});

describe('preload bridge', () => {
  it('exposes exactly the DesktopApi, with no way to reach ipcRenderer', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual(
      [
        'kind',
        'openProject',
        'openProjectPath',
        'saveProject',
        'listRecent',
        'writeRecovery',
        'readRecovery',
        'clearRecovery',
        'exportFile',
        'openExternal',
        'setLanguage',
        'startWorkshop',
        'stopWorkshop',
        'onMenuCommand',
        'onOpenFromOs',
      ].sort(),
    );
    expect(api.kind).toBe('desktop');
    for (const value of Object.values(api)) {
      expect(['string', 'function']).toContain(typeof value);
    }
  });

  it.each<[string, (api: DesktopApi) => Promise<unknown>, string, unknown[]]>([
    ['openProject', (api) => api.openProject(), 'project:open', []],
    [
      'openProjectPath',
      (api) => api.openProjectPath('/p/a.trplan'),
      'project:open-path',
      [{ path: '/p/a.trplan' }],
    ],
    [
      'saveProject',
      (api) => api.saveProject({ path: null, suggestedName: 'a', document: {} }),
      'project:save',
      [{ path: null, suggestedName: 'a', document: {} }],
    ],
    ['listRecent', (api) => api.listRecent(), 'recent:list', []],
    [
      'writeRecovery',
      (api) => api.writeRecovery({ path: null, document: {} }),
      'recovery:write',
      [{ path: null, document: {} }],
    ],
    ['readRecovery', (api) => api.readRecovery(), 'recovery:read', []],
    ['clearRecovery', (api) => api.clearRecovery(), 'recovery:clear', []],
    [
      'exportFile',
      (api) => api.exportFile({ suggestedName: 'r', filters: [], content: 'x' }),
      'export:save',
      [{ suggestedName: 'r', filters: [], content: 'x' }],
    ],
    [
      'openExternal',
      (api) => api.openExternal('https://a.example/'),
      'shell:open-external',
      [{ url: 'https://a.example/' }],
    ],
    [
      'startWorkshop',
      (api) => api.startWorkshop({ path: '/p/a.trplan', lan: true }),
      'workshop:start',
      [{ path: '/p/a.trplan', lan: true }],
    ],
    ['stopWorkshop', (api) => api.stopWorkshop(), 'workshop:stop', []],
  ])('%s invokes its own channel and returns main’s answer', async (_name, call, channel, args) => {
    const api = await loadPreload();
    await expect(call(api)).resolves.toBe('answer from main');
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
  });

  it('passes main’s rejection on to the page', async () => {
    const api = await loadPreload();
    electron.invoke.mockRejectedValueOnce(new Error('Invalid request'));
    await expect(api.listRecent()).rejects.toThrow('Invalid request');
  });
});

describe('onMenuCommand', () => {
  it('delivers menu commands until unsubscribed', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const before = listenerCount(MENU_COMMAND_CHANNEL);
    const unsubscribe = api.onMenuCommand(listener);
    emit(MENU_COMMAND_CHANNEL, 'file:save');
    expect(listener).toHaveBeenCalledExactlyOnceWith('file:save');
    unsubscribe();
    emit(MENU_COMMAND_CHANNEL, 'file:open');
    expect(listener).toHaveBeenCalledOnce();
    expect(listenerCount(MENU_COMMAND_CHANNEL)).toBe(before);
  });

  it('drops anything that is not a menu command', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    api.onMenuCommand(listener);
    emit(MENU_COMMAND_CHANNEL, 'file:format-disk');
    emit(MENU_COMMAND_CHANNEL, { command: 'file:save' });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('onOpenFromOs', () => {
  it('delivers files opened from the OS, and none after unsubscribing', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.onOpenFromOs(listener);
    emit(OPEN_FROM_OS_CHANNEL, opened);
    expect(listener).toHaveBeenCalledExactlyOnceWith(opened);
    unsubscribe();
    emit(OPEN_FROM_OS_CHANNEL, opened);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps a file that arrived before the page subscribed, and hands it over once', async () => {
    const api = await loadPreload();
    emit(OPEN_FROM_OS_CHANNEL, opened);
    const first = vi.fn();
    api.onOpenFromOs(first);
    expect(first).toHaveBeenCalledExactlyOnceWith(opened);
    const second = vi.fn();
    api.onOpenFromOs(second);
    expect(second).not.toHaveBeenCalled();
  });
});
