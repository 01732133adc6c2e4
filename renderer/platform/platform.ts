import type { MenuCommand, WorkshopStartResponse } from '../../shared/ipc-contract.ts';
import type { Localized } from '../../shared/i18n/localized.ts';
import type { LocatedError } from '../../shared/model/located-error.ts';
import type { Language, ProjectDocument } from '../../shared/model/schema.ts';
import type { FileRef } from '../store/document-slice.ts';

/**
 * Everything the renderer needs from the machine it runs on, behind one interface with two
 * implementations: desktop (Electron preload bridge) and web (browser file pickers or
 * upload/download, IndexedDB). Components and the store never know which one they have.
 */
export type Platform = {
  kind: 'desktop' | 'web';
  openProject(): Promise<OpenResult>;
  openRecent(entry: RecentEntry): Promise<OpenResult>;
  /** Saves to `target`, or asks where (first save, Save As) when `target` is null. */
  saveProject(request: SaveRequest): Promise<SaveResult>;
  listRecent(): Promise<RecentEntry[]>;
  writeRecovery(snapshot: { document: ProjectDocument; file: FileRef | null }): Promise<void>;
  readRecovery(): Promise<RecoverySnapshot | null>;
  clearRecovery(): Promise<void>;
  exportFile(request: ExportRequest): Promise<ExportResult>;
  openExternal(url: string): Promise<void>;
  /** Tells the platform the UI language (the desktop's native menu follows it). */
  setLanguage(language: Language): Promise<void>;
  /** Native menu commands (desktop); the web has none and returns a no-op unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Projects opened from the OS (file association, second instance). */
  onOpenFromOs(listener: (result: OpenResult) => void): () => void;
  /** Hosting a live workshop: the desktop's main process can; a browser cannot (null). */
  workshop: WorkshopHost | null;
};

/** Starts and stops the live workshop server of a saved project (desktop main process). */
export type WorkshopHost = {
  start(request: { path: string; lan: boolean }): Promise<WorkshopStartResponse>;
  stop(): Promise<void>;
};

export type OpenResult =
  | { status: 'opened'; file: FileRef; document: ProjectDocument; notices: Localized[] }
  | { status: 'invalid'; fileName: string; errors: LocatedError[] }
  | { status: 'canceled' };

export type SaveRequest = {
  document: ProjectDocument;
  target: FileRef | null;
  suggestedName: string;
};

export type SaveResult =
  | { status: 'saved'; file: FileRef; isDownload: boolean }
  | { status: 'canceled' }
  | { status: 'failed'; message: Localized };

export type RecentEntry = { id: string; name: string; openedAt: string };

export type RecoverySnapshot = { document: ProjectDocument; file: FileRef | null; savedAt: string };

export type ExportRequest = {
  suggestedName: string;
  mimeType: string;
  content: string | Uint8Array<ArrayBuffer>;
};

export type ExportResult =
  | { status: 'saved'; name: string }
  | { status: 'canceled' }
  | { status: 'failed'; message: Localized };

/** Only http(s) links leave the app; anything else (file:, javascript:) is refused. */
export function isExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
