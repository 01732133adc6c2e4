import type { App, BrowserWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import { join } from 'node:path';
import { localized } from '../../shared/i18n/localized.ts';
import type { Language } from '../../shared/model/schema.ts';
import { RECOVERY_DIR_NAME } from './recovery.ts';

/*
 * A crashed or hung renderer. Electron reports a dead page with `render-process-gone` and a
 * page that stopped answering with `unresponsive` (then `responsive` if it recovers). We ask the
 * user natively what to do. Reloading is safe: autosave keeps a recovery copy a second behind
 * every edit (recovery.ts), and the reloaded page offers it (useRecoveryPrompt). A page that
 * dies again at once is not reloaded again — that would be a crash loop.
 */

/** What the user can do; each dialog offers a subset, in this order. */
export type WatchdogChoice = 'reload' | 'wait' | 'quit' | 'open-recovery-folder';

/** A dialog as data: the options for `dialog.showMessageBox` and what each button means. */
export type WatchdogDialog = {
  options: MessageBoxOptions & { buttons: string[]; cancelId: number; defaultId: number };
  choices: WatchdogChoice[];
};

/** Two crashes this close together (ms) mean reloading does not help: stop offering it. */
export const CRASH_LOOP_WINDOW_MS = 60_000;

/** `render-process-gone` reasons that reloading cannot fix (Electron `RenderProcessGoneDetails`). */
const HOPELESS_REASONS: readonly string[] = ['launch-failed', 'integrity-failure'];

const text = {
  crashedTitle: localized('TraceReady window stopped', 'TraceReady 窗口已停止'),
  crashed: localized('The TraceReady window stopped working.', 'TraceReady 窗口停止工作了。'),
  crashedAgain: localized(
    'The TraceReady window stopped working again.',
    'TraceReady 窗口再次停止工作。',
  ),
  reason: (reason: string) => localized(`Reason: ${reason}.`, `原因：${reason}。`),
  reloadDetail: localized(
    'Unsaved changes were autosaved up to about a second before this happened. Reload opens the window again and offers that recovery copy.',
    '出错前约一秒内的未保存修改都已自动保存。重新加载会重新打开窗口并提供该恢复副本。',
  ),
  loopDetail: localized(
    'To avoid a crash loop, TraceReady will not reload again. The recovery copy of your unsaved changes is in the recovery folder (snapshot.json) and will be offered the next time you start TraceReady.',
    '为避免反复崩溃，TraceReady 不会再次重新加载。未保存修改的恢复副本位于恢复文件夹中（snapshot.json），下次启动 TraceReady 时会提供恢复。',
  ),
  hungTitle: localized('TraceReady is not responding', 'TraceReady 没有响应'),
  hung: localized('The TraceReady window is not responding.', 'TraceReady 窗口没有响应。'),
  hungDetail: localized(
    'It may be busy with a large project. Wait to give it more time, or reload: unsaved changes were autosaved and the reloaded window offers the recovery copy.',
    '它可能正在处理一个大型项目。可以继续等待，或重新加载：未保存的修改已自动保存，重新加载后的窗口会提供恢复副本。',
  ),
  reload: localized('Reload', '重新加载'),
  wait: localized('Wait', '等待'),
  quit: localized('Quit', '退出'),
  openFolder: localized('Open recovery folder', '打开恢复文件夹'),
};

const buttonText: Record<WatchdogChoice, ReturnType<typeof localized>> = {
  reload: text.reload,
  wait: text.wait,
  quit: text.quit,
  'open-recovery-folder': text.openFolder,
};

function dialogOf(
  choices: WatchdogChoice[],
  language: Language,
  parts: { type: 'error' | 'warning'; title: string; message: string; detail: string },
  cancel: WatchdogChoice,
): WatchdogDialog {
  return {
    choices,
    options: {
      ...parts,
      buttons: choices.map((choice) => buttonText[choice][language]),
      defaultId: 0,
      cancelId: choices.indexOf(cancel),
      noLink: true,
    },
  };
}

/** The dialog after the renderer died; `isLoop` when reloading already failed to help. */
export function crashDialog(language: Language, reason: string, isLoop: boolean): WatchdogDialog {
  const message = (isLoop ? text.crashedAgain : text.crashed)[language];
  const detail = `${text.reason(reason)[language]}\n\n${(isLoop ? text.loopDetail : text.reloadDetail)[language]}`;
  const parts = { type: 'error' as const, title: text.crashedTitle[language], message, detail };
  return isLoop
    ? dialogOf(['open-recovery-folder', 'quit'], language, parts, 'quit')
    : dialogOf(['reload', 'quit'], language, parts, 'quit');
}

/** The dialog while the renderer does not respond; closing it (Esc) means Wait. */
export function hangDialog(language: Language): WatchdogDialog {
  return dialogOf(
    ['wait', 'reload', 'quit'],
    language,
    {
      type: 'warning',
      title: text.hungTitle[language],
      message: text.hung[language],
      detail: text.hungDetail[language],
    },
    'wait',
  );
}

/** The `webContents` events and calls the watchdog uses (Electron's `WebContents` fits). */
export type WatchedContents = {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
  ): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  reload(): void;
  forcefullyCrashRenderer(): void;
  isDestroyed(): boolean;
};

/** The effects, passed in so tests need no Electron. */
export type WatchdogEnv = {
  /** Shows a native message box; aborting `signal` closes it as if cancelled. */
  showMessageBox(options: MessageBoxOptions, signal: AbortSignal): Promise<{ response: number }>;
  quit(): void;
  openRecoveryFolder(): Promise<unknown>;
  language(): Language;
  now(): number;
  log(line: string): void;
};

/**
 * Watches one window's renderer: after a crash offers Reload / Quit (only "Open recovery
 * folder" / Quit if it crashed twice within {@link CRASH_LOOP_WINDOW_MS}); while hung offers
 * Wait / Reload / Quit, and closes that question by itself if the page recovers. Every event
 * and choice is logged.
 */
export function watchRenderer(contents: WatchedContents, env: WatchdogEnv): void {
  const crashes: number[] = [];
  let hang: AbortController | null = null;
  let isCrashDialogOpen = false;
  // Killing a hung renderer to reload it reports it gone; that is our doing, not a crash.
  let isRestarting = false;

  const ask = async (dialog: WatchdogDialog, signal: AbortSignal): Promise<WatchdogChoice> => {
    const { response } = await env.showMessageBox(dialog.options, signal);
    return dialog.choices[response] ?? dialog.choices[dialog.options.cancelId] ?? 'quit';
  };

  const act = async (choice: WatchdogChoice, again: () => Promise<void>) => {
    env.log(`TraceReady renderer watchdog: the user chose "${choice}"`);
    if (contents.isDestroyed()) return;
    if (choice === 'reload') contents.reload();
    else if (choice === 'quit') env.quit();
    else if (choice === 'open-recovery-folder') {
      await env.openRecoveryFolder();
      await again(); // the window is still dead: keep Quit within reach
    }
  };

  const onGone = async (reason: string) => {
    hang?.abort();
    hang = null;
    if (isCrashDialogOpen) return;
    const now = env.now();
    crashes.push(now);
    const recent = crashes.filter((at) => now - at < CRASH_LOOP_WINDOW_MS);
    const isLoop = recent.length >= 2 || HOPELESS_REASONS.includes(reason);
    const show = async (): Promise<void> => {
      isCrashDialogOpen = true;
      const choice = await ask(
        crashDialog(env.language(), reason, isLoop),
        new AbortController().signal,
      );
      isCrashDialogOpen = false;
      await act(choice, show);
    };
    await show();
  };

  const onUnresponsive = async () => {
    if (hang !== null || isCrashDialogOpen) return;
    const controller = new AbortController();
    hang = controller;
    const choice = await ask(hangDialog(env.language()), controller.signal);
    if (hang !== controller) return; // closed because the page recovered or died
    hang = null;
    if (choice === 'reload' && !contents.isDestroyed()) {
      isRestarting = true;
      contents.forcefullyCrashRenderer();
    }
    await act(choice, () => Promise.resolve());
  };

  const report = (what: string) => (error: unknown) =>
    env.log(`TraceReady renderer watchdog could not ${what}: ${String(error)}`);

  contents.on('render-process-gone', (_event, details) => {
    env.log(`TraceReady renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit') return;
    if (isRestarting) {
      isRestarting = false;
      return;
    }
    onGone(details.reason).catch(report('handle a crashed window'));
  });
  contents.on('unresponsive', () => {
    env.log('TraceReady renderer unresponsive');
    onUnresponsive().catch(report('handle a hung window'));
  });
  contents.on('responsive', () => {
    env.log('TraceReady renderer responsive again');
    hang?.abort();
    hang = null;
  });
}

/**
 * The real effects for a window, for electron/main/index.ts: a dialog modal to the window,
 * Quit that closes it without asking again (its page is dead or hung; the recovery copy stays
 * on disk for the next start), and the recovery folder in the system file manager.
 */
export function electronWatchdogEnv(
  window: BrowserWindow,
  electron: {
    dialog: Pick<Dialog, 'showMessageBox'>;
    app: Pick<App, 'quit'>;
    shell: Pick<Shell, 'openPath'>;
  },
  options: { userDataDir: string; language: () => Language },
): WatchdogEnv {
  return {
    showMessageBox: (dialogOptions, signal) =>
      electron.dialog.showMessageBox(window, { ...dialogOptions, signal }),
    quit: () => {
      if (!window.isDestroyed()) window.destroy();
      electron.app.quit();
    },
    openRecoveryFolder: () => electron.shell.openPath(join(options.userDataDir, RECOVERY_DIR_NAME)),
    language: options.language,
    now: Date.now,
    log: (line) => console.error(line),
  };
}
