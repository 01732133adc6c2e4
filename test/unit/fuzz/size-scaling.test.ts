import { describe, expect, it } from 'vitest';
import { evaluateDecision } from '../../../shared/decision/evaluate.ts';
import { parseProject } from '../../../shared/model/parse.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument, fixedContext } from '../shared/fixtures.ts';

/**
 * Size-scaled inputs (10², 10³, 10⁴ entities): the work must grow no worse than n log n. These
 * compare the time ratio between sizes, never a wall-clock threshold, with a generous margin: a
 * quadratic step gives ×100 per decade, n log n about ×13, and the bound is ×40.
 */

function largeProject(n: number): ProjectDocument {
  const doc = structuredClone(exampleDocument());
  const systemTemplate = doc.flows.systems[0]!;
  const flowTemplate = { ...doc.flows.flows[0]!, objects: [], phaseId: null };
  const systems = Array.from({ length: Math.ceil(n / 2) }, (_, i) => ({
    ...systemTemplate,
    id: `sys-${i}`,
  }));
  doc.flows.systems = systems;
  doc.flows.flows = Array.from({ length: n }, (_, i) => ({
    ...flowTemplate,
    id: `flow-${i}`,
    sourceId: `sys-${i % systems.length}`,
    targetId: `sys-${(i * 7 + 1) % systems.length}`,
  }));
  const taskTemplate = { ...doc.rollout.tasks[0]!, phaseId: null, raci: [] };
  doc.rollout.tasks = Array.from({ length: n }, (_, i) => ({
    ...taskTemplate,
    id: `task-${i}`,
    predecessors: i === 0 ? [] : [{ ...taskTemplate.predecessors[0], taskId: `task-${i - 1}` }],
  })) as ProjectDocument['rollout']['tasks'];
  return doc;
}

/** The fastest of a few runs (ms): the least disturbed by other processes on the machine. */
function fastest(run: () => void, repeats = 3): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const growth = (measure: (n: number) => number) => {
  const [t3, t4] = [1_000, 10_000].map(measure);
  return t4! / Math.max(t3!, 0.5);
};

describe('work grows no worse than n log n (issue 11, item 1)', () => {
  it('parseProject: 10², 10³, 10⁴ systems, flows and tasks', () => {
    const texts = new Map([100, 1_000, 10_000].map((n) => [n, JSON.stringify(largeProject(n))]));
    for (const text of texts.values()) expect(parseProject(text, fixedContext()).ok).toBe(true);
    expect(growth((n) => fastest(() => parseProject(texts.get(n)!, fixedContext())))).toBeLessThan(
      40,
    );
  });

  it('evaluateDecision: 10², 10³, 10⁴ scores', () => {
    const docs = new Map(
      [100, 1_000, 10_000].map((n) => {
        const doc = structuredClone(exampleDocument());
        const template = doc.decision.scores[0]!;
        doc.decision.scores = Array.from({ length: n }, (_, i) => ({
          ...template,
          id: `score-${i}`,
          value: (i % 10) + 1,
        }));
        return [n, doc] as const;
      }),
    );
    const timeOf = (n: number) => fastest(() => evaluateDecision(docs.get(n)!, { samples: 200 }));
    expect(growth(timeOf)).toBeLessThan(40);
  });
});
