import { describe, expect, it } from 'vitest';
import { evaluateDecision } from '../../../shared/decision/evaluate.ts';
import { validateFlows } from '../../../shared/flows/validate.ts';
import { parseProjectValue } from '../../../shared/model/parse.ts';
import { checkReferences } from '../../../shared/model/references.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { scheduleRollout } from '../../../shared/rollout/schedule.ts';
import { scaledProject } from '../../support/large-project.ts';
import { fixedContext } from '../shared/fixtures.ts';
import { counted } from './fuzz-support.ts';

/**
 * Size-scaled inputs (10², 10³, 10⁴ entities; issue 11, "the harness"): the work must grow no
 * worse than n log n. Tests assert no timings (the times are in `npm run bench`, bench/scaling.ts);
 * this counts work instead — every property read each engine makes of the document, through a
 * proxy. Reads per entity may grow at most like log n from one decade to the next
 * (log 10n / log n: ×1.5 from 10² to 10³, ×1.33 from 10³ to 10⁴); a scan of all flows per
 * system, as validation once did, grows them ×10 per decade.
 */

const SIZES = [100, 1_000, 10_000] as const;
const documents = new Map(SIZES.map((n) => [n, scaledProject(n)]));

const engines: [name: string, run: (doc: ProjectDocument) => unknown][] = [
  [
    'parseProjectValue (schema, unknown keys, references)',
    (doc) => {
      const result = parseProjectValue(doc, fixedContext());
      if (!result.ok) throw new Error(result.errors.map((e) => e.pointer).join(', '));
    },
  ],
  ['checkReferences', (doc) => checkReferences(doc)],
  ['validateFlows (every rule)', (doc) => validateFlows(doc)],
  ['evaluateDecision (100 draws)', (doc) => evaluateDecision(doc, { samples: 100 })],
  ['scheduleRollout (CPM, cn calendar)', (doc) => scheduleRollout(doc, '2024-01-08')],
];

describe('work grows no worse than n log n (issue 11, item 1)', () => {
  it('the scaled projects hold about n of each entity and are valid', () => {
    for (const [n, doc] of documents) {
      expect(doc.flows.flows).toHaveLength(n);
      expect(doc.rollout.tasks).toHaveLength(n);
      expect(doc.decision.scores).toHaveLength(n);
      expect(parseProjectValue(structuredClone(doc), fixedContext()).ok).toBe(true);
    }
  });

  it.each(engines)('%s: reads per entity at 10², 10³ and 10⁴', (_, run) => {
    const perEntity = SIZES.map((n) => {
      const { value, reads } = counted(documents.get(n)!);
      run(value);
      return reads() / n;
    });
    for (let k = 1; k < SIZES.length; k++) {
      const n = SIZES[k - 1]!;
      const nLogNGrowth = Math.log(10 * n) / Math.log(n);
      expect(perEntity[k]! / perEntity[k - 1]!).toBeLessThanOrEqual(nLogNGrowth);
    }
  });
});
