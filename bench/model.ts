// Opening and saving a large project document, against bare JSON.parse / JSON.stringify.
import { measure } from './measure.ts';
import { parseProject } from '../shared/model/parse.ts';
import type { ProjectDocument } from '../shared/model/schema.ts';
import { serializeProject } from '../shared/model/serialize.ts';
import { largeDiagram } from './flows.ts';

/** A large but plausible project: 1,000 systems, 2,000 flows, 12 candidates × 30 criteria × 10 raters. */
function largeProject(): ProjectDocument {
  // The diagram of the flows benchmark, so both measure the same 1,000 systems and 2,000 flows.
  const base = largeDiagram();
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
