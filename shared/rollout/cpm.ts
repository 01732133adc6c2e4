import type { Dependency } from '../model/schema.ts';

/**
 * The critical-path method on a network of activities, in whole working days counted from the
 * project start (day 0). Finish times are exclusive: an activity with early start 3 and duration
 * 2 occupies days 3 and 4 and has early finish 5, as in the textbook tables (Heizer & Render,
 * "Operations Management", ch. 3), so the numbers can be checked against them directly.
 *
 * Links (MS Project semantics), with lag L in working days (negative: lead):
 * - FS: successor starts ≥ predecessor finish + L
 * - SS: successor starts ≥ predecessor start + L
 * - FF: successor finishes ≥ predecessor finish + L
 * - SF: successor finishes ≥ predecessor start + L
 */

/** One link into an activity. */
export type CpmLink = { from: string; type: Dependency['type']; lag: number };

/** One activity of the network. */
export type CpmActivity = {
  id: string;
  duration: number;
  predecessors: readonly CpmLink[];
  /** Earliest allowed start ("start no earlier than"), in working days; 0 when unconstrained. */
  earliestStart?: number;
};

/** Early/late times and floats of one activity. */
export type CpmTimes = {
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  totalFloat: number;
  freeFloat: number;
  isCritical: boolean;
};

/** A strongly connected group of activities that depend on each other in a circle. */
export type CpmCycle = string[];

/** The result: times of every activity outside a cycle, the cycles, and the project length. */
export type CpmResult = {
  times: Map<string, CpmTimes>;
  cycles: CpmCycle[];
  /** Working days from day 0 to the end of the last activity (exclusive finish). */
  projectFinish: number;
  /** Activities in topological order (cycle members left out). */
  order: string[];
};

/**
 * Strongly connected components with more than one member, or with a self-link, by Tarjan's
 * algorithm (iterative, so a 5,000-task chain cannot overflow the stack). Each cycle lists its
 * members in the order of one circuit through them where possible.
 */
export function findCycles(activities: readonly CpmActivity[]): CpmCycle[] {
  const ids = new Set(activities.map((a) => a.id));
  const successors = new Map<string, string[]>(activities.map((a) => [a.id, []]));
  for (const activity of activities) {
    for (const link of activity.predecessors) {
      if (ids.has(link.from)) successors.get(link.from)?.push(activity.id);
    }
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: CpmCycle[] = [];
  let counter = 0;
  for (const root of activities) {
    if (index.has(root.id)) continue;
    const work: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    index.set(root.id, counter);
    low.set(root.id, counter);
    counter += 1;
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const next = successors.get(frame.id)![frame.next];
      if (next !== undefined) {
        frame.next += 1;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter);
          counter += 1;
          stack.push(next);
          onStack.add(next);
          work.push({ id: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const isSelfLoop = successors.get(frame.id)!.includes(frame.id);
        if (component.length > 1 || isSelfLoop) cycles.push(circuit(component, successors));
      }
    }
  }
  return cycles;
}

/** Orders a component along one circuit from its first member (the rest follow). */
function circuit(component: string[], successors: Map<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i]!;
    for (const next of successors.get(id) ?? []) {
      if (!members.has(next) || previous.has(next)) continue;
      previous.set(next, id);
      queue.push(next);
    }
  }
  // Walk back from `start` (reached again through its predecessor on the circuit).
  const path: string[] = [];
  let at = previous.get(start);
  while (at !== undefined && at !== start && path.length <= component.length) {
    path.unshift(at);
    at = previous.get(at);
  }
  const ordered = [start, ...path.filter((id) => id !== start)];
  return [...ordered, ...component.filter((id) => !ordered.includes(id)).sort()];
}

/**
 * Forward and backward pass of the critical-path method. Activities caught in a cycle get no
 * times; links from them are ignored so the rest of the plan still schedules. Links from
 * unknown ids are ignored too (findings report them). Early starts never fall before day 0.
 *
 * @example
 * // Heizer & Render's Milwaukee Paper network: A(2) B(3) C(2|A) D(4|A,B) E(4|C) F(3|C) G(5|D,E) H(2|F,G)
 * // → project finish 15, critical path A C E G H, slack B 1, D 1, F 6.
 */
export function criticalPath(activities: readonly CpmActivity[]): CpmResult {
  const cycles = findCycles(activities);
  const inCycle = new Set(cycles.flat());
  const live = activities.filter((a) => !inCycle.has(a.id));
  // Integer indices and typed arrays: 5,000 activities and 10,000 links in a few milliseconds.
  const n = live.length;
  const indexOf = new Map(live.map((a, i) => [a.id, i]));
  const duration = Int32Array.from(live, (a) => a.duration);
  type Edge = { from: number; to: number; link: CpmLink };
  const incoming: Edge[][] = live.map(() => []);
  const outgoing: Edge[][] = live.map(() => []);
  const indegree = new Int32Array(n);
  live.forEach((activity, to) => {
    for (const link of activity.predecessors) {
      const from = indexOf.get(link.from);
      if (from === undefined) continue;
      const edge = { from, to, link };
      incoming[to]!.push(edge);
      outgoing[from]!.push(edge);
      indegree[to]! += 1;
    }
  });
  // Kahn's algorithm: the order both passes walk in.
  const order: number[] = [];
  for (let i = 0; i < n; i += 1) if (indegree[i] === 0) order.push(i);
  for (let k = 0; k < order.length; k += 1) {
    for (const { to } of outgoing[order[k]!]!) {
      indegree[to]! -= 1;
      if (indegree[to] === 0) order.push(to);
    }
  }

  const es = new Int32Array(n);
  const ef = new Int32Array(n);
  for (const i of order) {
    let start = Math.max(0, live[i]!.earliestStart ?? 0);
    for (const { from, link } of incoming[i]!) {
      start = Math.max(start, earliestStartBy(link, es[from]!, ef[from]!, duration[i]!));
    }
    es[i] = start;
    ef[i] = start + duration[i]!;
  }
  let projectFinish = 0;
  for (let i = 0; i < n; i += 1) projectFinish = Math.max(projectFinish, ef[i]!);

  const lf = new Int32Array(n);
  const times = new Map<string, CpmTimes>();
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const i = order[k]!;
    let finish = projectFinish;
    let freeFloat = projectFinish - ef[i]!;
    for (const { to, link } of outgoing[i]!) {
      finish = Math.min(
        finish,
        latestFinishBy(link, lf[to]! - duration[to]!, lf[to]!, duration[i]!),
      );
      freeFloat = Math.min(freeFloat, slackOf(link, es[i]!, ef[i]!, es[to]!, ef[to]!));
    }
    lf[i] = finish;
    const totalFloat = finish - ef[i]!;
    times.set(live[i]!.id, {
      earlyStart: es[i]!,
      earlyFinish: ef[i]!,
      lateStart: finish - duration[i]!,
      lateFinish: finish,
      totalFloat,
      freeFloat: Math.max(0, Math.min(freeFloat, totalFloat)),
      isCritical: totalFloat <= 0,
    });
  }
  return { times, cycles, projectFinish, order: order.map((i) => live[i]!.id) };
}

/** The earliest start a link allows its successor. */
function earliestStartBy(link: CpmLink, ps: number, pf: number, duration: number): number {
  switch (link.type) {
    case 'FS':
      return pf + link.lag;
    case 'SS':
      return ps + link.lag;
    case 'FF':
      return pf + link.lag - duration;
    case 'SF':
      return ps + link.lag - duration;
  }
}

/** The latest finish a link allows its predecessor, given the successor's late start/finish. */
function latestFinishBy(link: CpmLink, sls: number, slf: number, duration: number): number {
  switch (link.type) {
    case 'FS':
      return sls - link.lag;
    case 'SS':
      return sls - link.lag + duration;
    case 'FF':
      return slf - link.lag;
    case 'SF':
      return slf - link.lag + duration;
  }
}

/** How far the predecessor can slip before it moves this successor's early dates. */
function slackOf(link: CpmLink, ps: number, pf: number, ss: number, sf: number): number {
  switch (link.type) {
    case 'FS':
      return ss - (pf + link.lag);
    case 'SS':
      return ss - (ps + link.lag);
    case 'FF':
      return sf - (pf + link.lag);
    case 'SF':
      return sf - (ps + link.lag);
  }
}
