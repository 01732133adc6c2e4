// `npm run bench` writes every figure it prints to dist/bench/bench.json (dist/ is not
// committed), so a run can be kept, compared with an earlier one, or read by another tool.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkshopBenchResult } from './workshop-result.ts';

export const BENCH_RESULT_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../dist/bench/bench.json',
);

/** One printed row: our time, the baseline's in the same run, and the target where one is set. */
export type BenchFigure = {
  section: string;
  baseline: string;
  name: string;
  ms: number;
  baselineMs: number;
  /** ms / baselineMs, or null when the baseline took no measurable time. */
  ratio: number | null;
  targetMs: number | null;
  targetMet: boolean | null;
};

export type BenchResult = {
  finishedAt: string;
  machine: { cpus: number; node: string };
  /** Whether the Chromium diagram and Gantt benchmarks ran (not with --no-browser). */
  browser: boolean;
  figures: BenchFigure[];
  /** The last `npm run bench:workshop`, or null when it has not been run here. */
  workshop: WorkshopBenchResult | null;
};

export function writeBenchResult(result: BenchResult): void {
  mkdirSync(dirname(BENCH_RESULT_PATH), { recursive: true });
  writeFileSync(BENCH_RESULT_PATH, `${JSON.stringify(result, null, 2)}\n`);
}
