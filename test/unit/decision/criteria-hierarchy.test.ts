import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCriteriaHierarchy,
  globalWeights,
  siblingGroups,
} from '../../../shared/decision/criteria-hierarchy.ts';
import { normaliseWeights } from '../../../shared/decision/weights.ts';

const node = (id: string, parentId: string | null = null) => ({ id, parentId });

describe('buildCriteriaHierarchy', () => {
  it('finds main criteria, children, leaves and depth', () => {
    const h = buildCriteriaHierarchy([
      node('cost'),
      node('quality'),
      node('q-a', 'quality'),
      node('q-b', 'quality'),
      node('q-b-1', 'q-b'),
    ]);
    expect(h.parentIndex).toEqual([-1, -1, 1, 1, 3]);
    expect(h.children).toEqual([[], [2, 3], [], [4], []]);
    expect(h.leaves).toEqual([0, 2, 4]);
    expect(h.depth).toEqual([0, 0, 1, 1, 2]);
    expect(h.leavesUnder).toEqual([[0], [2, 4], [2], [4], [4]]);
    expect(h.cyclicIds).toEqual([]);
    expect(siblingGroups(h)).toEqual([
      { parentIndex: -1, members: [0, 1] },
      { parentIndex: 1, members: [2, 3] },
      { parentIndex: 3, members: [4] },
    ]);
  });

  it('treats a parent of another scope (unknown id) as none', () => {
    const h = buildCriteriaHierarchy([node('a', 'vendor-criterion'), node('b')]);
    expect(h.parentIndex).toEqual([-1, -1]);
    expect(h.leaves).toEqual([0, 1]);
  });

  it.each([
    { name: 'self-parent', criteria: [node('a', 'a'), node('b')], cyclic: ['a'] },
    {
      name: 'two-cycle',
      criteria: [node('a', 'b'), node('b', 'a'), node('c', 'a')],
      cyclic: ['a', 'b'],
    },
    {
      name: 'three-cycle with a tail',
      criteria: [node('x', 'a'), node('a', 'b'), node('b', 'c'), node('c', 'a')],
      cyclic: ['a', 'b', 'c'],
    },
  ])('cuts parent cycles ($name) without hanging', ({ criteria, cyclic }) => {
    const h = buildCriteriaHierarchy(criteria);
    expect(h.cyclicIds).toEqual(cyclic);
    for (const id of cyclic) expect(h.parentIndex[h.ids.indexOf(id)]).toBe(-1);
    expect(h.depth.every((d) => Number.isFinite(d))).toBe(true);
  });
});

describe('globalWeights', () => {
  it('multiplies local weights down the tree (worked example)', () => {
    // Cost 0.6 / Quality 0.4; Quality's children 0.75 / 0.25 → leaves 0.6, 0.3, 0.1.
    const h = buildCriteriaHierarchy([
      node('cost'),
      node('quality'),
      node('qa', 'quality'),
      node('qb', 'quality'),
    ]);
    const local = new Map([
      ['cost', 60],
      ['quality', 40],
      ['qa', 3],
      ['qb', 1],
    ]);
    const g = globalWeights(h, (group) =>
      normaliseWeights(group.members.map((m) => local.get(h.ids[m]!)!)),
    );
    expect(g[0]).toBeCloseTo(0.6, 12);
    expect(g[1]).toBeCloseTo(0.4, 12);
    expect(g[2]).toBeCloseTo(0.3, 12);
    expect(g[3]).toBeCloseTo(0.1, 12);
  });

  it('gives leaves weights summing to 1 for any tree and any local weights (property)', () => {
    const tree = fc
      .array(fc.nat(), { minLength: 1, maxLength: 25 })
      .map((parents) =>
        parents.map((p, i) => node(`c${i}`, i === 0 || p % (i + 1) === i ? null : `c${p % i}`)),
      );
    fc.assert(
      fc.property(
        tree,
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 25, maxLength: 25 }),
        (criteria, raw) => {
          const h = buildCriteriaHierarchy(criteria);
          const g = globalWeights(h, (group) =>
            normaliseWeights(group.members.map((m) => raw[m]!)),
          );
          const leafSum = h.leaves.reduce((s, i) => s + g[i]!, 0);
          expect(leafSum).toBeCloseTo(1, 9);
          // A parent's weight is the sum of its children's.
          h.children.forEach((kids, p) => {
            if (kids.length > 0) expect(kids.reduce((s, k) => s + g[k]!, 0)).toBeCloseTo(g[p]!, 9);
          });
        },
      ),
    );
  });
});
