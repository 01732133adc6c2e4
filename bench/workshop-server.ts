// One workshop server for the load test, in its own process so that its CPU time and memory are
// its own (the simulated participants run in the parent). Driven over the IPC channel of
// `fork`: it starts, sends `ready`, answers `usage` with process.cpuUsage/RSS, and closes on
// `close`.
import { startWorkshopServer } from '../cli/workshop/server.ts';
import { scaleOutOptions } from '../cli/workshop/scale-out.ts';
import { inertText } from '../shared/text/inert-text.ts';

export type ServerRequest = { kind: 'usage' } | { kind: 'close' };

export type ServerReply =
  | {
      kind: 'ready';
      port: number;
      roomId: string;
      syncUrl: string;
      participantToken: string;
      facilitatorToken: string;
    }
  | { kind: 'usage'; cpuMicros: number; rssBytes: number }
  | { kind: 'closed' };

/** How the parent configures the child: passed as one JSON argument. */
export type ServerConfig = { file: string; redis: string | null; database: string | null };

function send(reply: ServerReply): void {
  process.send?.(reply);
}

const config = JSON.parse(process.argv[2] ?? '{}') as ServerConfig;
// As `traceready serve --redis … --database …` starts it.
const scale = await scaleOutOptions(config.file, {
  ...(config.redis ? { redis: config.redis } : {}),
  ...(config.database ? { database: config.database } : {}),
});
const handle = await startWorkshopServer({
  file: config.file,
  port: 0,
  log: (message) => process.stderr.write(`server: ${inertText(message.en)}\n`),
  ...scale,
});
const { port, roomId, syncUrl, participantToken, facilitatorToken } = handle;
send({ kind: 'ready', port, roomId, syncUrl, participantToken, facilitatorToken });

process.on('message', (request: ServerRequest) => {
  if (request.kind === 'usage') {
    const { user, system } = process.cpuUsage();
    send({ kind: 'usage', cpuMicros: user + system, rssBytes: process.memoryUsage.rss() });
  } else {
    void handle.close().then(() => {
      // Exit once the parent has the reply, whatever sockets or timers are still open.
      process.send?.({ kind: 'closed' } satisfies ServerReply, () => process.exit(0));
    });
  }
});
