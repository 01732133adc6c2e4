import type { ProjectDocument } from '../model/schema.ts';
import {
  evaluateDecisionSteps,
  type DecisionEvaluation,
  type EvaluateOptions,
  type EvaluationProgress,
} from './evaluate.ts';

/**
 * The messages between the Options page and the worker that evaluates step 2 off the UI thread,
 * and the worker's side of them. Pure: the worker file is a thin adapter that wires
 * `createEvaluationJobs` to `postMessage` and a scheduler, so vitest drives it directly.
 */

/** Page → worker. A newer `evaluate` replaces the running one: the latest request wins. */
export type EvaluationRequest =
  | { type: 'evaluate'; id: number; doc: ProjectDocument; options: EvaluateOptions }
  | { type: 'cancel'; id: number };

/** Worker → page; every message names the request it answers. */
export type EvaluationResponse =
  | ({ type: 'progress'; id: number } & EvaluationProgress)
  | { type: 'result'; id: number; evaluation: DecisionEvaluation }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** The worker's side: feed it every request; it answers through `post`. */
export type EvaluationJobs = { receive(request: EvaluationRequest): void };

/**
 * Runs one evaluation at a time in steps (`evaluateDecisionSteps`), giving way through
 * `schedule` between steps so that a newer request or a cancel is read in between. A newer
 * `evaluate` drops the running one without an answer (the page has moved on); `cancel` of the
 * running id stops it and answers `cancelled`. A throw answers `error` with its message, for
 * that request's id.
 *
 * @param post sends a response to the page
 * @param schedule runs a callback after pending messages (a MessageChannel in the worker)
 */
export function createEvaluationJobs(
  post: (response: EvaluationResponse) => void,
  schedule: (step: () => void) => void,
): EvaluationJobs {
  let running: { id: number; steps: Generator<EvaluationProgress, DecisionEvaluation> } | null =
    null;

  const step = (job: NonNullable<typeof running>) => {
    if (running !== job) return; // replaced or cancelled while waiting for its turn
    try {
      const next = job.steps.next();
      if (next.done) {
        running = null;
        post({ type: 'result', id: job.id, evaluation: next.value });
        return;
      }
      post({ type: 'progress', id: job.id, ...next.value });
      schedule(() => step(job));
    } catch (error) {
      running = null;
      post({ type: 'error', id: job.id, message: errorMessage(error) });
    }
  };

  return {
    receive(request) {
      if (request.type === 'cancel') {
        if (running?.id !== request.id) return;
        running = null;
        post({ type: 'cancelled', id: request.id });
        return;
      }
      const job = { id: request.id, steps: evaluateDecisionSteps(request.doc, request.options) };
      running = job;
      schedule(() => step(job));
    },
  };
}

/** A thrown value as one line of text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
