// Large but plausible projects, shared by the benchmarks (bench/) and the tests (test/unit,
// test/e2e): the worked example grown to the sizes of issue 11's round trip. Deterministic —
// every run builds the same document — and valid (`parseProject` accepts each of them).
import { createSampler } from '../../shared/decision/random.ts';
import type { Dependency, ProjectDocument, Task } from '../../shared/model/schema.ts';
import { findTemplate, loadTemplateDocument } from '../../shared/templates/catalog.ts';

/** The sizes of the large project (issue 11, "a large-project round trip"). */
export const LARGE = {
  systems: 1000,
  flows: 2000,
  candidates: 12,
  criteria: 30,
  raters: 10,
  tasks: 5000,
  links: 10_000,
} as const;


/** The worked example (Huaxin Foods) in English: the base every large project grows from. */
export function workedExample(): ProjectDocument {
  const template = findTemplate('food-plant');
  if (!template) throw new Error('the food-plant example is missing from the catalogue');
  return loadTemplateDocument(template, 'en');
}

/**
 * The example's diagram grown to `systems` systems and `flows` flows: its systems and flows
 * repeated with new ids, each flow between two of the new systems.
 */
export function largeDiagram(
  base = workedExample(),
  sizes: { systems: number; flows: number } = LARGE,
): ProjectDocument {
  const systems = Array.from({ length: sizes.systems }, (_, i) => ({
    ...base.flows.systems[i % base.flows.systems.length]!,
    id: `sys-${i}`,
    name: `System ${i} 系统`,
    position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 },
  }));
  const flows = Array.from({ length: sizes.flows }, (_, i) => ({
    ...base.flows.flows[i % base.flows.flows.length]!,
    id: `flow-${i}`,
    sourceId: `sys-${i % sizes.systems}`,
    targetId: `sys-${(i * 7 + 1) % sizes.systems}`,
  }));
  return { ...base, flows: { ...base.flows, systems, flows } };
}

/**
 * Step 2 grown to 12 candidates × 30 criteria × 10 raters (or `sizes`): a direct weight from every rater for
 * every criterion, and a score (with a low/high range when `withRanges`) from every rater for
 * every candidate and criterion; every third criterion is a cost.
 */
export function largeDecision(
  base = workedExample(),
  options: { withRanges?: boolean } = {},
  sizes: { candidates: number; criteria: number; raters: number } = LARGE,
): ProjectDocument {
  const sampler = createSampler(2024);
  const rating = () => 1 + Math.floor(sampler.uniform() * 10);
  const criteria = Array.from({ length: sizes.criteria }, (_, i) => ({
    ...base.decision.criteria[0]!,
    id: `c-${i}`,
    builtin: '',
    name: `Criterion ${i}`,
    direction: i % 3 === 0 ? ('cost' as const) : ('benefit' as const),
  }));
  const candidates = Array.from({ length: sizes.candidates }, (_, i) => ({
    ...base.decision.candidates[i % 3]!,
    id: `cand-${i}`,
    name: `Candidate ${i}`,
    vendorId: null,
  }));
  const raters = Array.from({ length: sizes.raters }, (_, i) => ({
    id: `r-${i}`,
    name: `Rater ${i}`,
    department: 'qc' as const,
  }));
  const weights = raters.flatMap((r) =>
    criteria.map((c) => ({
      id: `w-${r.id}-${c.id}`,
      raterId: r.id,
      criterionId: c.id,
      value: rating(),
    })),
  );
  const scores = raters.flatMap((r) =>
    candidates.flatMap((c) =>
      criteria.map((k) => {
        const value = rating();
        return {
          id: `s-${r.id}-${c.id}-${k.id}`,
          raterId: r.id,
          subjectId: c.id,
          criterionId: k.id,
          value,
          low: options.withRanges ? Math.max(1, value - 2) : null,
          high: options.withRanges ? Math.min(10, value + 1) : null,
          note: '',
        };
      }),
    ),
  );
  return {
    ...base,
    decision: {
      ...base.decision,
      weightMethod: 'direct',
      criteria,
      candidates,
      raters,
      weights,
      scores,
      judgements: [],
      costs: [],
    },
  };
}

/**
 * The example's plan grown to `tasks` tasks in its three phases with `links` dependencies of all
 * four types (lags −3…+5), always to an earlier task so the plan has no cycle; the tasks are
 * then shuffled, so a scheduler cannot rely on document order. Starts 2024-01-08, inside the cn
 * preset's holiday data, with the example's own calendar exceptions dropped.
 */
export function largePlan(
  base = workedExample(),
  sizes: { tasks: number; links: number } = LARGE,
): ProjectDocument {
  const next = createSampler(42).uniform;
  const types: Dependency['type'][] = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];
  const tasks: Task[] = Array.from({ length: sizes.tasks }, (_, i) => ({
    ...base.rollout.tasks[i % base.rollout.tasks.length]!,
    id: `task-${i}`,
    name: `Task ${i} 任务`,
    phaseId: base.rollout.phases[Math.floor((i * 3) / sizes.tasks)]!.id,
    kind: 'work',
    durationDays: i % 50 === 0 ? 0 : 1 + Math.floor(next() * 10),
    startNoEarlierThan: null,
    predecessors: [],
  }));
  for (let k = 0; k < sizes.links; k++) {
    const to = 1 + Math.floor(next() * (sizes.tasks - 1));
    const from = Math.max(0, to - 1 - Math.floor(next() * 40));
    tasks[to]!.predecessors.push({
      taskId: `task-${from}`,
      type: types[Math.floor(next() * types.length)]!,
      lagDays: Math.floor(next() * 9) - 3,
    });
  }
  for (let i = tasks.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [tasks[i], tasks[j]] = [tasks[j]!, tasks[i]!];
  }
  const calendar = { ...base.rollout.calendar, exceptions: [] };
  return { ...base, rollout: { ...base.rollout, startDate: '2024-01-08', calendar, tasks } };
}

/**
 * The whole large project: 1,000 systems, 2,000 flows, 12 candidates × 30 criteria × 10 raters
 * with weights and scores (ranges when asked), and 5,000 tasks with 10,000 dependencies in three
 * phases — every step of the worked example at the size of issue 11's round trip.
 */
export function largeProject(options: { withRanges?: boolean } = {}): ProjectDocument {
  const withDecision = largeDecision(largeDiagram(), options);
  const withPlan = largePlan(withDecision);
  return { ...withPlan, meta: { ...withPlan.meta, title: 'Large project 大型项目' } };
}

/**
 * A project with about `n` entities of each kind the size-scaling checks grow: n/2 systems and
 * n flows, n scores (raters × candidates × criteria), n tasks with 2n dependencies. For n of
 * 10², 10³ and 10⁴ (issue 11: work must grow no worse than n log n).
 */
export function scaledProject(n: number): ProjectDocument {
  const decisionSizes = {
    100: { raters: 1, candidates: 10, criteria: 10 },
    1000: { raters: 10, candidates: 10, criteria: 10 },
    10000: { raters: 10, candidates: 20, criteria: 50 },
  }[n];
  if (!decisionSizes) throw new Error(`scaledProject: n must be 100, 1000 or 10000, not ${n}`);
  const diagram = largeDiagram(workedExample(), { systems: n / 2, flows: n });
  const decision = largeDecision(diagram, { withRanges: true }, decisionSizes);
  return largePlan(decision, { tasks: n, links: 2 * n });
}
