import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import * as Y from 'yjs';
import type { CliIo } from '../../../cli/io.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import type { Department, ProjectDocument } from '../../../shared/model/schema.ts';
import { serializeProject } from '../../../shared/model/serialize.ts';
import type { WorkshopRole } from '../../../shared/workshop/session.ts';
import { readDocumentFromYDoc, writeDocumentToYDoc } from '../../../shared/workshop/ydoc.ts';
import {
  startWorkshopServer,
  type WorkshopHandle,
  type WorkshopServerOptions,
} from '../../../cli/workshop/server.ts';
import { exampleDocument } from '../shared/fixtures.ts';

/**
 * Real workshop servers on port 0 and real Node HocuspocusProvider clients (the `ws` package as
 * the WebSocket, as Node 20 has none) for the workshop tests. Everything started here is closed
 * by `closeAll()` in afterEach.
 */

// `ws` ships no types here (@types/ws is not installed); the provider takes any constructor.
const WebSocketPolyfill = createRequire(import.meta.url)('ws') as unknown;

const cleanups: (() => Promise<void>)[] = [];

/**
 * Hocuspocus prints every connection it closes on a rejected message to console.error; the
 * tests provoke those on purpose. Other console errors still print.
 */
export function quietExpectedRejections(): void {
  const original = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const first = String(args[0]);
    if (first.startsWith('closing connection') || first.startsWith('[beforeHandleMessage]')) return;
    original(...args);
  });
}

export async function closeAll(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()!();
}

/**
 * The hooks of a file of live-server tests: expected rejections kept quiet, then everything
 * started closed and the console restored after each test.
 */
export function useLiveServerHooks(): void {
  beforeEach(quietExpectedRejections);
  afterEach(async () => {
    await closeAll();
    vi.restoreAllMocks();
  });
}

/** A fresh replica holding exactly what `source` would send over the wire. */
export function replicaOf(source: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  return copy;
}

/** The project a Y.Doc holds; throws with the first errors when it does not parse. */
export function read(ydoc: Y.Doc): ProjectDocument {
  const result = readDocumentFromYDoc(ydoc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.document;
}

/** The project in a file on disk (what the server wrote); throws when it does not parse. */
export async function fileDocument(file: string): Promise<ProjectDocument> {
  const parsed = parseProject(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.document;
}

/** The project the server's room holds now. */
export function serverDocument(server: TestServer): ProjectDocument {
  return read(server.handle.document);
}

/** A temp folder holding `plan.trplan` (the worked example unless given). */
export async function projectFile(doc: ProjectDocument = exampleDocument()): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ws-core-'));
  cleanups.unshift(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'plan.trplan');
  await writeFile(file, serializeProject(doc));
  return file;
}

/** The worked example with an id of its own, so its own room in a shared database. */
export const freshProjectFile = (): Promise<string> =>
  projectFile({ ...exampleDocument(), id: randomUUID() });

export type TestServer = { handle: WorkshopHandle; logs: string[] };

export async function startServer(
  file: string,
  options: Partial<WorkshopServerOptions> = {},
): Promise<TestServer> {
  const logs: string[] = [];
  const handle = await startWorkshopServer({
    file,
    port: 0,
    quietMs: 50,
    log: (message) => logs.push(message.en),
    ...options,
  });
  cleanups.push(() => handle.close());
  return { handle, logs };
}

export type Client = {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Stateless messages the server sent, parsed. */
  messages: { type: string; [key: string]: unknown }[];
  role(): Promise<WorkshopRole>;
  read(): ProjectDocument;
  /** Applies `edit` to the client's current document and writes it (one transaction). */
  edit(edit: (doc: ProjectDocument) => void): void;
  close(): void;
};

export async function connect(
  handle: Pick<WorkshopHandle, 'syncUrl' | 'roomId'>,
  payload: { token: string; name?: string; department?: Department },
  doc: Y.Doc = new Y.Doc(),
): Promise<Client> {
  const messages: Client['messages'] = [];
  const auth: { denied: string | null } = { denied: null };
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: handle.syncUrl,
    WebSocketPolyfill,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: handle.roomId,
    token: JSON.stringify(payload),
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      auth.denied = reason;
    },
    onStateless: ({ payload: text }) => {
      messages.push(JSON.parse(text) as Client['messages'][number]);
    },
  });
  provider.attach();
  let isClosed = false;
  const close = () => {
    if (isClosed) return;
    isClosed = true;
    provider.destroy();
    websocketProvider.destroy();
  };
  cleanups.push(() => Promise.resolve(close()));
  await until(() => provider.isSynced || auth.denied !== null, 'client synced');
  if (auth.denied !== null) {
    close();
    throw new Error(`authentication failed: ${auth.denied}`);
  }
  const client: Client = {
    provider,
    doc,
    messages,
    async role() {
      await until(() => messages.some((m) => m.type === 'traceready:role'), 'role message');
      return messages.find((m) => m.type === 'traceready:role')!.role as WorkshopRole;
    },
    read: () => read(doc),
    edit(edit) {
      const next = structuredClone(client.read());
      edit(next);
      writeDocumentToYDoc(doc, next, 'local');
    },
    close,
  };
  return client;
}

/** Waits until `condition` holds (polling), failing with `what` after `timeoutMs`. */
export async function until(
  condition: () => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until every client and the server hold the same document state. */
export async function converged(handle: WorkshopHandle, clients: Client[]): Promise<void> {
  const sv = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  await until(
    () => clients.every((c) => sv(c.doc) === sv(handle.document) && !c.provider.hasUnsyncedChanges),
    'convergence',
  );
}

/** A CLI io on the real file system that keeps what the command prints. */
export function captureIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    readText: (path) => readFile(path, 'utf8'),
    writeText: (path, text) => writeFile(path, text),
    writeBytes: (path, bytes) => writeFile(path, bytes),
    exists: () => Promise.resolve(true),
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
  };
}
