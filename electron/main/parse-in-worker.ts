import { Worker } from 'node:worker_threads';
import { localized } from '../../shared/i18n/localized.ts';
import type { OpenResponse } from '../../shared/ipc-contract.ts';
import { refuseOpen } from './project-files.ts';

/**
 * Opening a project off the main process's thread: the read, decoding, parse, migration and
 * validation of `readProjectFile` run in a `worker_threads` worker (project-reader-worker.ts),
 * so a large or hostile file cannot freeze the windows, menus and IPC while it is checked, and
 * a file that exhausts the worker's memory fails that one open instead of killing the app.
 * Plain Node: vitest starts the real worker with no Electron.
 */

/** What the worker receives: the path to open. */
export type ProjectReaderRequest = { path: string };

/** Reads a project the way `readProjectFile` does, answering the same `OpenResponse`. */
export type ProjectReader = (path: string) => Promise<OpenResponse>;

/**
 * Heap ceiling of one open, in MB: four times the largest project file (MAX_PROJECT_CHARACTERS,
 * parse.ts) as text, tree and validated copy, with room; beyond it the worker dies alone.
 */
export const READER_HEAP_MB = 1024;

export type WorkerReaderOptions = {
  /**
   * Used when the worker cannot start or fails for a reason other than the file (then the open
   * runs on this thread, as before).
   */
  fallback?: ProjectReader;
};

/**
 * A {@link ProjectReader} that starts `script` (the bundled project-reader-worker) for each
 * open and ends it after its answer. A worker that runs out of memory refuses the open with a
 * message naming the file (the open project stays put); any other failure of the worker itself
 * falls back to `options.fallback`, or refuses the same way without one.
 */
export function createWorkerProjectReader(
  script: string | URL,
  options: WorkerReaderOptions = {},
): ProjectReader {
  return (path) =>
    new Promise<OpenResponse>((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(script, {
          workerData: { path } satisfies ProjectReaderRequest,
          resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
        });
      } catch (error) {
        if (options.fallback) resolve(options.fallback(path));
        else resolve(readerFailure(path, error));
        return;
      }
      let isSettled = false;
      const settle = (response: OpenResponse) => {
        if (isSettled) return;
        isSettled = true;
        resolve(response);
        void worker.terminate();
      };
      // Out of memory is the file's doing: refuse it. Anything else (the worker script missing
      // from a package, say) is ours: open on this thread rather than not at all.
      const fail = (error: unknown) => {
        const isOutOfMemory = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        if (isOutOfMemory || !options.fallback || isSettled) settle(readerFailure(path, error));
        else {
          isSettled = true;
          resolve(options.fallback(path));
          void worker.terminate();
        }
      };
      worker.once('message', (response: OpenResponse) => settle(response));
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`the reader stopped (code ${code})`)));
    });
}

/** The refusal when the reader itself failed (not the file's content). */
export function readerFailure(path: string, error: unknown): OpenResponse {
  const reason = error instanceof Error ? error.message : String(error);
  return refuseOpen(
    path,
    localized(
      `Could not check "${path}": ${reason}. The open project is unchanged.`,
      `无法检查“${path}”：${reason}。当前项目保持不变。`,
    ),
  );
}
