import type {
  DecisionEvaluation,
  EvaluateOptions,
  EvaluationProgress,
} from '../../../shared/decision/evaluate.ts';
import {
  createEvaluationJobs,
  type EvaluationRequest,
  type EvaluationResponse,
} from '../../../shared/decision/evaluation-jobs.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';

/**
 * The page's side of the evaluation worker (shared/decision/evaluation-jobs.ts): one request at
 * a time per client, the latest winning — an answer to any older request is dropped, so a slow
 * result never overwrites a newer one.
 */

/** How a request ended. `superseded`: a newer request replaced it before it finished. */
export type EvaluationOutcome =
  | { kind: 'result'; evaluation: DecisionEvaluation }
  | { kind: 'cancelled' }
  | { kind: 'superseded' }
  | { kind: 'error'; message: string };

/** A two-way message channel to the jobs: a Worker, or the jobs in this thread. */
export type EvaluationPort = {
  post(request: EvaluationRequest): void;
  listen(onResponse: (response: EvaluationResponse) => void): void;
  close(): void;
};

export type EvaluationClient = {
  /** Evaluates `doc`; `onProgress` hears the Monte Carlo draws of this request only. */
  evaluate(
    doc: ProjectDocument,
    options: EvaluateOptions,
    onProgress: (progress: EvaluationProgress) => void,
  ): Promise<EvaluationOutcome>;
  /** Stops the running request (it resolves `cancelled`); nothing when none runs. */
  cancel(): void;
  close(): void;
};

export function createEvaluationClient(port: EvaluationPort): EvaluationClient {
  let latest: {
    id: number;
    settle: (outcome: EvaluationOutcome) => void;
    onProgress: (progress: EvaluationProgress) => void;
  } | null = null;
  let nextId = 1;

  port.listen((response) => {
    if (!latest || response.id !== latest.id) return; // an older request's answer: stale
    const current = latest;
    if (response.type === 'progress') {
      current.onProgress({ completed: response.completed, total: response.total });
      return;
    }
    latest = null;
    if (response.type === 'result')
      current.settle({ kind: 'result', evaluation: response.evaluation });
    else if (response.type === 'cancelled') current.settle({ kind: 'cancelled' });
    else current.settle({ kind: 'error', message: response.message });
  });

  return {
    evaluate(doc, options, onProgress) {
      latest?.settle({ kind: 'superseded' });
      const id = nextId++;
      return new Promise((settle) => {
        latest = { id, settle, onProgress };
        port.post({ type: 'evaluate', id, doc, options });
      });
    },
    cancel() {
      if (latest) port.post({ type: 'cancel', id: latest.id });
    },
    close() {
      latest?.settle({ kind: 'superseded' });
      latest = null;
      port.close();
    },
  };
}

/**
 * The jobs in this thread, for tests and for browsers without module workers: the same
 * protocol and steps, given way to with `setTimeout` so the page still paints between steps.
 */
export function inThreadPort(): EvaluationPort {
  let listener: (response: EvaluationResponse) => void = () => {};
  let isClosed = false;
  const jobs = createEvaluationJobs(
    (response) => {
      if (!isClosed) listener(response);
    },
    (step) => setTimeout(step, 0),
  );
  return {
    post: (request) => setTimeout(() => !isClosed && jobs.receive(request), 0),
    listen: (onResponse) => (listener = onResponse),
    close: () => (isClosed = true),
  };
}
