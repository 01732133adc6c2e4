import { describe, expect, it } from 'vitest';
import { evaluateDecision } from '../../../shared/decision/evaluate.ts';
import {
  createEvaluationJobs,
  type EvaluationResponse,
} from '../../../shared/decision/evaluation-jobs.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';
import {
  createEvaluationClient,
  inThreadPort,
} from '../../../renderer/features/options/evaluation-client.ts';

/**
 * The evaluation worker's protocol, driven in this thread: the jobs (shared/) with a manual
 * scheduler, and the page's client over the in-thread port the app falls back to without
 * Worker. Same messages as the real worker (evaluation.worker.ts is only the wiring).
 */

const example = loadTemplateDocument(findTemplate('food-plant')!, 'en');
const renamed: ProjectDocument = {
  ...example,
  decision: {
    ...example.decision,
    candidates: example.decision.candidates.map((c, i) => ({ ...c, name: `Renamed ${i}` })),
  },
};

/** Jobs whose scheduled steps run only when the test says so. */
function manualJobs() {
  const responses: EvaluationResponse[] = [];
  const queue: (() => void)[] = [];
  const jobs = createEvaluationJobs(
    (r) => responses.push(r),
    (step) => queue.push(step),
  );
  const runAll = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { jobs, responses, queue, runAll };
}

describe('evaluation jobs (the worker side)', () => {
  it('answers with the same evaluation as evaluateDecision, after progress in steps', () => {
    const { jobs, responses, runAll } = manualJobs();
    jobs.receive({ type: 'evaluate', id: 1, doc: example, options: { samples: 5_000 } });
    runAll();
    const progress = responses.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toEqual({ type: 'progress', id: 1, completed: 5_000, total: 5_000 });
    const result = responses.at(-1)!;
    expect(result.type).toBe('result');
    expect(result.type === 'result' && result.evaluation).toEqual(
      evaluateDecision(example, { samples: 5_000 }),
    );
  });

  it('lets the latest request win: the replaced one never answers', () => {
    const { jobs, responses, queue, runAll } = manualJobs();
    jobs.receive({ type: 'evaluate', id: 1, doc: example, options: { samples: 20_000 } });
    queue.shift()!(); // request 1 makes its first step
    jobs.receive({ type: 'evaluate', id: 2, doc: renamed, options: { samples: 2_000 } });
    runAll();
    expect(responses.filter((r) => r.id === 1).every((r) => r.type === 'progress')).toBe(true);
    const results = responses.filter((r) => r.type === 'result');
    expect(results.map((r) => r.id)).toEqual([2]);
    expect(results[0]!.type === 'result' && results[0]!.evaluation.subjects[0]!.name).toBe(
      'Renamed 0',
    );
  });

  it('stops on cancel, answers cancelled, and ignores a cancel of another id', () => {
    const { jobs, responses, queue, runAll } = manualJobs();
    jobs.receive({ type: 'evaluate', id: 5, doc: example, options: { samples: 50_000 } });
    queue.shift()!();
    jobs.receive({ type: 'cancel', id: 4 });
    expect(responses.some((r) => r.type === 'cancelled')).toBe(false);
    jobs.receive({ type: 'cancel', id: 5 });
    runAll();
    expect(responses.at(-1)).toEqual({ type: 'cancelled', id: 5 });
    expect(responses.some((r) => r.type === 'result')).toBe(false);
    const drawn = responses.filter((r) => r.type === 'progress');
    expect(drawn.length).toBeLessThan(50_000 / 2_000);
  });

  it('reports a throw as an error of that request, and keeps serving', () => {
    const { jobs, responses, runAll } = manualJobs();
    const broken = { ...example, decision: null } as unknown as ProjectDocument;
    jobs.receive({ type: 'evaluate', id: 7, doc: broken, options: {} });
    runAll();
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ type: 'error', id: 7 });
    expect(responses[0]!.type === 'error' && responses[0]!.message).toMatch(/TypeError/);
    jobs.receive({ type: 'evaluate', id: 8, doc: example, options: { samples: 100 } });
    runAll();
    expect(responses.at(-1)).toMatchObject({ type: 'result', id: 8 });
  });
});

describe('evaluation client (the page side)', () => {
  it('settles a replaced request as superseded and the latest with its result', async () => {
    const client = createEvaluationClient(inThreadPort());
    const first = client.evaluate(example, { samples: 20_000 }, () => {});
    const second = client.evaluate(renamed, { samples: 1_000 }, () => {});
    expect(await first).toEqual({ kind: 'superseded' });
    const outcome = await second;
    expect(outcome.kind).toBe('result');
    expect(outcome.kind === 'result' && outcome.evaluation.subjects[0]!.name).toBe('Renamed 0');
    client.close();
  });

  it('cancels the running request after its first progress', async () => {
    const client = createEvaluationClient(inThreadPort());
    const seen: number[] = [];
    const outcome = client.evaluate(example, { samples: 1_000_000 }, (p) => {
      seen.push(p.completed);
      if (seen.length === 1) client.cancel();
    });
    expect(await outcome).toEqual({ kind: 'cancelled' });
    expect(seen[0]).toBeLessThan(1_000_000);
    client.close();
  });

  it('hands an error to the request that caused it', async () => {
    const client = createEvaluationClient(inThreadPort());
    const broken = { ...example, decision: null } as unknown as ProjectDocument;
    const outcome = await client.evaluate(broken, {}, () => {});
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message).toMatch(/TypeError/);
    client.close();
  });
});
