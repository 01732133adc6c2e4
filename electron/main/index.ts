import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MENU_COMMAND_CHANNEL,
  OPEN_FROM_OS_CHANNEL,
  type MenuCommand,
  type RecentFile,
} from '../../shared/ipc-contract.ts';
import type { Language } from '../../shared/model/schema.ts';
import { createCloseAfterSave, unsavedChangesDialog, unsavedChoiceAt } from './close-guard.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { createDesktopService } from './ipc-routes.ts';
import {
  buildMenuModel,
  languageForCommand,
  languageFromLocale,
  toElectronTemplate,
  type MenuAction,
} from './menu.ts';
import { createPendingOpens, findProjectPathInArgv } from './open-file.ts';
import { createWorkerProjectReader } from './parse-in-worker.ts';
import { projectDialogFilters, readProjectFile } from './project-files.ts';
import { createWillQuitGuard } from './quit-guard.ts';
import { createRecentFilesStore } from './recent-files.ts';
import { createRecoveryStore } from './recovery.ts';
import { electronWatchdogEnv, watchRenderer } from './renderer-watchdog.ts';
import { createWorkshopHost } from './workshop-host.ts';
import {
  buildContentSecurityPolicy,
  denyWindowOpen,
  guardNavigation,
  isPermissionAllowed,
  openExternalUrl,
  parseExternalUrl,
  secureWebPreferences,
  withContentSecurityPolicy,
  type AppLocation,
} from './security.ts';

/*
 * The one file that touches Electron: it creates the window and wires the tested modules next
 * to it to the real app, dialogs, menu, shell and file system. Keep logic out of here.
 */

const APP_NAME = 'TraceReady';
// Placeholders until the project has a public site; both open in the user's browser.

const isDev = !app.isPackaged;
// A packaged app never loads a dev server, whatever the environment says.
const devServerUrl = isDev
  ? (parseExternalUrl(process.env.VITE_DEV_SERVER_URL)?.href ?? null)
  : null;
const rendererIndexPath = join(app.getAppPath(), 'dist', 'renderer', 'index.html');
const location: AppLocation = {
  rendererIndexUrl: pathToFileURL(rendererIndexPath).href,
  devServerUrl,
  platform: process.platform,
};
const preloadPath = join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
const openExternal = (url: string): Promise<void> => shell.openExternal(url);
const now = (): Date => new Date();

let mainWindow: BrowserWindow | null = null;
let isRendererReady = false;
let language: Language = 'en';
let recent: RecentFile[] = [];
const pendingOpens = createPendingOpens();
const closeAfterSave = createCloseAfterSave(Date.now);

// The live workshop server (and its native SQLite module) loads only when a workshop starts.
const workshop = createWorkshopHost({
  staticDir: dirname(rendererIndexPath),
  start: async (options) => {
    const { startWorkshopServer } = await import('../../cli/workshop/server.ts');
    return startWorkshopServer(options);
  },
  qrSvg: async (url) => (await import('../../cli/workshop/qr-text.ts')).qrSvg(url),
});

const userDataDir = app.getPath('userData');
const recentStore = createRecentFilesStore({ userDataDir, fs, now });
const service = createDesktopService({
  files: {
    fs,
    now,
    // Opening parses and validates in a worker thread: a large file never freezes the app.
    reader: createWorkerProjectReader(
      join(app.getAppPath(), 'dist', 'electron', 'project-reader-worker.cjs'),
      { fallback: (path) => readProjectFile(path, { fs, now }) },
    ),
  },
  recent: recentStore,
  recovery: createRecoveryStore({ userDataDir, fs, now }),
  openExternal,
  dialogs: {
    async chooseProjectToOpen() {
      const options: OpenDialogOptions = {
        properties: ['openFile'],
        filters: projectDialogFilters(language, 'open'),
      };
      // A sheet of the window on macOS, modal elsewhere; parentless only if no window exists.
      const result = await (mainWindow === null
        ? dialog.showOpenDialog(options)
        : dialog.showOpenDialog(mainWindow, options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseProjectSavePath: (defaultPath) =>
      chooseSavePath({ defaultPath, filters: projectDialogFilters(language, 'save') }),
    chooseExportPath: (defaultPath, filters) => chooseSavePath({ defaultPath, filters }),
  },
  onRecentChanged(list, path) {
    recent = list;
    // The OS keeps its own list too: Dock menu on macOS, jump list on Windows.
    if (path === null) app.clearRecentDocuments();
    else app.addRecentDocument(path);
    refreshMenu();
  },
  onLanguageChanged(next) {
    if (next === language) return;
    language = next;
    refreshMenu();
  },
  workshop,
  onSaveFinished(response) {
    const window = mainWindow;
    // destroy(), not close(): the project is saved, so the renderer's beforeunload must not ask
    // again while its dirty flag catches up with this very response.
    if (closeAfterSave.settle(response) && window) setImmediate(() => window.destroy());
  },
});

async function chooseSavePath(options: SaveDialogOptions): Promise<string | null> {
  const result = await (mainWindow === null
    ? dialog.showSaveDialog(options)
    : dialog.showSaveDialog(mainWindow, options));
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

function refreshMenu(): void {
  const model = buildMenuModel({
    platform: process.platform,
    language,
    isDev,
    appName: APP_NAME,
    recent,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(model, onMenuAction)));
}

function onMenuAction(action: MenuAction): void {
  switch (action.type) {
    case 'command':
      sendCommand(action.command);
      return;
    case 'open-recent':
      void openFromOs(action.path).catch(logError('open a recent project'));
      return;
    case 'clear-recent':
      void service.clearRecent().catch(logError('clear recent files'));
      return;
    case 'open-url':
      void openExternalUrl(action.url, openExternal).catch(logError('open link'));
      return;
  }
}

function sendCommand(command: MenuCommand): void {
  const next = languageForCommand(command);
  if (next !== null && next !== language) {
    language = next;
    refreshMenu();
  }
  if (mainWindow === null) {
    // macOS keeps the app alive with no window; any command starts with a fresh one.
    createWindow();
    return;
  }
  mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Opens a project the OS or the menu handed us, or queues it until the page can take it. */
async function openFromOs(path: string): Promise<void> {
  const window = mainWindow;
  if (window === null || !isRendererReady) {
    pendingOpens.push(path);
    if (window === null && app.isReady()) createWindow();
    return;
  }
  const response = await service.openFromUser(path);
  if (window.isDestroyed()) return;
  window.webContents.send(OPEN_FROM_OS_CHANNEL, response);
  if (window.isMinimized()) window.restore();
  window.focus();
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: APP_NAME,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  mainWindow = window;
  isRendererReady = false;
  const contents = window.webContents;
  const watchdogEnv = { userDataDir, language: () => language };
  watchRenderer(contents, electronWatchdogEnv(window, { dialog, app, shell }, watchdogEnv));

  window.once('ready-to-show', () => window.show());
  contents.on('will-navigate', (event) =>
    guardNavigation(event, event.url, location, openExternal),
  );
  contents.on('will-redirect', (event) =>
    guardNavigation(event, event.url, location, openExternal),
  );
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-prevent-unload', (event) => {
    // The renderer's beforeunload said "unsaved changes"; ask here, natively, in our words.
    const choice = unsavedChoiceAt(
      dialog.showMessageBoxSync(window, unsavedChangesDialog(language)),
    );
    if (choice === 'discard') {
      event.preventDefault(); // lets the close go ahead
    } else if (choice === 'save') {
      closeAfterSave.arm();
      contents.send(MENU_COMMAND_CHANNEL, 'file:save' satisfies MenuCommand);
    }
  });
  contents.on('did-finish-load', () => {
    isRendererReady = true;
    for (const path of pendingOpens.drain()) {
      void openFromOs(path).catch(logError('open a project from the OS'));
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  const loading =
    devServerUrl === null ? window.loadFile(rendererIndexPath) : window.loadURL(devServerUrl);
  void loading.catch(logError('load the renderer'));
  return window;
}

function logError(what: string): (error: unknown) => void {
  return (error) => console.error(`TraceReady could not ${what}:`, error);
}

function configureSession(): void {
  const policy = buildContentSecurityPolicy(devServerUrl);
  // Set as a header for every response; dist/renderer/index.html should carry the same policy
  // in a <meta> tag because file:// responses do not always pass through webRequest.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    isPermissionAllowed(permission),
  );
}

async function start(): Promise<void> {
  await app.whenReady();
  language = languageFromLocale(app.getLocale());
  configureSession();
  registerIpcHandlers(ipcMain, location, service.routes);
  recent = await recentStore.list();
  refreshMenu();
  createWindow();
}

// One running TraceReady: a second launch (double-click on another project) hands its argv
// to the first and exits, so a project is never open twice with two diverging saves.
if (app.requestSingleInstanceLock()) {
  if (process.platform === 'win32') app.setAppUserModelId('com.traceready.app');
  const launchPath = findProjectPathInArgv(process.argv, process.cwd());
  if (launchPath !== null) pendingOpens.push(launchPath);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = mainWindow;
    if (window !== null) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const path = findProjectPathInArgv(argv, workingDirectory);
    if (path !== null) void openFromOs(path).catch(logError('open a project from the OS'));
  });
  // macOS: double-click in Finder, drop on the Dock icon. May fire before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFromOs(path).catch(logError('open a project from the OS'));
  });
  // A running workshop writes its file and closes its connections before the app quits —
  // on will-quit, once every window (and its unsaved-changes prompt) has closed.
  app.on(
    'will-quit',
    createWillQuitGuard({
      stopWorkshop: () => workshop.stop(),
      quit: () => app.quit(),
      logError: logError('stop the workshop'),
    }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  start().catch((error: unknown) => {
    logError('start')(error);
    app.quit();
  });
} else {
  app.quit();
}
