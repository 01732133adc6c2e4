// `npm run bench`: performance figures, each printed with a baseline measured in the same run
// and the ratio. Benchmarks, not tests: nothing here fails a build. `--no-browser` skips the
// Chromium diagram and Gantt benchmarks (they need /usr/bin/chromium).
import { availableParallelism } from 'node:os';
import { BENCH_RESULT_PATH, writeBenchResult, type BenchFigure } from './bench-result.ts';
import { runDecisionBench } from './decision.ts';
import { runDiagramBench } from './diagram-bench.ts';
import { runDiagramLayoutBench } from './diagram-layout.ts';
import { runFlowsBench } from './flows.ts';
import { runGanttBench } from './gantt-bench.ts';
import { runModelBench } from './model.ts';
import { runReportBench } from './report.ts';
import { runRolloutBench } from './rollout.ts';
import { runScalingRows } from './scaling.ts';
import { formatWorkshopResult, readWorkshopResult } from './workshop-result.ts';

/** A figure, its baseline measured in the same run and, where the project set one, its target. */
type Row = [name: string, ms: number, baselineMs: number, targetMs?: number];

const sections: [
  title: string,
  baseline: string,
  run: () => Promise<{ rows: Row[] }> | { rows: Row[] },
][] = [
  [
    'Project document (1,000 systems, 2,000 flows, 3,600 scores, 5,000 tasks)',
    'bare JSON.parse / JSON.stringify',
    runModelBench,
  ],
  [
    'Step 2 decision (12 candidates × 30 criteria × 10 raters, thresholds, 100,000 Monte Carlo draws)',
    'straightforward implementation in the same file',
    runDecisionBench,
  ],
  [
    'Diagram validation and spec exports (1,000 systems, 2,000 flows)',
    'JSON.stringify of the diagram',
    runFlowsBench,
  ],
  ['PDF report (worked example, model + PDF)', 'bare jsPDF, same pages and fonts', runReportBench],
  [
    'Diagram layout and drawing in Node (200 systems / 400 flows; 1,000 systems / 2,000 flows)',
    'bare ELK layered on the same graph',
    runDiagramLayoutBench,
  ],
  [
    'Step 3 schedule (5,000 tasks, 10,000 links, Chinese calendar)',
    'schedule: naive day-by-day relaxation until stable (timed once); others: JSON.stringify of the plan',
    runRolloutBench,
  ],
  [
    'Growth with size: 10² / 10³ / 10⁴ systems, flows, scores and tasks (issue 11: no worse than n log n)',
    'the time at 10³ × 13.3, what n log n allows for ten times the entities',
    runScalingRows,
  ],
];
if (!process.argv.includes('--no-browser')) {
  sections.push([
    'Diagram in headless Chromium (1,000 systems, 2,000 flows)',
    'a bare React Flow page',
    () => runDiagramBench(),
  ]);
  sections.push([
    'Gantt in headless Chromium (500 tasks, day zoom, with a baseline)',
    'a bare page drawing every row as plain SVG (no virtualisation, arrows or calendar)',
    () => runGanttBench(),
  ]);
}

const figures: BenchFigure[] = [];
const columns = (name: string, ms: string, base: string, ratio: string, target: string) =>
  `${name.padEnd(78)} ${ms.padStart(9)} ${base.padStart(9)} ${ratio.padStart(8)} ${target.padStart(9)}`;
console.log(columns('benchmark', 'ours ms', 'base ms', 'ratio', 'target'));
for (const [title, baseline, run] of sections) {
  const { rows } = await run();
  console.log(`\n${title} — baseline: ${baseline}`);
  for (const [name, ms, baselineMs, targetMs] of rows) {
    const ratio = baselineMs > 0 ? ms / baselineMs : null;
    const targetMet = targetMs === undefined ? null : ms <= targetMs;
    figures.push({
      section: title,
      baseline,
      name,
      ms,
      baselineMs,
      ratio,
      targetMs: targetMs ?? null,
      targetMet,
    });
    console.log(
      columns(
        name,
        ms.toFixed(1),
        baselineMs.toFixed(1),
        ratio === null ? '—' : `${ratio.toFixed(2)}×`,
        targetMs === undefined ? '' : `≤ ${targetMs}${targetMet ? ' ✓' : ' ✗'}`,
      ),
    );
  }
}

// The live workshop's load test takes two minutes, so it is its own script; show its last run.
const workshop = readWorkshopResult();
console.log(
  '\nLive workshop load test (`npm run bench:workshop`, 2 minutes; `-- --duration 20` to try it)',
);
console.log(
  workshop
    ? ['last run:', ...formatWorkshopResult(workshop)].join('\n')
    : 'not run on this machine yet: npm run bench:workshop',
);

writeBenchResult({
  finishedAt: new Date().toISOString(),
  machine: { cpus: availableParallelism(), node: process.version },
  browser: !process.argv.includes('--no-browser'),
  figures,
  workshop,
});
console.log(`\nWritten to ${BENCH_RESULT_PATH}`);
