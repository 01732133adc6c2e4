import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  IpcRequestError,
  handle,
  registerIpcHandlers,
  type IpcInvokeEventLike,
  type IpcMainLike,
  type IpcRoutes,
} from '../../../electron/main/ipc-handlers.ts';
import type { AppLocation } from '../../../electron/main/security.ts';
import { ipcRequests, type IpcRequest } from '../../../shared/ipc-contract.ts';

const APP_URL = 'file:///opt/TraceReady/resources/app.asar/dist/renderer/index.html';
const location: AppLocation = { rendererIndexUrl: APP_URL, devServerUrl: null, platform: 'linux' };

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** An ipcMain that records handlers so a test can invoke them like the renderer would. */
function fakeIpcMain(): IpcMainLike & {
  invoke(channel: string, url: string | null, ...args: unknown[]): Promise<unknown>;
  channels(): string[];
} {
  const listeners = new Map<string, Listener>();
  return {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    invoke(channel, url, ...args) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame: url === null ? null : { url } }, ...args);
    },
    channels: () => [...listeners.keys()].sort(),
  };
}

const saveRequest = {
  path: '/p/plan.trplan',
  suggestedName: 'plan',
  document: { schemaVersion: 1 },
};

describe('handle', () => {
  it('a good payload from the app window reaches fn, parsed and typed', async () => {
    const ipc = fakeIpcMain();
    const fn = vi.fn((request: IpcRequest<'project:save'>) => {
      expectTypeOf(request.path).toEqualTypeOf<string | null>();
      return Promise.resolve({
        status: 'saved' as const,
        path: request.path ?? '',
        savedAt: 'now',
      });
    });
    handle(ipc, location, 'project:save', fn);
    await expect(ipc.invoke('project:save', `${APP_URL}#/report`, saveRequest)).resolves.toEqual({
      status: 'saved',
      path: '/p/plan.trplan',
      savedAt: 'now',
    });
    expect(fn).toHaveBeenCalledExactlyOnceWith(saveRequest);
  });

  it('channels without a payload are called with none', async () => {
    const ipc = fakeIpcMain();
    const fn = vi.fn(() => Promise.resolve([]));
    handle(ipc, location, 'recent:list', fn);
    await expect(ipc.invoke('recent:list', APP_URL)).resolves.toEqual([]);
    expect(fn).toHaveBeenCalledOnce();
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a dev server that is not configured', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
  ])('refuses a request from %s without calling fn', async (_label, url) => {
    const ipc = fakeIpcMain();
    const fn = vi.fn(() => Promise.resolve([]));
    handle(ipc, location, 'recent:list', fn);
    const result = ipc.invoke('recent:list', url);
    await expect(result).rejects.toBeInstanceOf(IpcRequestError);
    await expect(result).rejects.toThrow(/Refused "recent:list".*not the TraceReady window/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses a request whose frame is gone', async () => {
    const ipc = fakeIpcMain();
    const fn = vi.fn(() => Promise.resolve([]));
    handle(ipc, location, 'recent:list', fn);
    await expect(ipc.invoke('recent:list', null)).rejects.toThrow(/a closed frame/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('accepts the dev server when it is the configured origin', async () => {
    const ipc = fakeIpcMain();
    handle(ipc, { ...location, devServerUrl: 'http://localhost:5173/' }, 'recent:list', () => []);
    await expect(ipc.invoke('recent:list', 'http://localhost:5173/')).resolves.toEqual([]);
  });

  it.each([
    ['a missing payload', undefined, /expected object, received undefined/],
    ['a wrong type', { ...saveRequest, path: 42 }, /path/],
    ['an empty path', { ...saveRequest, path: '' }, /path/],
    ['a document that is not an object', { ...saveRequest, document: 'x' }, /document/],
    [
      'a name that is too long',
      { ...saveRequest, suggestedName: 'n'.repeat(300) },
      /suggestedName/,
    ],
  ])('refuses %s with a clear error naming the field', async (_label, payload, field) => {
    const ipc = fakeIpcMain();
    const fn = vi.fn(() => Promise.resolve({ status: 'canceled' as const }));
    handle(ipc, location, 'project:save', fn);
    const result = ipc.invoke('project:save', APP_URL, payload);
    await expect(result).rejects.toThrow(/Invalid request for "project:save"/);
    await expect(result).rejects.toThrow(field);
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses a payload on a channel that takes none, and extra arguments', async () => {
    const ipc = fakeIpcMain();
    const fn = vi.fn(() => Promise.resolve(null));
    handle(ipc, location, 'recovery:read', fn);
    await expect(ipc.invoke('recovery:read', APP_URL, { path: '/etc/passwd' })).rejects.toThrow(
      /Invalid request for "recovery:read"/,
    );
    await expect(ipc.invoke('recovery:read', APP_URL, undefined, 'extra')).rejects.toThrow(
      /expected one argument/,
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it('an export accepts bytes as well as text', async () => {
    const ipc = fakeIpcMain();
    const fn = vi.fn(() => Promise.resolve({ status: 'canceled' as const }));
    handle(ipc, location, 'export:save', fn);
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await ipc.invoke('export:save', APP_URL, {
      suggestedName: 'r.pdf',
      filters: [],
      content: bytes,
    });
    expect(fn).toHaveBeenCalledWith({ suggestedName: 'r.pdf', filters: [], content: bytes });
  });
});

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract, each behind the checks', async () => {
    const ipc = fakeIpcMain();
    const reached: string[] = [];
    const route =
      <T>(value: T) =>
      (): Promise<T> => {
        reached.push('called');
        return Promise.resolve(value);
      };
    const routes: IpcRoutes = {
      'project:open': route({ status: 'canceled' }),
      'project:open-path': route({ status: 'canceled' }),
      'project:save': route({ status: 'canceled' }),
      'recent:list': route([]),
      'recovery:write': route(undefined),
      'recovery:read': route(null),
      'recovery:clear': route(undefined),
      'export:save': route({ status: 'canceled' }),
      'shell:open-external': route(undefined),
      'app:set-language': route(undefined),
      'workshop:start': route({ status: 'failed', message: { en: 'x', 'zh-CN': 'x' } }),
      'workshop:stop': route(undefined),
    };
    registerIpcHandlers(ipc, location, routes);
    expect(ipc.channels()).toEqual(Object.keys(ipcRequests).sort());
    await expect(ipc.invoke('project:open', 'https://evil.example/')).rejects.toThrow(/Refused/);
    await expect(ipc.invoke('shell:open-external', APP_URL, { url: 5 })).rejects.toThrow(/Invalid/);
    expect(reached).toEqual([]);
    await ipc.invoke('project:open', APP_URL);
    expect(reached).toEqual(['called']);
  });
});
