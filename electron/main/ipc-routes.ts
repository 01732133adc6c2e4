import { basename, extname, isAbsolute, resolve } from 'node:path';
import { localized } from '../../shared/i18n/localized.ts';
import type {
  IpcRequest,
  OpenResponse,
  RecentFile,
  SaveResponse,
} from '../../shared/ipc-contract.ts';
import { PROJECT_FILE_EXTENSION, type Language } from '../../shared/model/schema.ts';
import { IpcRequestError, type IpcRoutes } from './ipc-handlers.ts';
import {
  hasProjectExtension,
  readProjectFile,
  refuseOpen,
  safeFileName,
  withExportExtension,
  withProjectExtension,
  writeExportFile,
  writeProjectFile,
  type ProjectFilesDeps,
} from './project-files.ts';
import type { RecentFilesStore } from './recent-files.ts';
import type { RecoveryStore } from './recovery.ts';
import { openExternalUrl } from './security.ts';
import type { WorkshopHost } from './workshop-host.ts';

/** Native dialogs, as functions that answer a path or `null` when the user cancels. */
export type DialogPorts = {
  chooseProjectToOpen(): Promise<string | null>;
  /** `defaultPath` is a file name or a full path the dialog starts from. */
  chooseProjectSavePath(defaultPath: string): Promise<string | null>;
  chooseExportPath(
    defaultName: string,
    filters: IpcRequest<'export:save'>['filters'],
  ): Promise<string | null>;
};

/** Everything the desktop service touches outside itself. */
export type DesktopServiceDeps = {
  files: ProjectFilesDeps;
  dialogs: DialogPorts;
  recent: RecentFilesStore;
  recovery: RecoveryStore;
  /** `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
  /** After the recent list changed: rebuild Open Recent, tell the OS. */
  onRecentChanged: (list: RecentFile[], path: string | null) => void;
  /** After every `project:save` (the close-after-save flow watches these). */
  onSaveFinished: (response: SaveResponse) => void;
  /** The renderer switched language: menus and dialogs follow. */
  onLanguageChanged: (language: Language) => void;
  /** The live workshop host (absent: the channel answers that it is not available). */
  workshop?: WorkshopHost;
};

/** What main does for the renderer (IPC routes) and for the OS and menu (open a path). */
export type DesktopService = {
  routes: IpcRoutes;
  /**
   * Opens a path the user chose outside the renderer: menu Open Recent, file association,
   * second instance, macOS `open-file`. These are trusted user gestures, so any path is read.
   */
  openFromUser(path: string): Promise<OpenResponse>;
  clearRecent(): Promise<void>;
};

/** Creates the routes for every IPC channel, plus the opener used by the menu and the OS. */
export function createDesktopService(deps: DesktopServiceDeps): DesktopService {
  // Paths main handed out this session: chosen in a dialog, or opened by the user (menu, OS,
  // recent list). `project:save` writes only these (and the recent list's) without a dialog.
  const handedOut = new Set<string>();
  const handOut = (path: string) => handedOut.add(resolve(path));
  const remember = async (path: string): Promise<void> => {
    try {
      deps.onRecentChanged(await deps.recent.add(path), path);
    } catch {
      // The recent list is a convenience: failing to record it must not fail the open or save.
    }
  };

  const openFromUser = async (path: string): Promise<OpenResponse> => {
    const response = await readProjectFile(path, deps.files);
    if (response.status === 'opened') {
      handOut(path);
      await remember(path);
    }
    return response;
  };

  const save = async (request: IpcRequest<'project:save'>): Promise<SaveResponse> => {
    let target = request.path;
    // An explicit path is only written if it is an absolute `.trplan` path that main handed out
    // (a dialog, a file the user opened, the recent list): a renderer must not be able to
    // overwrite arbitrary files, UNC paths included. Anything else — a `.json` short form, a
    // never-saved project, a path main never gave out — goes through the Save dialog.
    if (
      target === null ||
      !isAbsolute(target) ||
      !hasProjectExtension(target) ||
      !(await isSavePathHandedOut(target, handedOut, deps.recent))
    ) {
      const chosen = await deps.dialogs.chooseProjectSavePath(saveSuggestion(request));
      if (chosen === null) return { status: 'canceled' };
      // If the extension had to be added, the dialog's overwrite prompt checked another name;
      // the `.bak` copy still keeps whatever was there before.
      target = withProjectExtension(chosen);
      handOut(target);
    }
    const response = await writeProjectFile(target, request.document, deps.files);
    if (response.status === 'saved') await remember(target);
    return response;
  };

  const routes: IpcRoutes = {
    'project:open': async () => {
      const path = await deps.dialogs.chooseProjectToOpen();
      return path === null ? { status: 'canceled' } : openFromUser(path);
    },
    'project:open-path': async ({ path }) => {
      // A renderer re-opens by path only what main already handed out (a recent project, the
      // file a workshop wrote): opening grants saving without a dialog, so an arbitrary path
      // here would let a compromised page overwrite any .trplan file it can name.
      if (!isAbsolute(path) || !(await isSavePathHandedOut(path, handedOut, deps.recent))) {
        return refuseOpen(
          path,
          localized(
            `"${path}" was not opened: only recent projects open by path. Use File › Open… to choose the file.`,
            `未打开“${path}”：按路径只能打开最近的项目。请使用“文件 › 打开…”选择该文件。`,
          ),
        );
      }
      return openFromUser(path);
    },
    'project:save': async (request) => {
      const response = await save(request);
      deps.onSaveFinished(response);
      return response;
    },
    'recent:list': () => deps.recent.list(),
    'recovery:write': (request) => deps.recovery.write(request),
    'recovery:read': () => deps.recovery.read(),
    'recovery:clear': () => deps.recovery.clear(),
    'export:save': async ({ suggestedName, filters, content }) => {
      const chosen = await deps.dialogs.chooseExportPath(
        safeFileName(suggestedName, 'export'),
        filters,
      );
      if (chosen === null) return { status: 'canceled' };
      return writeExportFile(withExportExtension(chosen, filters), content, deps.files.fs);
    },
    'app:set-language': ({ language }) => {
      deps.onLanguageChanged(language);
      return Promise.resolve();
    },
    'workshop:start': async (request) => {
      const { path } = request;
      // The server reads and writes the file: only a saved project main handed out.
      if (
        !isAbsolute(path) ||
        !hasProjectExtension(path) ||
        !(await isSavePathHandedOut(path, handedOut, deps.recent))
      ) {
        return {
          status: 'failed',
          message: localized(
            `A workshop runs on a saved .${PROJECT_FILE_EXTENSION} project: save "${path}" first.`,
            `研讨会需在已保存的 .${PROJECT_FILE_EXTENSION} 项目上进行：请先保存“${path}”。`,
          ),
        };
      }
      if (!deps.workshop) {
        return {
          status: 'failed',
          message: localized(
            'Live workshops are not available in this build.',
            '此版本不提供现场研讨会。',
          ),
        };
      }
      return deps.workshop.start(request);
    },
    'workshop:stop': () => deps.workshop?.stop() ?? Promise.resolve(),
    'shell:open-external': async ({ url }) => {
      if (!(await openExternalUrl(url, deps.openExternal))) {
        throw new IpcRequestError(`Refused to open "${url}": only http and https links open.`);
      }
    },
  };

  return {
    routes,
    openFromUser,
    clearRecent: async () => {
      deps.onRecentChanged(await deps.recent.clear(), null);
    },
  };
}

/**
 * Whether main handed `path` out: chosen in a dialog or opened by the user this session, or on
 * the recent list. Only such paths are re-opened or written by path at the renderer's request.
 */
async function isSavePathHandedOut(
  path: string,
  handedOut: ReadonlySet<string>,
  recent: RecentFilesStore,
): Promise<boolean> {
  const normalised = resolve(path);
  if (handedOut.has(normalised)) return true;
  try {
    return (await recent.list()).some((file) => resolve(file.path) === normalised);
  } catch {
    return false;
  }
}

/** Where the Save dialog starts: next to the file being saved, or the suggested name. */
function saveSuggestion(request: IpcRequest<'project:save'>): string {
  if (request.path !== null && isAbsolute(request.path)) {
    const ext = extname(request.path);
    return withProjectExtension(ext === '' ? request.path : request.path.slice(0, -ext.length));
  }
  const fallback = request.path === null ? 'project' : basename(request.path);
  return withProjectExtension(
    safeFileName(request.suggestedName, safeFileName(fallback, 'project')),
  );
}
