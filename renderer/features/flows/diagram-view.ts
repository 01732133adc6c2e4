import type { Edge, Node } from '@xyflow/react';
import { bundleFlows, labelRows, objectNames } from '../../../shared/diagram/edge-bundles.ts';
import type { Box, DiagramGeometry, LabelRow } from '../../../shared/diagram/geometry-types.ts';
import type { Point } from '../../../shared/diagram/scene-types.ts';
import { dataObjectCatalogue } from '../../../shared/flows/data-objects.ts';
import { systemKindLabels } from '../../../shared/flows/system-kinds.ts';
import type { Flow, Language, ProjectDocument, TraceSystem } from '../../../shared/model/schema.ts';

export type SystemNodeData = {
  system: TraceSystem;
  kindLabel: string;
  laneLabel: string;
  ownerLabel: string;
  findingCount: number;
};

/**
 * Translated words the nodes show, looked up once per language by the canvas rather than by
 * each of a thousand nodes.
 */
export type NodeWords = {
  lane: Record<TraceSystem['lane'], string>;
  department: Record<NonNullable<TraceSystem['owner']>, string>;
};
export type NoteNodeData = { text: string };
export type FlowEdgeData = { flow: Flow; label: string; findingCount: number };

/**
 * A flow on a routed canvas. The first flow of a bundle (flows between the same two systems in
 * the same direction) draws the bundle's edge and label; the others are `bundledInto` it.
 */
export type RoutedEdgeData = {
  flow: Flow;
  bundledInto: string | null;
  flowIds: string[];
  isTwoWay: boolean;
  isCore: boolean;
  isUnreasoned: boolean;
  rows: LabelRow[];
  moreCount: number;
  objectCount: number;
  /** The flow each data object's chip selects. */
  chipFlows: Record<string, string>;
  /** The geometry's route and label, valid while the two systems sit at `source`/`target`. */
  laidOut: {
    points: Point[];
    label: Box | null;
    isLabelHidden: boolean;
    source: Point;
    target: Point;
  } | null;
  findingCount: number;
};

export type SystemNode = Node<SystemNodeData, 'system'>;
export type NoteNode = Node<NoteNodeData, 'note'>;
export type DiagramNode = SystemNode | NoteNode;
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;
export type RoutedFlowEdge = Edge<RoutedEdgeData, 'routed'>;
export type DiagramEdge = FlowEdge | RoutedFlowEdge;

/** Findings per element id, from the validation panel; empty until validation runs. */
export type FindingCounts = ReadonlyMap<string, number>;

/** The diagram's systems and notes as React Flow nodes (positions from the document). */
export function toNodes(
  diagram: ProjectDocument['flows'],
  language: Language,
  findings: FindingCounts,
  words: NodeWords,
): DiagramNode[] {
  const systems: SystemNode[] = diagram.systems.map((system) => ({
    id: system.id,
    type: 'system',
    position: system.position,
    data: {
      system,
      kindLabel: systemKindLabels[system.kind][language],
      laneLabel: words.lane[system.lane],
      ownerLabel: system.owner ? words.department[system.owner] : '',
      findingCount: findings.get(system.id) ?? 0,
    },
  }));
  const notes: NoteNode[] = diagram.notes.map((note) => ({
    id: note.id,
    type: 'note',
    position: note.position,
    data: { text: note.text },
  }));
  return [...systems, ...notes];
}

/** The flows as React Flow edges, labelled with their data objects. */
export function toEdges(
  diagram: ProjectDocument['flows'],
  language: Language,
  findings: FindingCounts,
): FlowEdge[] {
  const labels = new Map<string, string>(
    dataObjectCatalogue.map((o) => [o.key, o.label[language]]),
  );
  for (const custom of diagram.customObjects) labels.set(custom.id, custom.name);
  return diagram.flows.map((flow) => ({
    id: flow.id,
    type: 'flow',
    source: flow.sourceId,
    target: flow.targetId,
    data: {
      flow,
      label: flow.objects.map((o) => labels.get(o) ?? o).join(', '),
      findingCount: findings.get(flow.id) ?? 0,
    },
  }));
}

/**
 * The flows as routed edges: one drawn edge per bundle, following the laid-out geometry's route
 * and label where it has one (else the edge routes itself from its systems' live positions).
 */
export function toRoutedEdges(
  diagram: ProjectDocument['flows'],
  geometry: DiagramGeometry | null,
  language: Language,
  findings: FindingCounts,
): RoutedFlowEdge[] {
  const names = objectNames(diagram, language);
  const flows = new Map(diagram.flows.map((f) => [f.id, f]));
  const laidOut = new Map(geometry?.edges.map((e) => [e.id, e]));
  const at = new Map(geometry?.systems.map((s) => [s.id, { x: s.x, y: s.y }]));
  const edges: RoutedFlowEdge[] = [];
  for (const bundle of bundleFlows(diagram.flows)) {
    const members = bundle.flowIds.map((id) => flows.get(id)!);
    const { rows, moreCount } = labelRows(bundle.objectKeys, names);
    const chipFlows: Record<string, string> = {};
    for (const key of bundle.objectKeys)
      chipFlows[key] = members.find((f) => f.objects.includes(key))!.id;
    const routed = laidOut.get(bundle.id);
    const source = at.get(bundle.sourceId);
    const target = at.get(bundle.targetId);
    const isSameBundle = routed?.flowIds.join() === bundle.flowIds.join();
    bundle.flowIds.forEach((id, i) => {
      const flow = flows.get(id)!;
      edges.push({
        id,
        type: 'routed',
        source: flow.sourceId,
        target: flow.targetId,
        data: {
          flow,
          bundledInto: i === 0 ? null : bundle.id,
          flowIds: bundle.flowIds,
          isTwoWay: bundle.isTwoWay,
          isCore: bundle.isCore,
          isUnreasoned: bundle.isTwoWay && members.some((f) => f.reason.trim() === ''),
          rows,
          moreCount,
          objectCount: bundle.objectKeys.length,
          chipFlows,
          laidOut:
            routed && isSameBundle && source && target
              ? {
                  points: routed.points,
                  label: routed.label,
                  isLabelHidden: routed.label?.isHidden ?? false,
                  source,
                  target,
                }
              : null,
          findingCount: bundle.flowIds.reduce((n, f) => n + (findings.get(f) ?? 0), 0),
        },
      });
    });
  }
  return edges;
}

/** Whether two data records hold the same values, compared key by key (not deeply). */
function isSameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * `next`, with each element that `isUnchanged` from its current namesake replaced by that
 * current object, and the others `carry`ing over what React Flow keeps on them. Returns
 * `current` itself when nothing changed, so React skips the update.
 */
function reconcile<T extends { id: string }>(
  next: T[],
  current: T[],
  isUnchanged: (next: T, previous: T) => boolean,
  carry: (next: T, previous: T) => T,
): T[] {
  const byId = new Map(current.map((element) => [element.id, element]));
  let isSame = next.length === current.length;
  const reconciled = next.map((element, index) => {
    const previous = byId.get(element.id);
    const kept = !previous
      ? element
      : isUnchanged(element, previous)
        ? previous
        : carry(element, previous);
    isSame &&= kept === current[index];
    return kept;
  });
  return isSame ? current : reconciled;
}

/**
 * Nodes rebuilt from a new document, reconciled with React Flow's current ones. A node whose
 * data and position are unchanged keeps its current object, so neither React Flow nor its
 * component does any work for it; a changed node keeps its selection and its measured size.
 * Without `measured`, React Flow hides, re-measures and redraws every node and edge: after each
 * drag or typed word that took seconds on a 1,000-system diagram (bench/diagram-bench.ts).
 */
export function reconcileNodes(next: DiagramNode[], current: DiagramNode[]): DiagramNode[] {
  return reconcile(
    next,
    current,
    (node, previous) =>
      previous.type === node.type &&
      previous.position.x === node.position.x &&
      previous.position.y === node.position.y &&
      isSameData(previous.data, node.data),
    (node, previous) => ({ ...node, selected: previous.selected, measured: previous.measured }),
  );
}

/** Edges rebuilt from a new document, reconciled like `reconcileNodes` (selection kept). */
export function reconcileEdges(next: DiagramEdge[], current: DiagramEdge[]): DiagramEdge[] {
  return reconcile(
    next,
    current,
    (edge, previous) =>
      previous.type === edge.type &&
      previous.source === edge.source &&
      previous.target === edge.target &&
      previous.data !== undefined &&
      edge.data !== undefined &&
      isSameData(previous.data, edge.data),
    (edge, previous) => ({ ...edge, selected: previous.selected }),
  );
}
