import * as fs from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopService } from '../../../electron/main/ipc-routes.ts';
import { createRecentFilesStore } from '../../../electron/main/recent-files.ts';
import {
  createWorkshopHost,
  type HostedWorkshop,
  type WorkshopHostDeps,
} from '../../../electron/main/workshop-host.ts';
import { qrSvg } from '../../../cli/workshop/qr-text.ts';
import { startWorkshopServer } from '../../../cli/workshop/server.ts';
import { closeAll, projectFile } from './core-support.ts';

/** The desktop's "Start workshop": the host in main and its IPC route, without Electron. */

const hosts: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  while (hosts.length > 0) await hosts.pop()!.stop();
  await closeAll();
});

type StartCall = Parameters<WorkshopHostDeps['start']>[0];

/** A host whose server is a recording fake (port 1234 taken when asked). */
function fakeHost(options: { isPortTaken?: boolean } = {}) {
  const calls: StartCall[] = [];
  const closed: string[] = [];
  const host = createWorkshopHost({
    staticDir: '/app/dist/renderer',
    qrSvg: (url) => Promise.resolve(`<svg>${url}</svg>`),
    start: (call): Promise<HostedWorkshop> => {
      calls.push(call);
      if (options.isPortTaken && call.port === 1234) {
        return Promise.reject(Object.assign(new Error('in use'), { code: 'EADDRINUSE' }));
      }
      if (call.file.endsWith('broken.trplan')) return Promise.reject(new Error('not a project'));
      return Promise.resolve({
        joinUrl: `http://${call.host}:${call.port || 4321}/?workshop=r&token=p-${calls.length}`,
        facilitatorUrl: `http://${call.host}:${call.port || 4321}/?workshop=r&token=f`,
        host: call.host,
        port: call.port || 4321,
        close: () => {
          closed.push(call.file);
          return Promise.resolve();
        },
      });
    },
  });
  hosts.push(host);
  return { host, calls, closed };
}

describe('the desktop workshop host', () => {
  it('starts one workshop, answers it again, and stops it before starting another', async () => {
    const { host, calls, closed } = fakeHost();
    const first = await host.start({ path: '/p/a.trplan', lan: false });
    expect(first).toMatchObject({
      status: 'started',
      host: '127.0.0.1',
      port: 1234,
    });
    expect(first.status === 'started' && first.qrSvg).toContain('<svg>http://127.0.0.1:1234/');
    expect(await host.start({ path: '/p/a.trplan', lan: false })).toEqual(first);
    expect(calls).toHaveLength(1);
    const lan = await host.start({ path: '/p/b.trplan', lan: true });
    expect(lan).toMatchObject({ status: 'started', host: '0.0.0.0' });
    expect(closed).toEqual(['/p/a.trplan']);
    await host.stop();
    expect(closed).toEqual(['/p/a.trplan', '/p/b.trplan']);
  });

  it('falls back to any free port when 1234 is taken, and reports a failure in both languages', async () => {
    const { host, calls } = fakeHost({ isPortTaken: true });
    expect(await host.start({ path: '/p/a.trplan', lan: false })).toMatchObject({ port: 4321 });
    expect(calls.map((c) => c.port)).toEqual([1234, 0]);
    const failed = await host.start({ path: '/p/broken.trplan', lan: false });
    expect(failed).toMatchObject({ status: 'failed' });
    if (failed.status === 'failed') expect(failed.message['zh-CN']).toContain('not a project');
  });

  it('reports a file that is not a project in Chinese too', async () => {
    const file = await projectFile();
    await fs.writeFile(file, '{"schemaVersion": 2, "id": "x"}');
    const host = createWorkshopHost({
      staticDir: dirname(file),
      qrSvg,
      preferredPort: 0,
      start: (options) => startWorkshopServer({ ...options, log: () => undefined }),
    });
    hosts.push(host);
    const failed = await host.start({ path: file, lan: false });
    expect(failed).toMatchObject({ status: 'failed' });
    if (failed.status === 'failed') {
      expect(failed.message.en).toContain('is not a valid project');
      expect(failed.message['zh-CN']).toContain('不是有效的项目文件');
    }
  });

  it('runs a real workshop whose join URL serves the web app without leaking the token', async () => {
    const file = await projectFile();
    const staticDir = join(dirname(file), 'renderer');
    await fs.mkdir(staticDir);
    await fs.writeFile(join(staticDir, 'index.html'), '<!doctype html><title>TraceReady</title>');
    const host = createWorkshopHost({
      staticDir,
      qrSvg,
      preferredPort: 0,
      start: (options) => startWorkshopServer({ ...options, log: () => undefined }),
    });
    hosts.push(host);
    const started = await host.start({ path: file, lan: false });
    if (started.status !== 'started') throw new Error('the workshop did not start');
    expect(started.qrSvg).toMatch(/^<svg/);
    const page = await get(started.joinUrl);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>TraceReady</title>');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    // A raw path that decodes to a way out of the folder (URL parsers would normalise it away).
    const origin = new URL(started.joinUrl).origin;
    const escape = await get(origin, '/..%2f..%2f..%2f..%2fetc%2fpasswd');
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('root:');
  }, 30_000);
});

describe('IPC workshop:start', () => {
  it('refuses a path main did not hand out (the server would write to it)', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'ws-core-ipc-'));
    const { host, calls } = fakeHost();
    const service = createDesktopService({
      files: { fs, now: () => new Date() },
      dialogs: {
        chooseProjectToOpen: () => Promise.resolve(null),
        chooseProjectSavePath: () => Promise.resolve(null),
        chooseExportPath: () => Promise.resolve(null),
      },
      recent: createRecentFilesStore({ userDataDir: dir, fs, now: () => new Date() }),
      recovery: {
        write: () => Promise.resolve(),
        read: () => Promise.resolve(null),
        clear: () => Promise.resolve(),
      },
      openExternal: () => Promise.resolve(),
      onRecentChanged: () => undefined,
      onSaveFinished: () => undefined,
      onLanguageChanged: () => undefined,
      workshop: host,
    });
    for (const path of ['/etc/passwd', join(dir, 'never-opened.trplan'), 'relative.trplan']) {
      const response = await service.routes['workshop:start']({ path, lan: false });
      expect(response.status).toBe('failed');
    }
    expect(calls).toEqual([]);
    const file = await projectFile();
    await service.openFromUser(file);
    expect(await service.routes['workshop:start']({ path: file, lan: false })).toMatchObject({
      status: 'started',
    });
    await fs.rm(dir, { recursive: true, force: true });
  });
});

function get(
  url: string,
  rawPath?: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath ?? pathname + search }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
      );
    })
      .on('error', reject)
      .end();
  });
}
