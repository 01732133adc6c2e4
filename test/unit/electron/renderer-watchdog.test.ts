import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CRASH_LOOP_WINDOW_MS,
  crashDialog,
  electronWatchdogEnv,
  hangDialog,
  watchRenderer,
  type WatchedContents,
  type WatchdogEnv,
} from '../../../electron/main/renderer-watchdog.ts';

type Listener = (...args: unknown[]) => void;
type OpenDialog = { options: MessageBoxOptions; signal: AbortSignal; answer(label: string): void };

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A fake window: webContents events we fire, native dialogs we answer, effects we record. */
function fakeWindow(language: 'en' | 'zh-CN' = 'en') {
  const listeners = new Map<string, Listener[]>();
  const calls: string[] = [];
  const dialogs: OpenDialog[] = [];
  const log: string[] = [];
  let clock = 1_000_000;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    reload: () => calls.push('reload'),
    forcefullyCrashRenderer: () => calls.push('kill'),
    isDestroyed: () => false,
  } as WatchedContents;
  const env: WatchdogEnv = {
    showMessageBox: (options, signal) =>
      new Promise((resolve) => {
        const buttons = options.buttons ?? [];
        const dialog: OpenDialog = {
          options,
          signal,
          answer: (label) => resolve({ response: buttons.indexOf(label) }),
        };
        // Electron closes an aborted message box as if cancelled.
        signal.addEventListener('abort', () => resolve({ response: options.cancelId ?? 0 }));
        dialogs.push(dialog);
      }),
    quit: () => calls.push('quit'),
    openRecoveryFolder: () => {
      calls.push('open-folder');
      return Promise.resolve('');
    },
    language: () => language,
    now: () => clock,
    log: (line) => log.push(line),
  };
  watchRenderer(contents, env);
  const emit = async (event: string, ...args: unknown[]) => {
    for (const listener of listeners.get(event) ?? []) listener(...args);
    await flush();
  };
  return {
    calls,
    dialogs,
    log,
    advance: (ms: number) => (clock += ms),
    crash: (reason = 'crashed') => emit('render-process-gone', {}, { reason, exitCode: 139 }),
    hang: () => emit('unresponsive'),
    recover: () => emit('responsive'),
    answer: async (label: string) => {
      dialogs.at(-1)!.answer(label);
      await flush();
    },
  };
}

describe('renderer watchdog: a crashed window (issue 11, item 8)', () => {
  it('offers Reload or Quit, reloads on Reload, and logs why', async () => {
    const w = fakeWindow();
    await w.crash('oom');
    expect(w.dialogs).toHaveLength(1);
    expect(w.dialogs[0]!.options.buttons).toEqual(['Reload', 'Quit']);
    expect(w.dialogs[0]!.options.detail).toContain('Reason: oom.');
    await w.answer('Reload');
    expect(w.calls).toEqual(['reload']);
    expect(w.log.join('\n')).toMatch(/renderer gone: oom \(exit code 139\)[\s\S]*chose "reload"/);
  });

  it('ignores a clean exit (the window closing)', async () => {
    const w = fakeWindow();
    await w.crash('clean-exit');
    expect(w.dialogs).toEqual([]);
  });

  it('after a second crash within a minute, offers only the recovery folder and Quit', async () => {
    const w = fakeWindow();
    await w.crash();
    await w.answer('Reload');
    w.advance(CRASH_LOOP_WINDOW_MS - 1);
    await w.crash();
    expect(w.dialogs[1]!.options.buttons).toEqual(['Open recovery folder', 'Quit']);
    expect(w.dialogs[1]!.options.message).toContain('again');

    await w.answer('Open recovery folder');
    expect(w.calls).toEqual(['reload', 'open-folder']);
    expect(w.dialogs).toHaveLength(3); // asked again: the window is still dead
    await w.answer('Quit');
    expect(w.calls).toEqual(['reload', 'open-folder', 'quit']);
  });

  it('offers Reload again when the crashes are more than a minute apart', async () => {
    const w = fakeWindow();
    await w.crash();
    await w.answer('Reload');
    w.advance(CRASH_LOOP_WINDOW_MS);
    await w.crash();
    expect(w.dialogs[1]!.options.buttons).toEqual(['Reload', 'Quit']);
  });

  it.each(['launch-failed', 'integrity-failure'])(
    'never offers Reload after %s',
    async (reason) => {
      const w = fakeWindow();
      await w.crash(reason);
      expect(w.dialogs[0]!.options.buttons).toEqual(['Open recovery folder', 'Quit']);
    },
  );

  it('shows one crash dialog at a time', async () => {
    const w = fakeWindow();
    await w.crash();
    await w.crash();
    expect(w.dialogs).toHaveLength(1);
  });
});

describe('renderer watchdog: a hung window', () => {
  it('offers Wait, Reload and Quit, and closes the question itself when the page recovers', async () => {
    const w = fakeWindow();
    await w.hang();
    expect(w.dialogs[0]!.options.buttons).toEqual(['Wait', 'Reload', 'Quit']);
    await w.hang(); // Electron may report it again: still one question
    expect(w.dialogs).toHaveLength(1);
    await w.recover();
    expect(w.dialogs[0]!.signal.aborted).toBe(true);
    expect(w.calls).toEqual([]);
  });

  it('Reload kills the hung page first, and that death is not taken for a crash', async () => {
    const w = fakeWindow();
    await w.hang();
    await w.answer('Reload');
    expect(w.calls).toEqual(['kill', 'reload']);
    await w.crash('killed');
    expect(w.dialogs).toHaveLength(1);
  });

  it('Wait does nothing; Quit quits', async () => {
    const w = fakeWindow();
    await w.hang();
    await w.answer('Wait');
    expect(w.calls).toEqual([]);
    await w.hang();
    await w.answer('Quit');
    expect(w.calls).toEqual(['quit']);
  });

  it('a crash while hung replaces the hang question with the crash one', async () => {
    const w = fakeWindow();
    await w.hang();
    await w.crash();
    expect(w.dialogs[0]!.signal.aborted).toBe(true);
    expect(w.dialogs[1]!.options.buttons).toEqual(['Reload', 'Quit']);
  });
});

describe('watchdog dialogs as data', () => {
  it('speak Chinese, and Esc means the safe choice', () => {
    const crash = crashDialog('zh-CN', 'crashed', false);
    expect(crash.options.buttons).toEqual(['重新加载', '退出']);
    expect(crash.choices[crash.options.cancelId]).toBe('quit');
    const loop = crashDialog('zh-CN', 'crashed', true);
    expect(loop.options.buttons).toEqual(['打开恢复文件夹', '退出']);
    const hang = hangDialog('zh-CN');
    expect(hang.options.buttons).toEqual(['等待', '重新加载', '退出']);
    expect(hang.choices[hang.options.cancelId]).toBe('wait');
  });
});

describe('electronWatchdogEnv', () => {
  it('parents dialogs to the window, destroys it on Quit and opens the recovery folder', async () => {
    const calls: unknown[][] = [];
    const window = {
      isDestroyed: () => false,
      destroy: () => calls.push(['destroy']),
    } as unknown as BrowserWindow;
    const env = electronWatchdogEnv(
      window,
      {
        dialog: {
          showMessageBox: (...args: unknown[]) => {
            calls.push(['dialog', ...args]);
            return Promise.resolve({ response: 0, checkboxChecked: false });
          },
        },
        app: { quit: () => calls.push(['quit']) },
        shell: {
          openPath: (path: string) => {
            calls.push(['open', path]);
            return Promise.resolve('');
          },
        },
      },
      { userDataDir: '/home/u/.config/TraceReady', language: () => 'en' },
    );
    const signal = new AbortController().signal;
    await env.showMessageBox({ message: 'x' }, signal);
    env.quit();
    await env.openRecoveryFolder();
    expect(calls).toEqual([
      ['dialog', window, { message: 'x', signal }],
      ['destroy'],
      ['quit'],
      ['open', join('/home/u/.config/TraceReady', 'recovery')],
    ]);
  });
});
