import { isAbsolute, resolve } from 'node:path';
import { hasProjectExtension } from './project-files.ts';

/**
 * The project a launch asks to open: the first argument that ends in `.trplan` and is not a
 * flag, resolved against the launching shell's folder. Works for `process.argv` on first launch
 * (Windows/Linux file association, `traceready plan.trplan`) and for the argv a second instance
 * forwards; Chromium switches (`--allow-file-access-from-files`, `--type=…`) are skipped, and so
 * is the executable path, which never ends in `.trplan`.
 *
 * @example findProjectPathInArgv(['TraceReady.exe', '--flag', 'plan.trplan'], 'C:\\work')
 *   // → 'C:\\work\\plan.trplan' (on Windows)
 */
export function findProjectPathInArgv(
  argv: readonly string[],
  workingDirectory: string,
): string | null {
  for (const arg of argv) {
    if (arg.startsWith('-') || !hasProjectExtension(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
  }
  return null;
}

/**
 * Paths the OS asked us to open before there was a window to open them in. macOS sends
 * `open-file` before `ready` when a double-click launches the app; a second instance can
 * arrive while the window is still loading. They wait here until the renderer can take them.
 */
export type PendingOpens = {
  /** Queues `path` unless it is already queued (macOS may repeat the event). */
  push(path: string): void;
  /** Returns the queued paths, oldest first, and empties the queue. */
  drain(): string[];
};

/** Creates an empty {@link PendingOpens} queue. */
export function createPendingOpens(): PendingOpens {
  let queue: string[] = [];
  return {
    push(path) {
      if (!queue.includes(path)) queue.push(path);
    },
    drain() {
      const taken = queue;
      queue = [];
      return taken;
    },
  };
}
