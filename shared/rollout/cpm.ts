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
  const byId = new Map(live.map((a) => [a.id, a]));
  const outgoing = new Map<string, { to: CpmActivity; link: CpmLink }[]>(
    live.map((a) => [a.id, []]),
  );
  const indegree = new Map<string, number>(live.map((a) => [a.id, 0]));
  for (const activity of live) {
    for (const link of activity.predecessors) {
      if (!byId.has(link.from)) continue;
      outgoing.get(link.from)!.push({ to: activity, link });
      indegree.set(activity.id, indegree.get(activity.id)! + 1);
    }
  }
  // Kahn's algorithm: the order both passes walk in.
  const order = live.filter((a) => indegree.get(a.id) === 0).map((a) => a.id);
  for (let i = 0; i < order.length; i += 1) {
    for (const { to } of outgoing.get(order[i]!)!) {
      const left = indegree.get(to.id)! - 1;
      indegree.set(to.id, left);
      if (left === 0) order.push(to.id);
    }
  }

  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  for (const id of order) {
    const activity = byId.get(id)!;
    let start = Math.max(0, activity.earliestStart ?? 0);
    for (const link of activity.predecessors) {
      const [ps, pf] = [es.get(link.from), ef.get(link.from)];
      if (ps === undefined || pf === undefined) continue;
      start = Math.max(start, earliestStartBy(link, ps, pf, activity.duration));
    }
    es.set(id, start);
    ef.set(id, start + activity.duration);
  }
  let projectFinish = 0;
  for (const finish of ef.values()) projectFinish = Math.max(projectFinish, finish);

  const lf = new Map<string, number>();
  const times = new Map<string, CpmTimes>();
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const id = order[i]!;
    const activity = byId.get(id)!;
    let finish = projectFinish;
    let freeFloat = projectFinish - ef.get(id)!;
    for (const { to, link } of outgoing.get(id)!) {
      const [sls, slf] = [lf.get(to.id)! - to.duration, lf.get(to.id)!];
      finish = Math.min(finish, latestFinishBy(link, sls, slf, activity.duration));
      freeFloat = Math.min(freeFloat, slackOf(link, es.get(id)!, ef.get(id)!, to, es.get(to.id)!));
    }
    lf.set(id, finish);
    const totalFloat = finish - ef.get(id)!;
    times.set(id, {
      earlyStart: es.get(id)!,
      earlyFinish: ef.get(id)!,
      lateStart: finish - activity.duration,
      lateFinish: finish,
      totalFloat,
      freeFloat: Math.max(0, Math.min(freeFloat, totalFloat)),
      isCritical: totalFloat <= 0,
    });
  }
  return { times, cycles, projectFinish, order };
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
function slackOf(link: CpmLink, ps: number, pf: number, to: CpmActivity, ss: number): number {
  const sf = ss + to.duration;
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
