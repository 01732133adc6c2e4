import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { localized, type Localized } from '../../shared/i18n/localized.ts';
import type { ProjectDocument } from '../../shared/model/schema.ts';
import { writeDocumentToYDoc } from '../../shared/workshop/ydoc.ts';
import type { WorkshopStore } from './store.ts';

/** Transaction origin of the server's own edits (loading, participants' raters). */
export const SERVER_ORIGIN = 'traceready:server';

/** Meta key of the hash of the file text the server last wrote. */
const FILE_HASH_KEY = 'fileHash';

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Fills a room's Y.Doc when it loads, then persists every update:
 * - the store's updates (a restart resumes with every acknowledged edit, and keeps the CRDT
 *   history so reconnecting clients merge instead of duplicating);
 * - the project file on top of them when there is no stored state, or when the file changed
 *   since the server last wrote it (edited while no server ran): written as a minimal diff, so
 *   it merges with the stored history;
 * - from then on, each update is handed to the store as it happens — with the SQLite store it is
 *   committed before Hocuspocus acknowledges it to the client.
 */
export async function loadRoom(options: {
  document: Y.Doc;
  roomId: string;
  store: WorkshopStore;
  fileDocument: ProjectDocument;
  fileText: string;
  warn: (message: Localized) => void;
}): Promise<void> {
  const { document, roomId, store, fileDocument, fileText, warn } = options;
  const stored = await store.load(roomId);
  if (stored) Y.applyUpdate(document, stored, SERVER_ORIGIN);
  document.on('update', (update: Uint8Array) => {
    store.store(roomId, update).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      warn(localized(`could not store an update: ${reason}`, `无法保存一项更新：${reason}`));
    });
  });
  const lastWritten = (await store.readMeta?.(FILE_HASH_KEY)) ?? null;
  if (!stored || (lastWritten !== null && lastWritten !== textHash(fileText))) {
    writeDocumentToYDoc(document, fileDocument, SERVER_ORIGIN);
  }
}

/** Records the text just written to the file (see {@link loadRoom}). */
export async function rememberWrittenFile(store: WorkshopStore, text: string): Promise<void> {
  await store.writeMeta?.(FILE_HASH_KEY, textHash(text));
}
