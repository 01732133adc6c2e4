/**
 * Sortable positions for the entities of a collection (ydoc.ts): a number per entity, entities
 * listed by (position, id). Reordering moves only the entities that left their place: the others
 * keep their numbers, so a concurrent edit elsewhere in the list is not overwritten, and two
 * clients inserting at the same place both keep their entity (ties broken by id, the same on
 * every replica).
 */

/** An entity's current place: its id and position (`undefined`: new, no position yet). */
export type Placed = { id: string; position: number | undefined };

/** Orders (position, id) pairs: the list order of a collection. */
export function comparePlaced(
  a: { id: string; position: number },
  b: { id: string; position: number },
): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The positions that put `desired` (in the wanted order) in that order while changing as few
 * as possible: the longest run of entities already in increasing order keeps its positions (a
 * longest increasing subsequence, O(n log n)); the others get positions between their
 * neighbours. Returns the new position of every entity whose position must change.
 */
export function reposition(desired: readonly Placed[]): Map<string, number> {
  const kept = keptIndexes(desired);
  const changes = new Map<string, number>();
  const final: number[] = new Array<number>(desired.length);
  let i = 0;
  while (i < desired.length) {
    if (kept.has(i)) {
      final[i] = desired[i]!.position!;
      i++;
      continue;
    }
    let end = i;
    while (end < desired.length && !kept.has(end)) end++;
    const low = i > 0 ? final[i - 1]! : undefined;
    const high = end < desired.length ? desired[end]!.position! : undefined;
    const count = end - i;
    for (let k = 0; k < count; k++) {
      const value = between(low, high, k + 1, count + 1);
      final[i + k] = value;
      changes.set(desired[i + k]!.id, value);
    }
    i = end;
  }
  if (!strictlyIncreasing(final)) {
    // Halving ran out of float precision (after ~50 inserts at one spot): renumber the list.
    changes.clear();
    desired.forEach((entity, index) => {
      if (entity.position !== index) changes.set(entity.id, index);
    });
  }
  return changes;
}

/** The k-th of n−1 evenly spaced values strictly between `low` and `high` (open ends: steps of 1). */
function between(low: number | undefined, high: number | undefined, k: number, n: number): number {
  if (low === undefined && high === undefined) return k - 1;
  if (low === undefined) return high! - (n - k);
  if (high === undefined) return low + k;
  return low + ((high - low) * k) / n;
}

function strictlyIncreasing(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1]! < values[i]!)) return false;
  return values.every(Number.isFinite);
}

/** Indexes of a longest subsequence of positioned entities already in list order. */
function keptIndexes(desired: readonly Placed[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(desired.length).fill(-1);
  const key = (index: number) => ({ id: desired[index]!.id, position: desired[index]!.position! });
  desired.forEach((entity, index) => {
    if (entity.position === undefined || !Number.isFinite(entity.position)) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePlaced(key(tails[mid]!), key(index)) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  });
  const kept = new Set<number>();
  let at = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}
