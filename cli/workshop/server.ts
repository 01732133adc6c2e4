import { Server, type Extension } from '@hocuspocus/server';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type * as Y from 'yjs';
import { localized, type Localized } from '../../shared/i18n/localized.ts';
import { decodeProjectBytes } from '../../shared/model/decode-bytes.ts';
import { formatLocatedError } from '../../shared/model/located-error.ts';
import { parseProject } from '../../shared/model/parse.ts';
import type { ProjectDocument } from '../../shared/model/schema.ts';
import { inertText } from '../../shared/text/inert-text.ts';
import { participantRater } from '../../shared/workshop/participant-rater.ts';
import type { WorkshopRole } from '../../shared/workshop/session.ts';
import { readDocumentFromYDoc, writeDocumentToYDoc } from '../../shared/workshop/ydoc.ts';
import {
  CONTEXT_KEY,
  DEFAULT_LIMITS,
  TokenBucket,
  connectionStateOf,
  type ConnectionState,
  type WorkshopLimits,
} from './connection-state.ts';
import { createFileSync, type FileSync } from './file-sync.ts';
import { RoomGuard } from './guard.ts';
import { SERVER_ORIGIN, loadRoom, rememberWrittenFile } from './room.ts';
import { settle } from './settle.ts';
import { WorkshopStartError } from './start-error.ts';
import { serveStatic } from './static-files.ts';
import { sqlitePathFor, sqliteStore, type WorkshopStore } from './store.ts';
import {
  newRoomSecrets,
  parseRoomSecrets,
  parseTokenPayload,
  tokenMatches,
  type RoomSecrets,
} from './tokens.ts';

export type { WorkshopStore } from './store.ts';
export type { WorkshopLimits } from './connection-state.ts';
export type { RoomSecrets } from './tokens.ts';
export { WorkshopStartError } from './start-error.ts';

/** The path of the Hocuspocus WebSocket endpoint on the workshop server. */
export const SYNC_PATH = '/sync';

export type WorkshopServerOptions = {
  /** The `.trplan` file: loaded at start, written back after every quiet second and on close. */
  file: string;
  /** Default 1234; 0 picks any free port. */
  port?: number;
  /** The address to bind; default 127.0.0.1 (this computer only). `0.0.0.0`: the LAN. */
  host?: string;
  /** The host name in the printed URLs; default the host, or this machine's LAN address. */
  publicHost?: string;
  /** The built web app (dist/renderer); without it the server answers 503 for pages. */
  staticDir?: string;
  /** Default: SQLite next to the file (`<file>.workshop.sqlite`). */
  store?: WorkshopStore;
  /** More Hocuspocus extensions (Redis scale-out). */
  extensions?: Extension[];
  /** Quiet time before the file is written, ms (default 1000). */
  quietMs?: number;
  limits?: Partial<WorkshopLimits>;
  /**
   * The room id and tokens. Default: kept in the store across a crash, new after a clean stop.
   * Several server processes of one room (Redis scale-out) must be given the same secrets.
   */
  secrets?: RoomSecrets;
  /**
   * Where the server reports rejected updates and write problems, in both languages. The lines
   * hold participants' names and document text: print them through `inertText`. Default: stderr,
   * in English, made inert.
   */
  log?: (message: Localized) => void;
};

export type WorkshopHandle = {
  roomId: string;
  /** For participants: `http://<host>:<port>/?workshop=<roomId>&token=<participantToken>`. */
  joinUrl: string;
  /** For the facilitator: the same with the facilitator's token. */
  facilitatorUrl: string;
  /** `ws://<host>:<port>/sync`: the Hocuspocus endpoint. */
  syncUrl: string;
  port: number;
  /** The bound address. */
  host: string;
  participantToken: string;
  facilitatorToken: string;
  /** The room's Y.Doc on the server (tests, benchmarks). */
  document: Y.Doc;
  /** Writes the file now if anything is unwritten. */
  flush(): Promise<void>;
  /** Writes the file, closes every connection, the HTTP server and the store. */
  close(): Promise<void>;
};

const SECRETS_KEY = 'room';

async function readProject(file: string): Promise<{ document: ProjectDocument; text: string }> {
  const decoded = decodeProjectBytes(await readFile(file));
  if (!decoded.ok) throw new WorkshopStartError(decoded.error.message);
  const parsed = parseProject(decoded.text);
  if (!parsed.ok) {
    const en = parsed.errors.slice(0, 3).map((e) => formatLocatedError(e, 'en'));
    const zh = parsed.errors.slice(0, 3).map((e) => formatLocatedError(e, 'zh-CN'));
    throw new WorkshopStartError(
      localized(
        `${file} is not a valid project: ${en.join('; ')}`,
        `${file} 不是有效的项目文件：${zh.join('；')}`,
      ),
    );
  }
  return { document: parsed.document, text: decoded.text };
}

async function roomSecrets(store: WorkshopStore): Promise<RoomSecrets> {
  const saved = parseRoomSecrets(await store.readMeta?.(SECRETS_KEY));
  if (saved) return saved;
  // None, or a damaged value: new secrets.
  const secrets = newRoomSecrets();
  await store.writeMeta?.(SECRETS_KEY, JSON.stringify(secrets));
  return secrets;
}

const isWildcard = (host: string) => host === '0.0.0.0' || host === '::';

/** The first non-internal IPv4 address of this machine (what phones on the LAN can reach). */
export function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** A rejection Hocuspocus turns into closing the one connection (code 4403). */
const forbidden = (reason: string) => Object.assign(new Error(reason), { code: 4403, reason });

/**
 * Starts a live workshop server for one project file: the web app and the Hocuspocus sync
 * endpoint (`/sync`) from one HTTP server, one room holding the document. See
 * cli/workshop/README.md for the protocol.
 */
export async function startWorkshopServer(options: WorkshopServerOptions): Promise<WorkshopHandle> {
  const host = options.host ?? '127.0.0.1';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log =
    options.log ?? ((message: Localized) => process.stderr.write(`${inertText(message.en)}\n`));
  const project = await readProject(options.file);
  const store = options.store ?? sqliteStore(sqlitePathFor(options.file));
  const secrets = options.secrets ?? (await roomSecrets(store));
  let guard: RoomGuard | undefined;
  // Known once the server listens (its port), before any client can connect.
  const urls = { joinUrl: '' };
  let fileSync: FileSync | undefined;

  const core: Extension = {
    extensionName: 'traceready-workshop',
    async onRequest({ request, response }) {
      await serveStatic(options.staticDir, request, response);
      // An empty rejection tells Hocuspocus the request is answered.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject();
    },
    async onUpgrade({ request, socket }) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === SYNC_PATH) return;
      (socket as { destroy(): void }).destroy();
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject();
    },
    onAuthenticate: ({ token, documentName }) =>
      settle(() => {
        if (documentName !== secrets.roomId) throw forbidden('unknown-room');
        const payload = parseTokenPayload(token);
        if (!payload) throw forbidden('invalid-token');
        const state = (role: WorkshopRole, name: string): Record<string, ConnectionState> => ({
          [CONTEXT_KEY]: {
            role,
            name,
            bucket: new TokenBucket(limits.messagesPerSecond, limits.burst),
            awareness: {},
          },
        });
        if (tokenMatches(payload.token, secrets.facilitatorToken)) {
          return state({ kind: 'facilitator' }, payload.name ?? '');
        }
        if (tokenMatches(payload.token, secrets.participantToken)) {
          if (!payload.name || !payload.department) throw forbidden('name-and-department-required');
          const role: WorkshopRole = {
            kind: 'participant',
            raterId: '',
            name: payload.name,
            department: payload.department,
          };
          return state(role, payload.name);
        }
        throw forbidden('invalid-token');
      }),
    async onLoadDocument({ document, documentName }) {
      if (documentName !== secrets.roomId) throw forbidden('unknown-room');
      await loadRoom({
        document,
        roomId: secrets.roomId,
        store,
        fileDocument: project.document,
        fileText: project.text,
        warn: log,
      });
      guard = new RoomGuard(document);
      fileSync = createFileSync({
        file: options.file,
        document,
        quietMs: options.quietMs ?? 1000,
        warn: log,
        initialText: project.text,
        onWritten: (text) => void rememberWrittenFile(store, text),
      });
      const sync = fileSync;
      document.on('update', () => sync.changed());
      // A resumed room (after a crash) may hold edits the file has not: write them too.
      sync.changed();
    },
    connected: ({ context, connection }) =>
      settle(() => {
        const state = connectionStateOf(context);
        if (!state) return;
        if (state.role.kind === 'participant' && state.role.raterId === '') {
          const document = connection.document;
          const current = readDocumentFromYDoc(document);
          const assigned = current.ok
            ? participantRater(current.document, state.role.name, state.role.department)
            : null;
          if (!assigned) {
            connection.close({ code: 4403, reason: 'no-rater-available' });
            return;
          }
          if (current.ok && assigned.document !== current.document) {
            writeDocumentToYDoc(document, assigned.document, SERVER_ORIGIN);
          }
          state.role = { ...state.role, raterId: assigned.raterId };
        }
        // The facilitator's page shows the participants' link and QR code: it gets the join URL.
        const joinUrl = state.role.kind === 'facilitator' ? urls.joinUrl : undefined;
        connection.sendStateless(
          JSON.stringify({ type: 'traceready:role', role: state.role, joinUrl }),
        );
      }),
    beforeHandleMessage: ({ update, context, connection }) =>
      settle(() => {
        const state = connectionStateOf(context);
        if (!state || !guard) throw forbidden('not-authenticated');
        const maxBytes =
          state.role.kind === 'participant'
            ? limits.maxParticipantMessageBytes
            : limits.maxMessageBytes;
        if (update.byteLength > maxBytes) throw forbidden('message-too-large');
        if (!state.bucket.take()) throw forbidden('rate-limited');
        const verdict = guard.checkMessage(update, state.role, state.awareness);
        if (verdict.ok) return;
        const who = state.name || state.role.kind;
        const first = verdict.errors[0];
        const why = (language: keyof Localized) =>
          first ? formatLocatedError(first, language) : '';
        log(
          localized(
            `rejected an update from ${who}: ${why('en')}`,
            `已拒绝来自 ${who} 的更新：${why('zh-CN')}`,
          ),
        );
        connection.sendStateless(
          JSON.stringify({ type: 'traceready:rejected', errors: verdict.errors.slice(0, 5) }),
        );
        throw forbidden('update-rejected');
      }),
  };

  const server = new Server(
    {
      name: 'traceready',
      port: options.port ?? 1234,
      address: host,
      quiet: true,
      stopOnSignals: false,
      extensions: [core, ...(options.extensions ?? [])],
    },
    { maxPayload: limits.maxMessageBytes },
  );
  try {
    // Hocuspocus' listen() has no error handler: a taken port would be an uncaught 'error'.
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.listen().then(() => {
        server.httpServer.off('error', reject);
        resolve();
      }, reject);
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const direct = await server.hocuspocus.openDirectConnection(secrets.roomId, {});
  const document = direct.document;
  if (!document) throw new Error('the workshop room did not load');
  const port = (server.httpServer.address() as AddressInfo).port;
  const shown = urlHost(options.publicHost ?? (isWildcard(host) ? lanAddress() : host));
  const base = `http://${shown}:${port}/?workshop=${encodeURIComponent(secrets.roomId)}&token=`;
  let closing: Promise<void> | undefined;
  urls.joinUrl = base + encodeURIComponent(secrets.participantToken);

  return {
    roomId: secrets.roomId,
    joinUrl: urls.joinUrl,
    facilitatorUrl: base + encodeURIComponent(secrets.facilitatorToken),
    syncUrl: `ws://${shown}:${port}${SYNC_PATH}`,
    port,
    host,
    participantToken: secrets.participantToken,
    facilitatorToken: secrets.facilitatorToken,
    document,
    flush: () => fileSync?.flush() ?? Promise.resolve(),
    close() {
      closing ??= (async () => {
        await fileSync?.flush();
        fileSync?.stop();
        guard?.dispose();
        await direct.disconnect();
        await server.destroy();
        // A clean stop ends the room: the next start has new tokens (a crash keeps them).
        if (!options.secrets) await store.writeMeta?.(SECRETS_KEY, '');
        await store.close();
      })();
      return closing;
    },
  };
}
