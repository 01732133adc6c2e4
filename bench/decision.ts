// Decision-analysis benchmark: 12 candidates × 30 criteria × 10 raters, every score with a
// low/high range. Each row times TraceReady's engine against a straightforward baseline written
// here the way one would at first: plain objects and arrays, every score recomputed from scratch
// per Monte Carlo draw, thresholds found by scanning the weight in steps of 0.001.
// Wired into bench/run.ts; run alone with
//   npx tsx -e "import('./bench/decision.ts').then(m => console.log(m.runDecisionBench()))"
import { measure } from './measure.ts';
import { evaluateDecision } from '../shared/decision/evaluate.ts';
import { monteCarloRanking, type UncertainScore } from '../shared/decision/monte-carlo.ts';
import { createSampler } from '../shared/decision/random.ts';
import { rankReversalThreshold, weightLines } from '../shared/decision/sensitivity.ts';
import type { ProjectDocument } from '../shared/model/schema.ts';
import { LARGE, largeDecision } from '../test/support/large-project.ts';

const { candidates: CANDIDATES, criteria: CRITERIA, raters: RATERS } = LARGE;
const SAMPLES = 100_000;
const SEED = 42;
const SCAN_STEP = 0.001;
/** Issue 11's target for 100,000 draws × 360 ranges: about 36 M random numbers' worth of work. */
const MONTE_CARLO_TARGET_MS = 100;

/** The example project grown to 12 × 30 × 10, with a rating range on every score. */
const benchDocument = () => largeDecision(undefined, { withRanges: true });

// ── Baseline: the first implementation anyone would write ─────────────────────────────────

type NaiveCell = { candidate: string; criterion: string; value: number; low: number; high: number };
type NaiveModel = {
  candidates: string[];
  criteria: string[];
  weights: number[];
  cells: NaiveCell[];
};

function naiveModel(doc: ProjectDocument): NaiveModel {
  const d = doc.decision;
  const criteria = d.criteria.map((c) => c.id);
  const candidates = d.candidates.map((c) => c.id);
  const perRater = d.raters.map((r) => {
    const values = criteria.map(
      (c) => d.weights.find((w) => w.raterId === r.id && w.criterionId === c)?.value ?? 0,
    );
    const total = values.reduce((s, v) => s + v, 0);
    return values.map((v) => v / total);
  });
  const weights = criteria.map((_, k) => perRater.reduce((s, w) => s + w[k]!, 0) / perRater.length);
  const cells = candidates.flatMap((candidate) =>
    criteria.map((criterion) => {
      const own = d.scores.filter((s) => s.subjectId === candidate && s.criterionId === criterion);
      const mean = (pick: (s: (typeof own)[number]) => number) =>
        own.reduce((s, x) => s + pick(x), 0) / own.length;
      return {
        candidate,
        criterion,
        value: mean((s) => s.value!),
        low: mean((s) => s.low ?? s.value!),
        high: mean((s) => s.high ?? s.value!),
      };
    }),
  );
  return { candidates, criteria, weights, cells };
}

function naiveScores(
  model: NaiveModel,
  values: Record<string, Record<string, number>>,
  weights: number[],
) {
  return model.candidates.map((candidate) => ({
    candidate,
    score: model.criteria.reduce(
      (s, criterion, k) => s + weights[k]! * ((values[candidate]![criterion]! - 1) / 9),
      0,
    ),
  }));
}

function naiveTop(scored: { candidate: string; score: number }[]): string {
  return [...scored].sort((a, b) => b.score - a.score)[0]!.candidate;
}

function naiveThresholds(model: NaiveModel) {
  const values: Record<string, Record<string, number>> = {};
  for (const c of model.cells) (values[c.candidate] ??= {})[c.criterion] = c.value;
  return model.criteria.map((_, k) => {
    const w0 = model.weights[k]!;
    const at = (x: number) =>
      naiveTop(
        naiveScores(
          model,
          values,
          model.weights.map((w, j) => (j === k ? x : (w * (1 - x)) / (1 - w0))),
        ),
      );
    const top = at(w0);
    let up: number | null = null;
    for (let x = w0; x <= 1 && up === null; x += SCAN_STEP) if (at(x) !== top) up = x;
    let down: number | null = null;
    for (let x = w0; x >= 0 && down === null; x -= SCAN_STEP) if (at(x) !== top) down = x;
    return { up, down };
  });
}

function naiveMonteCarlo(model: NaiveModel): Map<string, number> {
  const sampler = createSampler(SEED);
  const wins = new Map<string, number>();
  for (let s = 0; s < SAMPLES; s++) {
    const values: Record<string, Record<string, number>> = {};
    for (const c of model.cells)
      (values[c.candidate] ??= {})[c.criterion] = sampler.triangular(c.low, c.value, c.high);
    const top = naiveTop(naiveScores(model, values, model.weights));
    wins.set(top, (wins.get(top) ?? 0) + 1);
  }
  return wins;
}

// ── The benchmark ─────────────────────────────────────────────────────────────────────────

/** Rows of [name, median ms of TraceReady's engine, median ms of the baseline, target ms?]. */
export function runDecisionBench(): {
  rows: [name: string, ms: number, baselineMs: number, targetMs?: number][];
} {
  const doc = benchDocument();
  const evaluation = evaluateDecision(doc, { samples: SAMPLES, seed: SEED });
  const leafWeights = evaluation.leafIds.map((id) => evaluation.weights.group[id]!);
  const matrix = evaluation.matrix.normalised;
  const uncertain: UncertainScore[][] = evaluation.matrix.raw.map((row, i) =>
    row.map((_, k) => {
      const cells = doc.decision.scores.filter(
        (s) =>
          s.subjectId === evaluation.subjects[i]!.id && s.criterionId === evaluation.leafIds[k],
      );
      const mean = (pick: (s: (typeof cells)[number]) => number) =>
        cells.reduce((t, x) => t + pick(x), 0) / cells.length;
      return { value: mean((s) => s.value!), low: mean((s) => s.low!), high: mean((s) => s.high!) };
    }),
  );
  const mcCriteria = evaluation.leafIds.map((_, k) => ({
    scale: 'rating' as const,
    direction: 'benefit' as const,
    weight: leafWeights[k]!,
  }));
  const model = naiveModel(doc);

  // The baseline sorts every draw's scores, so it is the same for first place and every rank.
  const naiveMonteCarloMs = measure(() => naiveMonteCarlo(model), 3, 0);
  const rows: [string, number, number, number?][] = [];
  rows.push([
    `decision: evaluateDecision ${CANDIDATES}×${CRITERIA}×${RATERS}, ${SAMPLES / 1000}k draws`,
    measure(() => evaluateDecision(doc, { samples: SAMPLES, seed: SEED }), 5, 1),
    measure(
      () => {
        const m = naiveModel(doc);
        naiveThresholds(m);
        naiveMonteCarlo(m);
      },
      3,
      0,
    ),
  ]);
  rows.push([
    `decision: rank-reversal thresholds, ${CRITERIA} criteria (scan ${SCAN_STEP})`,
    measure(
      () =>
        evaluation.leafIds.map((_, k) =>
          rankReversalThreshold(weightLines(matrix, leafWeights, [k])),
        ),
      15,
      3,
    ),
    measure(() => naiveThresholds(model), 5, 1),
  ]);
  rows.push([
    `decision: Monte Carlo ${SAMPLES / 1000}k draws × ${CANDIDATES * CRITERIA} ranges`,
    measure(() => monteCarloRanking(mcCriteria, uncertain, { samples: SAMPLES, seed: SEED }), 7, 2),
    naiveMonteCarloMs,
    MONTE_CARLO_TARGET_MS,
  ]);
  rows.push([
    `decision: Monte Carlo ${SAMPLES / 1000}k draws × ${CANDIDATES * CRITERIA} ranges, every rank`,
    measure(
      () =>
        monteCarloRanking(mcCriteria, uncertain, {
          samples: SAMPLES,
          seed: SEED,
          hasRankDistribution: true,
        }),
      7,
      2,
    ),
    naiveMonteCarloMs,
  ]);
  return { rows };
}
