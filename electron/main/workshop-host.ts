import { resolve } from 'node:path';
import { localized } from '../../shared/i18n/localized.ts';
import type { IpcRequest, WorkshopStartResponse } from '../../shared/ipc-contract.ts';
import { WorkshopStartError } from '../../cli/workshop/start-error.ts';

/** The part of a running workshop server the desktop host uses (cli/workshop/server.ts). */
export type HostedWorkshop = {
  joinUrl: string;
  facilitatorUrl: string;
  host: string;
  port: number;
  close(): Promise<void>;
};

export type WorkshopHostDeps = {
  /** Starts the server (cli/workshop/server.ts `startWorkshopServer`, loaded when first used). */
  start(options: {
    file: string;
    host: string;
    port: number;
    staticDir: string;
  }): Promise<HostedWorkshop>;
  /** The built renderer the server serves to participants. */
  staticDir: string;
  /** The QR code of a URL as SVG. */
  qrSvg(url: string): Promise<string>;
  /** The port to try first (the CLI's default); 0 (any free port) if it is taken. */
  preferredPort?: number;
};

/** The desktop's "Start workshop": one workshop at a time, hosted by the main process. */
export type WorkshopHost = {
  start(request: IpcRequest<'workshop:start'>): Promise<WorkshopStartResponse>;
  stop(): Promise<void>;
};

/**
 * Hosts at most one live workshop in the main process. Starting the workshop that is already
 * running answers its URLs again; starting another project (or the same one with another
 * binding) stops the first — its file written — before the second starts. Effects come in as
 * `deps`, so this is tested without Electron.
 */
export function createWorkshopHost(deps: WorkshopHostDeps): WorkshopHost {
  let running: { key: string; response: WorkshopStartResponse; server: HostedWorkshop } | null =
    null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const stopNow = async () => {
    const current = running;
    running = null;
    if (current) await current.server.close();
  };

  const startNow = async ({
    path,
    lan,
  }: IpcRequest<'workshop:start'>): Promise<WorkshopStartResponse> => {
    const file = resolve(path);
    const key = `${file}\n${lan}`;
    if (running?.key === key) return running.response;
    await stopNow();
    const host = lan ? '0.0.0.0' : '127.0.0.1';
    let server: HostedWorkshop;
    try {
      const options = { file, host, staticDir: deps.staticDir };
      server = await deps
        .start({ ...options, port: deps.preferredPort ?? 1234 })
        .catch((error: unknown) => {
          if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
          return deps.start({ ...options, port: 0 });
        });
    } catch (error) {
      // A file that is not a project says so in both languages; anything else is reported as is.
      if (error instanceof WorkshopStartError) return { status: 'failed', message: error.text };
      const reason = error instanceof Error ? error.message : String(error);
      return {
        status: 'failed',
        message: localized(`The workshop did not start: ${reason}`, `研讨会未能启动：${reason}`),
      };
    }
    const response: WorkshopStartResponse = {
      status: 'started',
      path: file,
      joinUrl: server.joinUrl,
      facilitatorUrl: server.facilitatorUrl,
      qrSvg: await deps.qrSvg(server.joinUrl),
      host: server.host,
      port: server.port,
    };
    running = { key, response, server };
    return response;
  };

  return {
    start: (request) => serial(() => startNow(request)),
    stop: () => serial(stopNow),
  };
}
