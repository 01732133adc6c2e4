import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecisionScope } from '../../../shared/decision/decision-scope.ts';
import type { DecisionEvaluation, EvaluationProgress } from '../../../shared/decision/evaluate.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { createEvaluationClient, type EvaluationClient } from './evaluation-client.ts';
import { evaluationWorkerPort } from './evaluation-worker-port.ts';

/** The group's evaluation of one scope, computed in the worker, and how far the latest run is. */
export type WorkerEvaluation = {
  /** The latest finished evaluation (of this document, or of an earlier one); null before any. */
  evaluation: DecisionEvaluation | null;
  /** The document `evaluation` was computed from. */
  evaluatedDoc: ProjectDocument | null;
  /** Whether `evaluation` is of the current document and scope. */
  isCurrent: boolean;
  status: 'running' | 'done' | 'cancelled' | 'error';
  /** Monte Carlo draws of the running request; null before the first step. */
  progress: EvaluationProgress | null;
  error: string | null;
  cancel: () => void;
  /** Runs the evaluation again (after a cancel or an error). */
  retry: () => void;
};

type Finished = { doc: ProjectDocument; scope: DecisionScope; evaluation: DecisionEvaluation };
/** The state of one request, set only from its answers (never synchronously in the effect). */
type RunState = {
  doc: ProjectDocument;
  scope: DecisionScope;
  attempt: number;
  status: 'running' | 'cancelled' | 'error';
  progress: EvaluationProgress | null;
  error: string | null;
};

// Finished evaluations by document, so going back to the tab shows them at once.
const finished = new WeakMap<ProjectDocument, Partial<Record<DecisionScope, DecisionEvaluation>>>();

/**
 * Evaluates step 2 for `doc` in a Web Worker (one per mounted page, started on first use), the
 * latest document winning: while it runs the page keeps the previous result, greyed, with the
 * progress and a cancel button. Never blocks the UI thread on the Monte Carlo simulation.
 */
export function useWorkerEvaluation(
  doc: ProjectDocument | null,
  scope: DecisionScope,
): WorkerEvaluation {
  const client = useRef<EvaluationClient | null>(null);
  const [last, setLast] = useState<Finished | null>(null);
  const [run, setRun] = useState<RunState | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(
    () => () => {
      client.current?.close();
      client.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!doc || finished.get(doc)?.[scope]) return;
    client.current ??= createEvaluationClient(evaluationWorkerPort());
    let isLive = true;
    const update = (state: Pick<RunState, 'status' | 'progress' | 'error'>) => {
      if (isLive) setRun({ doc, scope, attempt, ...state });
    };
    void client.current
      .evaluate(doc, { scope }, (progress) => update({ status: 'running', progress, error: null }))
      .then((outcome) => {
        if (!isLive || outcome.kind === 'superseded') return;
        if (outcome.kind === 'result') {
          finished.set(doc, { ...finished.get(doc), [scope]: outcome.evaluation });
          setLast({ doc, scope, evaluation: outcome.evaluation });
        } else if (outcome.kind === 'cancelled')
          update({ status: 'cancelled', progress: null, error: null });
        else update({ status: 'error', progress: null, error: outcome.message });
      });
    return () => {
      isLive = false;
    };
  }, [doc, scope, attempt]);

  const cancel = useCallback(() => client.current?.cancel(), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const cached = doc ? (finished.get(doc)?.[scope] ?? null) : null;
  const shown = cached && doc ? { doc, evaluation: cached } : last?.scope === scope ? last : null;
  const isThisRun =
    run !== null && run.doc === doc && run.scope === scope && run.attempt === attempt;
  return {
    evaluation: shown?.evaluation ?? null,
    evaluatedDoc: shown?.doc ?? null,
    isCurrent: cached !== null,
    status: cached ? 'done' : isThisRun ? run.status : 'running',
    progress: isThisRun ? run.progress : null,
    error: isThisRun ? run.error : null,
    cancel,
    retry,
  };
}
