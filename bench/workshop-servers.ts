// Starting and driving the load test's server processes (bench/workshop-server.ts) from the
// parent, which hosts the simulated participants.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerConfig, ServerReply, ServerRequest } from './workshop-server.ts';

export type ServerProcess = {
  ready: Extract<ServerReply, { kind: 'ready' }>;
  /** Total CPU time (user + system, µs) and RSS (bytes) of the server process so far. */
  usage(): Promise<{ cpuMicros: number; rssBytes: number }>;
  /** Closes the server (it writes the project file) and waits for the process to end. */
  close(): Promise<void>;
};

function nextReply<K extends ServerReply['kind']>(
  child: ChildProcess,
  kind: K,
): Promise<Extract<ServerReply, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ServerReply) => {
      if (reply.kind !== kind) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(reply as Extract<ServerReply, { kind: K }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`the workshop server exited (code ${code}) before "${kind}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Forks one workshop server on `config.file` and waits until it listens. */
export async function startServerProcess(config: ServerConfig): Promise<ServerProcess> {
  const child = fork(
    fileURLToPath(new URL('./workshop-server.ts', import.meta.url)),
    [JSON.stringify(config)],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const ready = await nextReply(child, 'ready');
  const request = (message: ServerRequest) => child.send(message);
  return {
    ready,
    async usage() {
      const reply = nextReply(child, 'usage');
      request({ kind: 'usage' });
      const { cpuMicros, rssBytes } = await reply;
      return { cpuMicros, rssBytes };
    },
    async close() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      request({ kind: 'close' });
      await exited;
    },
  };
}
