import { parseProject } from '../../shared/model/parse.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from './parse-project-off-thread.ts';

// Parses, migrates and validates one project file off the UI thread: a thin adapter around
// shared/model/parse.ts (see parse-project-off-thread.ts).
type WorkerScope = {
  postMessage(message: ParseWorkerResponse): void;
  onmessage: ((event: MessageEvent<ParseWorkerRequest>) => void) | null;
};
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  scope.postMessage({ type: 'checking' });
  try {
    scope.postMessage({ type: 'result', result: parseProject(event.data.text) });
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
