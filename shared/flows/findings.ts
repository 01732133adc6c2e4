import { localized, type Localized } from '../i18n/localized.ts';
import type { Flow, ProjectDocument, TraceSystem } from '../model/schema.ts';
import { objectLabel, systemLabel } from './flow-labels.ts';

/** The finding type of the diagram checks and the helpers the rules share. */

/** `error`: the spec cannot be right; `warning`: one of the model's pitfalls; `info`: a note. */
export type FlowFindingSeverity = 'error' | 'warning' | 'info';

/** One finding: which rule, how serious, what it points at, what is wrong and how to fix it. */
export type FlowFinding = {
  id: FlowRuleId;
  severity: FlowFindingSeverity;
  target: { kind: 'system' | 'flow' | 'diagram'; id: string | null };
  message: Localized;
  fix: Localized;
};

/** The rule ids, in the order findings are reported. */
export const flowRuleIds = [
  'diagram.empty',
  'flow.self-loop',
  'flow.duplicate',
  'flow.two-way-without-reason',
  'flow.no-owner',
  'system.no-flows',
  'chain.upstream-missing',
  'chain.downstream-missing',
  'quality.loop-open',
  'kde.no-source',
  'serial.no-flow',
  'scope.too-many-flows',
] as const;
/** The id of a diagram rule. */
export type FlowRuleId = (typeof flowRuleIds)[number];

/** What every rule sees: the document, systems by id, and every directed hop of data. */
export type Context = {
  doc: ProjectDocument;
  systems: ReadonlyMap<string, TraceSystem>;
  /** Every directed hop data takes: a two-way flow contributes both directions. */
  hops: readonly { flow: Flow; from: TraceSystem | undefined; to: TraceSystem | undefined }[];
};
/** A rule: a pure function from the context to its findings. */
export type Rule = (context: Context) => FlowFinding[];

/** A list joined the way each language writes it. */
export const both = (en: string[], zh: string[]) => localized(en.join(', '), zh.join('、'));
/** A system's label by id (its id if the system is missing). */
export const name = (ctx: Context, id: string) => {
  const system = ctx.systems.get(id);
  return system ? systemLabel(system) : localized(id, id);
};
/** "ERP → Traceability platform" in both languages. */
export const route = (ctx: Context, flow: Flow) => {
  const [from, to] = [name(ctx, flow.sourceId), name(ctx, flow.targetId)];
  return localized(`${from.en} → ${to.en}`, `${from['zh-CN']} → ${to['zh-CN']}`);
};
/** The labels of data objects, as one list per language. */
export const objects = (ctx: Context, keys: readonly string[]) => {
  const labels = keys.map((key) => objectLabel(ctx.doc, key));
  return keys.length === 0
    ? localized('no data objects', '无数据对象')
    : both(
        labels.map((l) => l.en),
        labels.map((l) => l['zh-CN']),
      );
};
/** A finding that points at a flow. */
export const flowFinding = (
  id: FlowRuleId,
  severity: FlowFindingSeverity,
  flow: Flow,
  message: Localized,
  fix: Localized,
): FlowFinding => ({ id, severity, target: { kind: 'flow', id: flow.id }, message, fix });
/** A finding about the diagram as a whole. */
export const diagramFinding = (
  id: FlowRuleId,
  severity: FlowFindingSeverity,
  message: Localized,
  fix: Localized,
): FlowFinding => ({ id, severity, target: { kind: 'diagram', id: null }, message, fix });

/** A finding that points at a system. */
export const systemFinding = (
  id: FlowRuleId,
  severity: FlowFindingSeverity,
  system: TraceSystem,
  message: Localized,
  fix: Localized,
): FlowFinding => ({ id, severity, target: { kind: 'system', id: system.id }, message, fix });

/**
 * Whether the team decided to leave a system out of this project and wrote down why: rules that
 * check each system report such a system as a decision (`info`), not a gap. Marked out of scope
 * without a reason, it is still checked — a decision nobody can explain is no decision.
 */
export const isDecidedOutOfScope = (system: TraceSystem) =>
  system.isOutOfScope && system.outOfScopeReason.trim() !== '';

/** Ids of the systems some flow starts or ends at. */
export const connectedSystemIds = (ctx: Context): ReadonlySet<string> =>
  new Set(ctx.doc.flows.flows.flatMap((f) => [f.sourceId, f.targetId]));

/** Whether a hop carries one of `keys`. */
export const hopCarries = (hop: Context['hops'][number], keys: readonly string[]) =>
  hop.flow.objects.some((o) => keys.includes(o));

/** Whether `system` sends one of `keys` on some hop (to any system). */
export const sends = (ctx: Context, system: TraceSystem, keys: readonly string[]) =>
  hopsAt(ctx, system.id).from.some((hop) => hopCarries(hop, keys));

/** Whether `system` receives one of `keys` on some hop (from any system). */
export const receives = (ctx: Context, system: TraceSystem, keys: readonly string[]) =>
  hopsAt(ctx, system.id).to.some((hop) => hopCarries(hop, keys));

/** The data objects on every hop that starts or ends at `system`. */
export const objectsAt = (ctx: Context, system: TraceSystem): ReadonlySet<string> => {
  const { from, to } = hopsAt(ctx, system.id);
  return new Set([...from, ...to].flatMap((hop) => hop.flow.objects));
};

type Hop = Context['hops'][number];
type HopIndex = { from: Map<string, Hop[]>; to: Map<string, Hop[]> };
const hopIndexes = new WeakMap<Context['hops'], HopIndex>();
const NO_HOPS: readonly Hop[] = [];

/**
 * The hops leaving and reaching one system, from an index built once per diagram: the rules ask
 * this for every system, and a scan of all hops per system made validation quadratic (a
 * 10,000-flow diagram read its hops 34,000 times per flow).
 */
function hopsAt(ctx: Context, systemId: string): { from: readonly Hop[]; to: readonly Hop[] } {
  let index = hopIndexes.get(ctx.hops);
  if (!index) {
    index = { from: new Map(), to: new Map() };
    for (const hop of ctx.hops) {
      for (const [map, end] of [
        [index.from, hop.from],
        [index.to, hop.to],
      ] as const) {
        if (!end) continue;
        const list = map.get(end.id);
        if (list) list.push(hop);
        else map.set(end.id, [hop]);
      }
    }
    hopIndexes.set(ctx.hops, index);
  }
  return { from: index.from.get(systemId) ?? NO_HOPS, to: index.to.get(systemId) ?? NO_HOPS };
}

/** Whether some hop carries one of `keys` and satisfies `where`. */
export const carries = (
  ctx: Context,
  keys: readonly string[],
  where: (hop: Context['hops'][number]) => boolean,
) => ctx.hops.some((hop) => hop.flow.objects.some((o) => keys.includes(o)) && where(hop));
