// Opening and saving a large project document, against bare JSON.parse / JSON.stringify.
import { performance } from 'node:perf_hooks';
import { parseProject } from '../shared/model/parse.ts';
import type { ProjectDocument } from '../shared/model/schema.ts';
import { serializeProject } from '../shared/model/serialize.ts';
import { findTemplate, loadTemplateDocument } from '../shared/templates/catalog.ts';

/** Median wall time of `fn` in ms over `runs` runs after `warmup` unmeasured ones. */
export function measure(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A large but plausible project: 1,000 systems, 2,000 flows, 12 candidates × 30 criteria × 10 raters. */
function largeProject(): ProjectDocument {
  const base = loadTemplateDocument(findTemplate('food-plant')!, 'en');
  const systems = Array.from({ length: 1000 }, (_, i) => ({
    ...base.flows.systems[i % base.flows.systems.length]!,
    id: `sys-${i}`,
    name: `System ${i} 系统`,
    position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 },
  }));
  const flows = Array.from({ length: 2000 }, (_, i) => ({
    ...base.flows.flows[i % base.flows.flows.length]!,
    id: `flow-${i}`,
    sourceId: `sys-${i % 1000}`,
    targetId: `sys-${(i * 7 + 1) % 1000}`,
    phaseId: null,
  }));
  const criteria = Array.from({ length: 30 }, (_, i) => ({
    ...base.decision.criteria[0]!,
    id: `c-${i}`,
    builtin: '',
    name: `Criterion ${i}`,
  }));
  const candidates = Array.from({ length: 12 }, (_, i) => ({
    ...base.decision.candidates[i % 3]!,
    id: `cand-${i}`,
    vendorId: null,
  }));
  const raters = Array.from({ length: 10 }, (_, i) => ({
    id: `r-${i}`,
    name: `Rater ${i}`,
    department: 'qc' as const,
  }));
  const scores = raters.flatMap((r) =>
    candidates.flatMap((c) =>
      criteria.map((k, n) => ({
        id: `s-${r.id}-${c.id}-${k.id}`,
        raterId: r.id,
        subjectId: c.id,
        criterionId: k.id,
        value: (n % 10) + 1,
        low: null,
        high: null,
        note: '',
      })),
    ),
  );
  return {
    ...base,
    decision: {
      ...base.decision,
      criteria,
      candidates,
      raters,
      scores,
      weights: [],
      judgements: [],
      costs: [],
    },
    flows: { ...base.flows, systems, flows },
  };
}

/** Rows of the model benchmark: [name, our median ms, baseline median ms]. */
export function runModelBench(): { rows: [name: string, ms: number, baselineMs: number][] } {
  const doc = largeProject();
  const text = serializeProject(doc);
  return {
    rows: [
      [
        `open a ${(text.length / 1024 / 1024).toFixed(1)} MB project: parseProject vs JSON.parse`,
        measure(() => parseProject(text)),
        measure(() => JSON.parse(text)),
      ],
      [
        'save it: serializeProject vs JSON.stringify',
        measure(() => serializeProject(doc)),
        measure(() => JSON.stringify(doc, null, 2)),
      ],
    ],
  };
}
