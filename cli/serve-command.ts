import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import type { Language } from '../shared/model/schema.ts';
import { inertText } from '../shared/text/inert-text.ts';
import { EXIT, type CliIo } from './io.ts';
import { qrText } from './workshop/qr-text.ts';
import {
  WorkshopStartError,
  startWorkshopServer,
  type WorkshopHandle,
  type WorkshopServerOptions,
} from './workshop/server.ts';
import { scaleOutOptions, type ScaleOutFlags } from './workshop/scale-out.ts';
import { sqlitePathFor } from './workshop/store.ts';

/** The built web app next to the CLI's sources (`npm run build:renderer`). */
export const defaultStaticDir = (): string | undefined => {
  const dir = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
  return existsSync(`${dir}index.html`) ? dir : undefined;
};

/** Resolves when the user stops the server: Ctrl+C (SIGINT) or SIGTERM. */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export type ServeOptions = {
  port?: string;
  host?: string;
  qr?: boolean;
  language: Language;
} & ScaleOutFlags;

export type ServeDeps = {
  start?: (options: WorkshopServerOptions) => Promise<WorkshopHandle>;
  /** Resolves when the server should stop (default: Ctrl+C); gets the running handle. */
  untilStopped?: (handle: WorkshopHandle) => Promise<void>;
  staticDir?: string;
};

const isLocalOnly = (host: string) =>
  host === '127.0.0.1' || host === 'localhost' || host === '::1';

/**
 * `traceready serve <file>`: runs a live workshop on the project until Ctrl+C — prints the
 * address it binds, the participants' join URL with its QR code and the facilitator's URL; the
 * file is written after every quiet second and when the server stops.
 */
export async function serveCommand(
  file: string,
  options: ServeOptions,
  io: CliIo,
  deps: ServeDeps = {},
): Promise<number> {
  const { language } = options;
  const say = (text: Localized) => io.out(text[language]);
  const port = options.port === undefined ? 1234 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(localized(`Invalid port: ${options.port}`, `端口无效：${options.port}`)[language]);
    return EXIT.usage;
  }
  const host = options.host ?? '127.0.0.1';
  const staticDir = deps.staticDir ?? defaultStaticDir();
  let handle: WorkshopHandle;
  try {
    const scale = await scaleOutOptions(file, options); // --redis, --database
    // Participants' names and document text reach the terminal: printed inert, in the CLI's language.
    const log: WorkshopServerOptions['log'] = (message) => io.err(inertText(message[language]));
    const start = deps.start ?? startWorkshopServer;
    handle = await start({ file, port, host, staticDir, log, ...scale });
  } catch (error) {
    if (error instanceof WorkshopStartError) {
      io.err(error.text[language]);
      return EXIT.invalid;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.err(
      localized(`Cannot start the workshop: ${reason}`, `无法启动研讨会：${reason}`)[language],
    );
    return EXIT.invalid;
  }
  say(localized(`TraceReady live workshop — ${file}`, `TraceReady 现场研讨会 — ${file}`));
  say(
    isLocalOnly(host)
      ? localized(
          `Listening on ${host}:${handle.port} — this computer only. To let others join over the LAN: --host 0.0.0.0`,
          `监听 ${host}:${handle.port} — 仅限本机。要让局域网内的其他人加入：--host 0.0.0.0`,
        )
      : localized(
          `Listening on ${host}:${handle.port} — open to the network; anyone with the join link can take part.`,
          `监听 ${host}:${handle.port} — 已向网络开放；拿到加入链接的人都可以参与。`,
        ),
  );
  if (!staticDir) {
    say(
      localized(
        'The web app is not built (npm run build:renderer): the join page will not load until it is.',
        '网页应用尚未构建（npm run build:renderer）：构建之前加入页面无法打开。',
      ),
    );
  }
  io.out('');
  say(localized('Participants — open or scan:', '参与者 — 打开或扫码：'));
  io.out(`  ${handle.joinUrl}`);
  if (options.qr !== false) io.out(qrText(handle.joinUrl));
  io.out('');
  say(localized('Facilitator (keep this link to yourself):', '主持人（此链接请勿外传）：'));
  io.out(`  ${handle.facilitatorUrl}`);
  io.out('');
  const resumable = options.database ? 'PostgreSQL (--database)' : sqlitePathFor(file);
  say(
    localized(
      `Saved to ${file} after every quiet second and when you stop (Ctrl+C); resumable state in ${resumable}.`,
      `每静默一秒及停止（Ctrl+C）时保存到 ${file}；可恢复的状态在 ${resumable}。`,
    ),
  );
  await (deps.untilStopped ?? untilSignal)(handle);
  await handle.close();
  say(localized(`Stopped; ${file} is saved.`, `已停止；${file} 已保存。`));
  return EXIT.ok;
}
