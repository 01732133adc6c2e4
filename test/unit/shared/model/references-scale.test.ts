import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/model/limits.ts';
import { parseProjectValue } from '../../../../shared/model/parse.ts';
import { checkReferences, criteriaTreeFacts } from '../../../../shared/model/references.ts';
import type { ProjectDocument } from '../../../../shared/model/schema.ts';
import { exampleDocument, fixedContext } from '../fixtures.ts';

type Node = { id: string; parentId: string | null };

/** Criteria whose `id`/`parentId` reads are counted: the work the check does, not its time. */
function counted(nodes: Node[]): { criteria: Node[]; reads: () => number } {
  let reads = 0;
  const criteria = nodes.map((n) => ({
    get id() {
      reads++;
      return n.id;
    },
    get parentId() {
      reads++;
      return n.parentId;
    },
  }));
  return { criteria, reads: () => reads };
}

const flat = (n: number): Node[] => [
  { id: 'root', parentId: null },
  ...Array.from({ length: n - 1 }, (_, i) => ({ id: `c${i}`, parentId: 'root' })),
];
const chain = (n: number): Node[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, parentId: i === 0 ? null : `c${i - 1}` }));
/** A chain listed leaf first, the worst order for a walk that restarts at every criterion. */
const reversedChain = (n: number): Node[] => chain(n).reverse();
const ring = (n: number): Node[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, parentId: `c${(i + 1) % n}` }));

describe('criteriaTreeFacts does linear work (issue 11, item 1)', () => {
  const shapes = { flat, chain, reversedChain, ring };
  it.each(Object.keys(shapes) as (keyof typeof shapes)[])(
    'reads each criterion a bounded number of times at 10², 10³ and 10⁴ criteria: %s',
    (shape) => {
      const perCriterion = [100, 1_000, 10_000].map((n) => {
        const { criteria, reads } = counted(shapes[shape](n));
        criteriaTreeFacts(criteria);
        return reads() / n;
      });
      // O(n): a constant number of reads per criterion, the same at every size.
      for (const r of perCriterion) expect(r).toBeLessThanOrEqual(6);
      expect(perCriterion[2]! / perCriterion[0]!).toBeLessThan(1.2);
    },
  );

  it('finds every member of a 20,000-criteria ring and nothing else', () => {
    const facts = criteriaTreeFacts([...ring(20_000), { id: 'below', parentId: 'c5' }]);
    expect(facts.onCycle.size).toBe(20_000);
    expect(facts.onCycle.has('below')).toBe(false);
  });

  it('measures levels of a 20,000-criteria chain, capped just past the limit', () => {
    const facts = criteriaTreeFacts(reversedChain(20_000));
    expect(facts.depth.get('c0')).toBe(1);
    expect(facts.depth.get(`c${LIMITS.criteriaDepth}`)).toBe(LIMITS.criteriaDepth + 1);
    expect(facts.depth.get('c19999')).toBe(LIMITS.criteriaDepth + 2);
  });
});

const withCriteria = (nodes: Node[]): ProjectDocument => {
  const doc = exampleDocument();
  const template = doc.decision.criteria[0]!;
  return {
    ...doc,
    decision: {
      ...doc.decision,
      criteria: nodes.map((n) => ({ ...template, id: n.id, parentId: n.parentId })),
      weights: [],
      judgements: [],
      scores: [],
    },
  };
};

describe('checkReferences on hostile criteria trees', () => {
  it('reports a 16,000-criteria level once, at the first criterion over the limit', () => {
    const errors = checkReferences(withCriteria(flat(16_000)));
    expect(errors.map((e) => e.pointer)).toEqual([
      `/decision/criteria/${LIMITS.criteriaPerParent + 1}/parentId`,
    ]);
    expect(errors[0]!.message.en).toContain(`More than ${LIMITS.criteriaPerParent}`);
    expect(errors[0]!.message['zh-CN']).toContain('超过');
  });

  it('reports a 20,000-criteria chain once, where it passes the depth limit', () => {
    const errors = checkReferences(withCriteria(chain(20_000)));
    expect(errors.map((e) => e.pointer)).toEqual([
      `/decision/criteria/${LIMITS.criteriaDepth}/parentId`,
    ]);
    expect(errors[0]!.message.en).toContain(`at most ${LIMITS.criteriaDepth} levels`);
  });

  it('accepts a tree exactly at the limits', () => {
    const nodes = [...chain(LIMITS.criteriaDepth)];
    for (let i = nodes.length; i < LIMITS.criteriaPerParent; i++)
      nodes.push({ id: `main-${i}`, parentId: null });
    expect(checkReferences(withCriteria(nodes))).toEqual([]);
  });

  it('refuses more criteria than the schema allows, before any tree work', () => {
    const result = parseProjectValue(withCriteria(flat(16_000)), fixedContext());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.pointer)).toEqual(['/decision/criteria']);
  });
});
