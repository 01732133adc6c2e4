import { z } from 'zod';
import type { Localized } from './i18n/localized.ts';
import type { LocatedError } from './model/located-error.ts';
import { languages, type Language, type ProjectDocument } from './model/schema.ts';

/**
 * The one typed contract between the Electron main process and the renderer. Channel names
 * are `domain:verb`. Request payloads are parsed in main with the schemas below (the renderer
 * is never trusted); responses are typed here and produced by main.
 *
 * The preload exposes exactly {@link DesktopApi} (`satisfies DesktopApi`); nothing else.
 */

/** Longest path main accepts from the renderer; real paths are far shorter. */
const filePath = z.string().min(1).max(4096);

/** Project documents cross IPC as plain objects and are re-validated by `parseProjectValue`. */
const projectPayload = z.record(z.string(), z.unknown());

export const exportFilters = z
  .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().max(16)).max(10) }))
  .max(10);

export const ipcRequests = {
  'project:open': z.undefined(),
  'project:open-path': z.object({ path: filePath }),
  'project:save': z.object({
    /** `null` asks main to show a Save dialog (first save, or Save As). */
    path: filePath.nullable(),
    suggestedName: z.string().max(255),
    document: projectPayload,
  }),
  'recent:list': z.undefined(),
  'recovery:write': z.object({ path: filePath.nullable(), document: projectPayload }),
  'recovery:read': z.undefined(),
  'recovery:clear': z.undefined(),
  'export:save': z.object({
    suggestedName: z.string().min(1).max(255),
    filters: exportFilters,
    /** UTF-8 text, or bytes for binary formats (PDF, PNG, xlsx). */
    content: z.union([z.string().max(200 * 1024 * 1024), z.instanceof(Uint8Array)]),
  }),
  'shell:open-external': z.object({ url: z.string().max(2048) }),
  /** The renderer's UI language, so the native menu and dialogs speak it too. */
  'app:set-language': z.object({ language: z.enum(languages) }),
  /**
   * Start a live workshop on the open, saved project (main hosts the server). `lan: true` binds
   * every interface so phones on the LAN can join; otherwise this computer only (127.0.0.1).
   */
  'workshop:start': z.object({ path: filePath, lan: z.boolean() }),
  /** Stop the running workshop (the file is written first). */
  'workshop:stop': z.undefined(),
} as const;

export type IpcChannel = keyof typeof ipcRequests;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequests)[C]>;

export type RecentFile = { path: string; name: string; openedAt: string };

export type OpenResponse =
  | { status: 'opened'; path: string; document: ProjectDocument; notices: Localized[] }
  | { status: 'invalid'; path: string; errors: LocatedError[] }
  | { status: 'canceled' };

export type SaveResponse =
  | { status: 'saved'; path: string; savedAt: string }
  | { status: 'canceled' }
  | { status: 'failed'; message: Localized };

export type RecoverySnapshot = { path: string | null; savedAt: string; document: ProjectDocument };

export type ExportResponse =
  | { status: 'saved'; path: string }
  | { status: 'canceled' }
  | { status: 'failed'; message: Localized };

/** A running live workshop, as the desktop app shows it (see cli/workshop/README.md). */
export type WorkshopStartResponse =
  | {
      status: 'started';
      path: string;
      /** For participants (shown with the QR code). */
      joinUrl: string;
      /** For the facilitator: the app opens it in the browser or shows it. */
      facilitatorUrl: string;
      /** The join URL's QR code as an SVG document. */
      qrSvg: string;
      /** The bound address: `127.0.0.1` (this computer) or `0.0.0.0` (the LAN). */
      host: string;
      port: number;
    }
  | { status: 'failed'; message: Localized };

/** What each channel answers. */
export type IpcResponses = {
  'project:open': OpenResponse;
  'project:open-path': OpenResponse;
  'project:save': SaveResponse;
  'recent:list': RecentFile[];
  'recovery:write': void;
  'recovery:read': RecoverySnapshot | null;
  'recovery:clear': void;
  'export:save': ExportResponse;
  'shell:open-external': void;
  'app:set-language': void;
  'workshop:start': WorkshopStartResponse;
  'workshop:stop': void;
};

/** Commands the native menu sends to the renderer (main → renderer, `menu:command`). */
export const menuCommands = [
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'edit:undo',
  'edit:redo',
  'view:language-zh-CN',
  'view:language-en',
  'view:toggle-dark',
  'help:about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** Main → renderer event channels. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
/** A file opened from the OS (file association, second instance, command line). */
export const OPEN_FROM_OS_CHANNEL = 'project:opened-from-os';

/** The API the preload exposes on `window.traceready`. */
export type DesktopApi = {
  kind: 'desktop';
  openProject(): Promise<OpenResponse>;
  openProjectPath(path: string): Promise<OpenResponse>;
  saveProject(request: IpcRequest<'project:save'>): Promise<SaveResponse>;
  listRecent(): Promise<RecentFile[]>;
  writeRecovery(request: IpcRequest<'recovery:write'>): Promise<void>;
  readRecovery(): Promise<RecoverySnapshot | null>;
  clearRecovery(): Promise<void>;
  exportFile(request: IpcRequest<'export:save'>): Promise<ExportResponse>;
  openExternal(url: string): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  startWorkshop(request: IpcRequest<'workshop:start'>): Promise<WorkshopStartResponse>;
  stopWorkshop(): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFromOs(listener: (response: OpenResponse) => void): () => void;
};
