import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
  OPEN_FROM_OS_CHANNEL,
  menuCommands,
  type DesktopApi,
  type IpcChannel,
  type IpcRequest,
  type IpcResponses,
  type MenuCommand,
  type OpenResponse,
} from '../../shared/ipc-contract.ts';

/**
 * The preload: the only code with both a foot in the page and access to IPC. It exposes
 * exactly {@link DesktopApi} on `window.traceready` — one narrow function per channel, never
 * `ipcRenderer` or a generic invoke — so a compromised page can do no more than the app's own
 * UI could. It runs sandboxed, which is why it is bundled into one file (scripts/build-electron.mjs).
 */

/** Channels whose request is `undefined` are invoked with no argument. */
type InvokeArgs<C extends IpcChannel> = IpcRequest<C> extends undefined ? [] : [IpcRequest<C>];

async function invoke<C extends IpcChannel>(
  channel: C,
  ...request: InvokeArgs<C>
): Promise<IpcResponses[C]> {
  const response: unknown = await ipcRenderer.invoke(channel, ...request);
  // Main is the trusted side and answers with the contract's response type for the channel.
  return response as IpcResponses[C];
}

const isMenuCommand = (value: unknown): value is MenuCommand =>
  menuCommands.some((command) => command === value);

// Files opened from the OS can arrive before the page has subscribed (a double-click launch
// sends one as soon as the page loads). They wait here and go to the first subscriber.
const osOpenListeners = new Set<(response: OpenResponse) => void>();
const pendingOsOpens: OpenResponse[] = [];
ipcRenderer.on(OPEN_FROM_OS_CHANNEL, (_event: IpcRendererEvent, response: unknown) => {
  const opened = response as OpenResponse;
  if (osOpenListeners.size === 0) pendingOsOpens.push(opened);
  for (const listener of osOpenListeners) listener(opened);
});

const api = {
  kind: 'desktop',
  openProject: () => invoke('project:open'),
  openProjectPath: (path) => invoke('project:open-path', { path }),
  saveProject: (request) => invoke('project:save', request),
  listRecent: () => invoke('recent:list'),
  writeRecovery: (request) => invoke('recovery:write', request),
  readRecovery: () => invoke('recovery:read'),
  clearRecovery: () => invoke('recovery:clear'),
  exportFile: (request) => invoke('export:save', request),
  openExternal: (url) => invoke('shell:open-external', { url }),
  setLanguage: (language) => invoke('app:set-language', { language }),
  startWorkshop: (request) => invoke('workshop:start', request),
  stopWorkshop: () => invoke('workshop:stop'),
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  onOpenFromOs(listener) {
    osOpenListeners.add(listener);
    for (const response of pendingOsOpens.splice(0)) listener(response);
    return () => {
      osOpenListeners.delete(listener);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('traceready', api);
