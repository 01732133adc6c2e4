import { localized, type Localized } from '../../../shared/i18n/localized.ts';
import { suggestedFileName } from '../../../shared/model/file-names.ts';
import type { Platform, SaveResult } from '../../platform/platform.ts';
import type { AppStore } from '../../store/app-store.ts';
import { selectIsDirty } from '../../store/selectors.ts';
import { errorPanelText } from './strings.ts';

/** What the error boundary needs from the platform adapter: the recovery area and save-as. */
export type CrashPlatform = Pick<Platform, 'writeRecovery' | 'saveProject'>;

/**
 * Writes the open project's unsaved changes to the recovery area at once, without waiting for
 * autosave's debounce: after a render error the next thing the user does may be a reload.
 * Resolves `null` when there was nothing to keep or the copy is written, else why it failed.
 */
export async function keepRecoveryCopy(
  store: AppStore,
  platform: CrashPlatform,
): Promise<Localized | null> {
  const state = store.getState();
  if (!state.doc || !selectIsDirty(state)) return null;
  try {
    await platform.writeRecovery({ document: state.doc, file: state.file });
    state.setLastAutosaveAt(new Date().toISOString());
    return null;
  } catch (error) {
    return errorPanelText.recoveryFailed(error instanceof Error ? error.message : String(error));
  }
}

/**
 * "Save a copy…": the open document, as it is, through the platform's Save As (`target: null`,
 * so the user picks a new place and the original file is never overwritten silently). The
 * store is not told: the open project keeps its file, its dirty state and its recovery copy.
 */
export async function saveCopy(store: AppStore, platform: CrashPlatform): Promise<SaveResult> {
  const { doc, language } = store.getState();
  if (!doc) return { status: 'canceled' };
  const title = doc.meta.title.trim() || 'TraceReady';
  try {
    return await platform.saveProject({
      document: doc,
      target: null,
      suggestedName: suggestedFileName(`${title} (${errorPanelText.copySuffix[language]})`),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', message: localized(reason, reason) };
  }
}

/**
 * The text behind "Copy details": enough for a bug report, nothing from the document (which
 * may hold a client's confidential answers).
 */
export function crashDetails(options: {
  error: unknown;
  componentStack: string | null;
  page: string;
  version: string;
  userAgent: string;
  at: Date;
}): string {
  const { error } = options;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error && error.stack ? error.stack : '';
  // V8's stack starts with the message; Firefox and Safari's does not.
  const body = stack.startsWith(message) ? [stack] : [message, '', stack];
  return [
    `TraceReady ${options.version} — render error on page "${options.page}"`,
    `Time: ${options.at.toISOString()}`,
    `Browser: ${options.userAgent}`,
    '',
    ...body,
    options.componentStack ? `\nComponent stack:${options.componentStack}` : '',
  ]
    .join('\n')
    .trim();
}

/** The one-line message shown in the panel (the stack stays in the details). */
export function crashMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
