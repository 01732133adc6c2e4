import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPath, findCycles, type CpmActivity } from '../../../shared/rollout/cpm.ts';

/**
 * The textbook network: Heizer, Render & Munson, "Operations Management" (Pearson), chapter 3
 * "Project Management", Milwaukee Paper Manufacturing's pollution-control project. Activities
 * A–H (durations in weeks) with the ES/EF/LS/LF table printed there: project length 15 weeks,
 * critical path A–C–E–G–H, slack B 1, D 1, F 6.
 */
const milwaukee: CpmActivity[] = [
  ['A', 2, []],
  ['B', 3, []],
  ['C', 2, ['A']],
  ['D', 4, ['A', 'B']],
  ['E', 4, ['C']],
  ['F', 3, ['C']],
  ['G', 5, ['D', 'E']],
  ['H', 2, ['F', 'G']],
].map(([id, duration, preds]) => ({
  id: id as string,
  duration: duration as number,
  predecessors: (preds as string[]).map((from) => ({ from, type: 'FS' as const, lag: 0 })),
}));

describe('criticalPath on the Heizer & Render textbook network', () => {
  const result = criticalPath(milwaukee);
  it.each([
    // id, ES, EF, LS, LF, slack (published table)
    ['A', 0, 2, 0, 2, 0],
    ['B', 0, 3, 1, 4, 1],
    ['C', 2, 4, 2, 4, 0],
    ['D', 3, 7, 4, 8, 1],
    ['E', 4, 8, 4, 8, 0],
    ['F', 4, 7, 10, 13, 6],
    ['G', 8, 13, 8, 13, 0],
    ['H', 13, 15, 13, 15, 0],
  ])('%s: ES %i EF %i LS %i LF %i slack %i', (id, es, ef, ls, lf, slack) => {
    expect(result.times.get(id)).toMatchObject({
      earlyStart: es,
      earlyFinish: ef,
      lateStart: ls,
      lateFinish: lf,
      totalFloat: slack,
      isCritical: slack === 0,
    });
  });
  it('finishes in 15 weeks on the path A C E G H', () => {
    expect(result.projectFinish).toBe(15);
    const critical = result.order.filter((id) => result.times.get(id)!.isCritical);
    expect(critical).toEqual(['A', 'C', 'E', 'G', 'H']);
  });
  it('gives free float only where a successor does not wait (B 0, D 1, F 6)', () => {
    expect(['B', 'D', 'F'].map((id) => result.times.get(id)!.freeFloat)).toEqual([0, 1, 6]);
  });
});

const pair = (type: 'FS' | 'SS' | 'FF' | 'SF', lag: number, succDuration = 3): CpmActivity[] => [
  { id: 'P', duration: 5, predecessors: [], earliestStart: 10 },
  { id: 'S', duration: succDuration, predecessors: [{ from: 'P', type, lag }] },
];

describe('the four link types with lag (predecessor P: days 10–14, S lasts 3 days)', () => {
  it.each([
    // type, lag, S early start, why
    ['FS', 0, 15, 'starts the day after P finishes'],
    ['FS', 2, 17, 'waits two working days'],
    ['FS', -2, 13, 'overlaps P by two days (lead)'],
    ['SS', 0, 10, 'starts with P'],
    ['SS', 3, 13, 'starts three days after P starts'],
    ['SS', -4, 6, 'starts four days before P'],
    ['FF', 0, 12, 'finishes with P (day 14)'],
    ['FF', 2, 14, 'finishes two days after P'],
    ['FF', -1, 11, 'finishes a day before P'],
    ['SF', 0, 7, 'finishes when P starts'],
    ['SF', 4, 11, 'finishes four days after P starts'],
    ['SF', -2, 5, 'finishes two days before P starts'],
  ] as const)('%s %i → S starts on day %i (%s)', (type, lag, start, _why) => {
    const times = criticalPath(pair(type, lag)).times.get('S')!;
    expect(times.earlyStart).toBe(start);
    expect(times.earlyFinish).toBe(start + 3);
  });
  it('never starts a task before day 0, whatever the lead', () => {
    const net: CpmActivity[] = [
      { id: 'P', duration: 2, predecessors: [] },
      { id: 'S', duration: 1, predecessors: [{ from: 'P', type: 'SS', lag: -10 }] },
    ];
    expect(criticalPath(net).times.get('S')!.earlyStart).toBe(0);
  });
  it('computes late times backwards through SS and FF links', () => {
    // P(5) -SS+2-> S(3) -FF+0-> Z(6): S 2–5, Z 0–6 → finish 7 via P; S/Z have float.
    const net: CpmActivity[] = [
      { id: 'P', duration: 5, predecessors: [] },
      { id: 'S', duration: 3, predecessors: [{ from: 'P', type: 'SS', lag: 2 }] },
      { id: 'Z', duration: 6, predecessors: [{ from: 'S', type: 'FF', lag: 0 }] },
    ];
    const { times, projectFinish } = criticalPath(net);
    expect(projectFinish).toBe(6);
    expect(times.get('S')).toMatchObject({ earlyStart: 2, earlyFinish: 5, lateFinish: 6 });
    expect(times.get('Z')).toMatchObject({ earlyStart: 0, totalFloat: 0 });
    expect(times.get('P')).toMatchObject({ lateStart: 1, totalFloat: 1 });
  });
  it('treats a milestone as zero duration', () => {
    const net: CpmActivity[] = [
      { id: 'W', duration: 4, predecessors: [] },
      { id: 'M', duration: 0, predecessors: [{ from: 'W', type: 'FS', lag: 0 }] },
    ];
    expect(criticalPath(net).times.get('M')).toMatchObject({
      earlyStart: 4,
      earlyFinish: 4,
      isCritical: true,
    });
  });
});

describe('cycles', () => {
  const link = (from: string) => ({ from, type: 'FS' as const, lag: 0 });
  it('finds a three-task circle, in circuit order, and schedules the rest', () => {
    const net: CpmActivity[] = [
      { id: 'start', duration: 1, predecessors: [] },
      { id: 'a', duration: 1, predecessors: [link('start'), link('c')] },
      { id: 'b', duration: 1, predecessors: [link('a')] },
      { id: 'c', duration: 1, predecessors: [link('b')] },
      { id: 'after', duration: 2, predecessors: [link('c'), link('start')] },
    ];
    const result = criticalPath(net);
    expect(result.cycles).toEqual([['a', 'b', 'c']]);
    expect([...result.times.keys()].sort()).toEqual(['after', 'start']);
    expect(result.times.get('after')!.earlyStart).toBe(1);
  });
  it('finds a task that waits for itself and two separate circles', () => {
    const net: CpmActivity[] = [
      { id: 'x', duration: 1, predecessors: [link('x')] },
      { id: 'p', duration: 1, predecessors: [link('q')] },
      { id: 'q', duration: 1, predecessors: [link('p')] },
    ];
    expect(findCycles(net).map((c) => [...c].sort())).toEqual([['x'], ['p', 'q']]);
  });
  it('ignores links from tasks that do not exist', () => {
    const net: CpmActivity[] = [{ id: 'a', duration: 2, predecessors: [link('ghost')] }];
    expect(criticalPath(net).times.get('a')!.earlyStart).toBe(0);
  });
  it('handles a 5,000-task chain without recursion', () => {
    const net: CpmActivity[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `t${i}`,
      duration: 1,
      predecessors: i === 0 ? [link('t4999')] : [link(`t${i - 1}`)],
    }));
    expect(findCycles(net)[0]).toHaveLength(5000);
  });
});

const arbitraryNetwork = fc
  .array(
    fc.record({
      duration: fc.integer({ min: 0, max: 10 }),
      earliest: fc.integer({ min: 0, max: 20 }),
      links: fc.array(
        fc.record({
          back: fc.integer({ min: 1, max: 6 }),
          type: fc.constantFrom('FS' as const, 'SS' as const, 'FF' as const, 'SF' as const),
          lag: fc.integer({ min: -5, max: 5 }),
        }),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) =>
    rows.map((row, i): CpmActivity => ({
      id: `t${i}`,
      duration: row.duration,
      earliestStart: row.earliest,
      predecessors: row.links
        .filter((l) => i - l.back >= 0)
        .map((l) => ({ from: `t${i - l.back}`, type: l.type, lag: l.lag })),
    })),
  );

describe('properties of any acyclic network', () => {
  it('respects every dependency, constraint and day 0; floats are never negative', () => {
    fc.assert(
      fc.property(arbitraryNetwork, (net) => {
        const { times, projectFinish } = criticalPath(net);
        for (const activity of net) {
          const t = times.get(activity.id)!;
          expect(t.earlyStart).toBeGreaterThanOrEqual(Math.max(0, activity.earliestStart ?? 0));
          expect(t.earlyFinish).toBeLessThanOrEqual(projectFinish);
          expect(t.totalFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeLessThanOrEqual(t.totalFloat);
          for (const link of activity.predecessors) {
            const p = times.get(link.from)!;
            const bound = {
              FS: [t.earlyStart, p.earlyFinish],
              SS: [t.earlyStart, p.earlyStart],
              FF: [t.earlyFinish, p.earlyFinish],
              SF: [t.earlyFinish, p.earlyStart],
            }[link.type];
            expect(bound[0]!).toBeGreaterThanOrEqual(bound[1]! + link.lag);
          }
        }
      }),
    );
  });
});
