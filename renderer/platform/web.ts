import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { localized } from '../../shared/i18n/localized.ts';
import { newId } from '../../shared/model/ids.ts';
import { parseProject } from '../../shared/model/parse.ts';
import { PROJECT_FILE_EXTENSION } from '../../shared/model/schema.ts';
import { serializeProject } from '../../shared/model/serialize.ts';
import type { FileRef } from '../store/document-slice.ts';
import {
  download,
  ensurePermission,
  isAbort,
  pickers,
  uploadFile,
  writeToHandle,
  type PickerOptions,
  type ProjectFileHandle,
} from './file-access.ts';
import { parseProjectOffThread } from './parse-project-off-thread.ts';
import { readProjectFile } from './read-project-file.ts';
import { isExternalUrl, type OpenResult, type Platform, type RecentEntry } from './platform.ts';

const RECENT_KEY = 'recent';
const RECOVERY_KEY = 'recovery';
const MAX_RECENT = 10;
const PROJECT_MIME = 'application/json';

/** A recent project as kept in IndexedDB: its file handle where the browser gives one,
 * and always the text last opened or saved, so it can be reopened even without a handle. */
type StoredRecent = RecentEntry & { handle?: ProjectFileHandle; text: string };
type StoredRecovery = { text: string; file: FileRef | null; savedAt: string };

const projectPickerTypes: PickerOptions['types'] = [
  {
    description: 'TraceReady project',
    accept: { [PROJECT_MIME]: [`.${PROJECT_FILE_EXTENSION}`, '.json'] },
  },
];

/**
 * The web platform: File System Access pickers where the browser has them (save in place),
 * upload and download elsewhere; recent projects and crash recovery in IndexedDB.
 */
export function createWebPlatform(database: UseStore = createStore('traceready', 'kv')): Platform {
  const handles = new Map<string, ProjectFileHandle>();
  // Set after a download save, whose success the page never learns: the recovery copy stays.
  let keepRecoveryOnce = false;

  const recentList = async () => (await get<StoredRecent[]>(RECENT_KEY, database)) ?? [];
  const remember = async (entry: StoredRecent) => {
    const others = (await recentList()).filter(
      (r) => r.id !== entry.id && !(r.handle === undefined && r.name === entry.name),
    );
    await set(RECENT_KEY, [entry, ...others].slice(0, MAX_RECENT), database);
  };

  const openFile = async (
    file: File,
    handle: ProjectFileHandle | undefined,
    id?: string,
  ): Promise<OpenResult> => {
    const read = await readProjectFile(file);
    if (!read.ok) return { status: 'invalid', fileName: file.name, errors: [read.error] };
    return openText(read.text, file.name, handle, id);
  };

  const openText = async (
    text: string,
    name: string,
    handle: ProjectFileHandle | undefined,
    id = newId(),
  ): Promise<OpenResult> => {
    const result = await parseProjectOffThread(text, name);
    if (result === 'cancelled') return { status: 'canceled' };
    if (!result.ok) return { status: 'invalid', fileName: name, errors: result.errors };
    if (handle) handles.set(id, handle);
    await remember({ id, name, openedAt: new Date().toISOString(), handle, text });
    return {
      status: 'opened',
      file: { id, name },
      document: result.document,
      notices: result.notices,
    };
  };

  const saveWithPicker = async (suggestedName: string, content: string) => {
    const showSave = pickers().showSaveFilePicker;
    if (!showSave) return null;
    const handle = await showSave({ suggestedName, types: projectPickerTypes });
    await writeToHandle(handle, content);
    return handle;
  };

  return {
    kind: 'web',
    async openProject() {
      const showOpen = pickers().showOpenFilePicker;
      try {
        if (showOpen) {
          const [handle] = await showOpen({ types: projectPickerTypes });
          if (!handle) return { status: 'canceled' };
          const file = await handle.getFile();
          return await openFile(file, handle);
        }
        const file = await uploadFile(`.${PROJECT_FILE_EXTENSION},.json`);
        if (!file) return { status: 'canceled' };
        return await openFile(file, undefined);
      } catch (error) {
        if (isAbort(error)) return { status: 'canceled' };
        throw error;
      }
    },
    async openRecent(entry) {
      const stored = (await recentList()).find((r) => r.id === entry.id);
      if (!stored) return { status: 'canceled' };
      if (stored.handle && (await ensurePermission(stored.handle, 'read'))) {
        const file = await stored.handle.getFile();
        return openFile(file, stored.handle, stored.id);
      }
      return openText(stored.text, stored.name, undefined, stored.id);
    },
    async saveProject({ document, target, suggestedName }) {
      const text = serializeProject(document);
      try {
        let handle = target ? handles.get(target.id) : undefined;
        if (handle && (await ensurePermission(handle, 'readwrite'))) {
          await writeToHandle(handle, text);
        } else {
          handle = (await saveWithPicker(target?.name ?? suggestedName, text)) ?? undefined;
        }
        if (handle) {
          keepRecoveryOnce = false;
          const id = target && handles.get(target.id) === handle ? target.id : newId();
          handles.set(id, handle);
          const file = { id, name: handle.name };
          await remember({ ...file, openedAt: new Date().toISOString(), handle, text });
          return { status: 'saved', file, isDownload: false };
        }
        const name = target?.name ?? suggestedName;
        const file = { id: target?.id ?? newId(), name };
        // A download cannot be confirmed (the user may cancel it or the disk may be full): keep
        // this version as the recovery copy, and do not let the next clear remove it.
        await set(RECOVERY_KEY, { text, file, savedAt: new Date().toISOString() }, database);
        keepRecoveryOnce = true;
        download(name, text, PROJECT_MIME);
        await remember({ ...file, openedAt: new Date().toISOString(), text });
        return { status: 'saved', file, isDownload: true };
      } catch (error) {
        if (isAbort(error)) return { status: 'canceled' };
        const reason = error instanceof Error ? error.message : String(error);
        return {
          status: 'failed',
          message: localized(
            `The browser refused to write the file: ${reason}`,
            `浏览器拒绝写入文件：${reason}`,
          ),
        };
      }
    },
    async listRecent() {
      return (await recentList()).map(({ id, name, openedAt }) => ({ id, name, openedAt }));
    },
    async writeRecovery({ document, file }) {
      const snapshot: StoredRecovery = {
        text: serializeProject(document),
        file,
        savedAt: new Date().toISOString(),
      };
      await set(RECOVERY_KEY, snapshot, database);
    },
    async readRecovery() {
      const snapshot = await get<StoredRecovery>(RECOVERY_KEY, database);
      if (!snapshot) return null;
      const result = parseProject(snapshot.text);
      if (!result.ok) {
        await del(RECOVERY_KEY, database);
        return null;
      }
      return { document: result.document, file: snapshot.file, savedAt: snapshot.savedAt };
    },
    clearRecovery: async () => {
      if (keepRecoveryOnce) {
        keepRecoveryOnce = false;
        return;
      }
      await del(RECOVERY_KEY, database);
    },
    async exportFile({ suggestedName, mimeType, content }) {
      try {
        const showSave = pickers().showSaveFilePicker;
        if (showSave) {
          const handle = await showSave({ suggestedName });
          await writeToHandle(handle, content);
          return { status: 'saved', name: handle.name };
        }
        download(suggestedName, content, mimeType);
        return { status: 'saved', name: suggestedName };
      } catch (error) {
        if (isAbort(error)) return { status: 'canceled' };
        const reason = error instanceof Error ? error.message : String(error);
        return {
          status: 'failed',
          message: localized(`Could not export: ${reason}`, `导出失败：${reason}`),
        };
      }
    },
    openExternal(url) {
      if (isExternalUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    setLanguage: () => Promise.resolve(), // no native menu in a browser
    onMenuCommand: () => () => {},
    onOpenFromOs: () => () => {},
    // A browser tab cannot host a server: the UI says to run `traceready serve` instead.
    workshop: null,
  };
}
