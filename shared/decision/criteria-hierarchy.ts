/**
 * The criteria tree of one scope (option or vendor criteria): main criteria and sub-criteria
 * linked by `parentId`. Only leaves are scored; a parent's weight is shared among its children.
 */

/** A criterion as far as the tree is concerned. */
export type HierarchyInput = { id: string; parentId: string | null };

/** Indices refer to the input list, kept in document order. */
export type CriteriaHierarchy = {
  ids: string[];
  /** Parent index per criterion, `-1` for a main criterion. */
  parentIndex: number[];
  children: number[][];
  /** Criteria that are scored (no children), in document order. */
  leaves: number[];
  /** Leaves under each criterion (itself for a leaf), in document order. */
  leavesUnder: number[][];
  /** Depth per criterion: 0 for main criteria. */
  depth: number[];
  /** Criteria whose `parentId` chain loops; they are treated as main criteria. */
  cyclicIds: string[];
};

/** Siblings that are weighted against each other: the children of one parent, or the roots. */
export type SiblingGroup = { parentIndex: number; members: number[] };

/**
 * Builds the tree. A `parentId` that names no criterion of the list (deleted, or of the other
 * scope) makes the criterion a main criterion; so does a parent chain that loops back on itself
 * (hostile or corrupted files), reported in `cyclicIds`.
 */
export function buildCriteriaHierarchy(criteria: readonly HierarchyInput[]): CriteriaHierarchy {
  const ids = criteria.map((c) => c.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  const parentIndex = criteria.map((c) =>
    c.parentId === null ? -1 : (indexOf.get(c.parentId) ?? -1),
  );
  const cyclic = new Set<number>();
  for (let i = 0; i < ids.length; i++) {
    const seen = new Set<number>([i]);
    for (let p = parentIndex[i]!; p !== -1; p = parentIndex[p]!) {
      if (seen.has(p)) {
        // Cut the loop at every member so each one becomes a main criterion.
        let q = p;
        do {
          cyclic.add(q);
          q = parentIndex[q]!;
        } while (q !== p && q !== -1);
        break;
      }
      seen.add(p);
    }
  }
  for (const i of cyclic) parentIndex[i] = -1;
  const children = ids.map(() => [] as number[]);
  parentIndex.forEach((p, i) => {
    if (p !== -1) children[p]!.push(i);
  });
  const leaves = ids.map((_, i) => i).filter((i) => children[i]!.length === 0);
  const depth = ids.map((_, i) => {
    let d = 0;
    for (let p = parentIndex[i]!; p !== -1; p = parentIndex[p]!) d++;
    return d;
  });
  const leavesUnder = ids.map(() => [] as number[]);
  for (const leaf of leaves) {
    for (let n = leaf; n !== -1; n = parentIndex[n]!) leavesUnder[n]!.push(leaf);
  }
  return {
    ids,
    parentIndex,
    children,
    leaves,
    leavesUnder,
    depth,
    cyclicIds: [...cyclic].sort((a, b) => a - b).map((i) => ids[i]!),
  };
}

/** The groups of siblings, main criteria first, then each parent's children in document order. */
export function siblingGroups(hierarchy: CriteriaHierarchy): SiblingGroup[] {
  const roots = hierarchy.ids.map((_, i) => i).filter((i) => hierarchy.parentIndex[i] === -1);
  const groups: SiblingGroup[] = roots.length > 0 ? [{ parentIndex: -1, members: roots }] : [];
  hierarchy.children.forEach((members, parent) => {
    if (members.length > 0) groups.push({ parentIndex: parent, members });
  });
  return groups;
}

/**
 * Global weight of every criterion: a main criterion's global weight is its local weight; a
 * sub-criterion's is its parent's global weight times its local weight among its siblings.
 * `localWeights` gets each sibling group and returns weights summing to 1 in member order, so
 * the leaves' global weights sum to 1.
 *
 * @example main criteria Cost 0.6 and Quality 0.4, Quality split 0.75/0.25 between its two
 * children → leaves Cost 0.6, Quality-a 0.3, Quality-b 0.1.
 */
export function globalWeights(
  hierarchy: CriteriaHierarchy,
  localWeights: (group: SiblingGroup) => readonly number[],
): number[] {
  const local = new Array<number>(hierarchy.ids.length).fill(0);
  for (const group of siblingGroups(hierarchy)) {
    const w = localWeights(group);
    group.members.forEach((m, k) => (local[m] = w[k] ?? 0));
  }
  return hierarchy.ids.map((_, i) => {
    let g = local[i]!;
    for (let p = hierarchy.parentIndex[i]!; p !== -1; p = hierarchy.parentIndex[p]!) g *= local[p]!;
    return g;
  });
}
