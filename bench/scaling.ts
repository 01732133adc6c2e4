// How the work grows with the document (issue 11: "size-scaled inputs (10², 10³, 10⁴ entities)
// … no worse than n log n"). A benchmark, not a test — tests assert no timings. For each engine,
// the median time at 10², 10³ and 10⁴ entities and the growth per decade, beside what n log n
// would give (×10 · log(10n)/log(n): ×15 from 10² to 10³, ×13.3 from 10³ to 10⁴) and what a
// quadratic step would give (×100).
//   npx tsx bench/scaling.ts
import { pathToFileURL } from 'node:url';
import { measure } from './measure.ts';
import { evaluateDecision } from '../shared/decision/evaluate.ts';
import { validateFlows } from '../shared/flows/validate.ts';
import { parseProject } from '../shared/model/parse.ts';
import { checkReferences } from '../shared/model/references.ts';
import type { ProjectDocument } from '../shared/model/schema.ts';
import { serializeProject } from '../shared/model/serialize.ts';
import { scheduleRollout } from '../shared/rollout/schedule.ts';
import { scaledProject } from '../test/support/large-project.ts';

const SIZES = [100, 1_000, 10_000] as const;

type Engine = [name: string, run: (doc: ProjectDocument, text: string) => unknown];

const engines: Engine[] = [
  ['parseProject (JSON, schema, references)', (_, text) => parseProject(text)],
  [
    'validation: checkReferences + validateFlows',
    (doc) => [checkReferences(doc), validateFlows(doc)],
  ],
  ['evaluation: evaluateDecision (1,000 draws)', (doc) => evaluateDecision(doc, { samples: 1000 })],
  ['scheduling: scheduleRollout (CPM, cn calendar)', (doc) => scheduleRollout(doc, '2024-01-08')],
];

/** n log n's growth from n to 10n. */
const nLogN = (n: number) => (10 * Math.log(10 * n)) / Math.log(n);

/** Rows: [engine, ms at 10², ms at 10³, ms at 10⁴, growth 10²→10³, growth 10³→10⁴]. */
export function runScalingBench(): (string | number)[][] {
  const inputs = SIZES.map((n) => {
    const doc = scaledProject(n);
    return { n, doc, text: serializeProject(doc) };
  });
  return engines.map(([name, run]) => {
    const ms = inputs.map(({ doc, text }) => measure(() => run(doc, text), 5, 1));
    return [name, ...ms, ms[1]! / ms[0]!, ms[2]! / ms[1]!];
  });
}

/**
 * The scaling rows in `npm run bench`'s table: the time at 10⁴ entities against what n log n
 * allows from the time at 10³ (×13.3): a ratio at or below 1× grows no worse than n log n.
 */
export function runScalingRows(): { rows: [name: string, ms: number, baselineMs: number][] } {
  return {
    rows: runScalingBench().map(([name, , b, c]) => [
      `${String(name)} at 10⁴`,
      c as number,
      (b as number) * nLogN(1000),
    ]),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = runScalingBench();
  console.log(
    `${'engine'.padEnd(48)} ${'10² ms'.padStart(8)} ${'10³ ms'.padStart(8)} ${'10⁴ ms'.padStart(8)} ${'×/decade'.padStart(9)} ${'×/decade'.padStart(9)}`,
  );
  for (const [name, a, b, c, g1, g2] of rows) {
    const f = (v: unknown) => (v as number).toFixed(1).padStart(8);
    const g = (v: unknown) => `×${(v as number).toFixed(1)}`.padStart(9);
    console.log(`${String(name).padEnd(48)} ${f(a)} ${f(b)} ${f(c)} ${g(g1)} ${g(g2)}`);
  }
  console.log(
    `n log n: ×${nLogN(100).toFixed(1)} then ×${nLogN(1000).toFixed(1)} per decade; quadratic: ×100`,
  );
}
