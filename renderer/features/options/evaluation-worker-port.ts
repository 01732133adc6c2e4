import type { EvaluationResponse } from '../../../shared/decision/evaluation-jobs.ts';
import { startModuleWorker } from '../../platform/module-worker.ts';
import { inThreadPort, type EvaluationPort } from './evaluation-client.ts';
import workerUrl from './evaluation.worker.ts?worker&url';

/**
 * The evaluation worker (evaluation.worker.ts) as an {@link EvaluationPort}; the in-thread jobs
 * where the browser has no module workers. A worker that fails to load or crashes answers the
 * last request with an error instead of leaving the page waiting.
 */
export function evaluationWorkerPort(): EvaluationPort {
  const worker = startModuleWorker(workerUrl);
  if (!worker) return inThreadPort();
  let lastId = 0;
  return {
    post: (request) => {
      if (request.type === 'evaluate') lastId = request.id;
      worker.postMessage(request);
    },
    listen: (onResponse) => {
      worker.onmessage = (event: MessageEvent<EvaluationResponse>) => onResponse(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onResponse({ type: 'error', id: lastId, message: event.message || 'worker error' });
      };
    },
    close: () => worker.terminate(),
  };
}
