import {
  createEvaluationJobs,
  type EvaluationRequest,
} from '../../../shared/decision/evaluation-jobs.ts';

// Step 2's evaluation off the UI thread: a thin adapter around shared/decision/evaluation-jobs.ts.
// Steps are given way to through a MessageChannel (no 4 ms timer clamp), so a newer request or a
// cancel from the page is read between two steps.
/** The part of the worker's global scope used here (the project compiles against the DOM lib). */
type WorkerScope = {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<EvaluationRequest>) => void) | null;
};
const scope = self as unknown as WorkerScope;
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
const jobs = createEvaluationJobs(
  (response) => scope.postMessage(response),
  (step) => {
    queue.push(step);
    channel.port2.postMessage(null);
  },
);
scope.onmessage = (event) => jobs.receive(event.data);
