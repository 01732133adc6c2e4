import { parseProject, type ParseResult } from '../../shared/model/parse.ts';
import { startModuleWorker } from './module-worker.ts';
import workerUrl from './project-parse.worker.ts?worker&url';

/**
 * Opening a large project file without freezing the page: above {@link OFF_THREAD_CHARACTERS}
 * the text is parsed, migrated and validated in a worker (project-parse.worker.ts) while
 * {@link openProgress} tells the page what is happening and offers a cancel that leaves the
 * open project untouched. Small files, and browsers without module workers, parse here.
 */

/** Above this many characters (~1 MB) a file is parsed in a worker: well under a frame below. */
export const OFF_THREAD_CHARACTERS = 1_000_000;

export type ParseWorkerRequest = { text: string };
export type ParseWorkerResponse =
  | { type: 'checking' }
  | { type: 'result'; result: ParseResult }
  | { type: 'error'; message: string };

/** What the page shows while a large file opens; null when nothing is opening. */
export type OpenProgress = { name: string; stage: 'reading' | 'checking'; cancel: () => void };

let current: OpenProgress | null = null;
const listeners = new Set<() => void>();
const publish = (next: OpenProgress | null) => {
  current = next;
  for (const listener of listeners) listener();
};

/** The progress of the file being opened, for `useSyncExternalStore`. */
export const openProgress = {
  get: (): OpenProgress | null => current,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * `parseProject(text)`, off the UI thread for large texts. Resolves `'cancelled'` when the user
 * cancels (the worker is stopped; nothing else changes); a worker that fails answers with the
 * same result `parseProject` would give on this thread.
 */
export function parseProjectOffThread(
  text: string,
  name: string,
): Promise<ParseResult | 'cancelled'> {
  if (text.length <= OFF_THREAD_CHARACTERS) return Promise.resolve(parseProject(text));
  const worker = startModuleWorker(workerUrl);
  if (!worker) return Promise.resolve(parseProject(text));
  return new Promise((resolve) => {
    const finish = (outcome: ParseResult | 'cancelled') => {
      worker.terminate();
      publish(null);
      resolve(outcome);
    };
    const cancel = () => finish('cancelled');
    publish({ name, stage: 'reading', cancel });
    worker.onmessage = (event: MessageEvent<ParseWorkerResponse>) => {
      const message = event.data;
      if (message.type === 'checking') publish({ name, stage: 'checking', cancel });
      else if (message.type === 'result') finish(message.result);
      // The worker itself broke (not the file): parse here rather than not at all.
      else finish(parseProject(text));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(parseProject(text));
    };
    worker.postMessage({ text } satisfies ParseWorkerRequest);
  });
}
