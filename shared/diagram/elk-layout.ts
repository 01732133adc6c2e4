import type { ELK as ElkEngine, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ProjectDocument } from '../model/schema.ts';
import { LABEL_WIDTH, SYSTEM_NODE_SIZE } from './dimensions.ts';
import { bundleFlows, labelHeight } from './edge-bundles.ts';
import type { Box } from './geometry-types.ts';
import type { Point } from './scene-types.ts';

/** Where ELK puts each system, and its route and label box for each edge bundle. */
export type ElkPlacement = {
  /** Rounded to whole px: what auto-layout writes into the document. */
  positions: Map<string, Point>;
  routes: Map<string, { points: Point[]; label: Box | null }>;
};

const LANE_PARTITION = { upstream: 0, internal: 1, downstream: 2 } as const;

/**
 * ELK layered, left to right, options after the ELK reference
 * (https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html): lanes as ordered
 * partitions, orthogonal routing, edge labels as centre labels (ELK reserves a layer slot for
 * each, so labels never sit on nodes or on each other), one port per edge (`mergeEdges` off:
 * flows meet a box at distributed points), model order kept so the same document always lays
 * out the same.
 */
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.partitioning.activate': 'true',
  'elk.layered.mergeEdges': 'false',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeEdge': '14',
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeLabel': '6',
  'elk.spacing.labelLabel': '8',
  'elk.spacing.labelNode': '10',
  'elk.layered.spacing.nodeNodeBetweenLayers': '32',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '14',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.edgeLabels.placement': 'CENTER',
} as const;

let engine: Promise<ElkEngine> | undefined;
/** ELK is 1.6 MB: loaded on the first layout, not with the app. Runs in Node as in a browser. */
function elk(): Promise<ElkEngine> {
  engine ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return engine;
}

/** The ELK graph of a diagram: systems by lane partition, one edge per bundle with its label. */
function elkGraph(diagram: ProjectDocument['flows']): ElkNode {
  const systems = new Set(diagram.systems.map((s) => s.id));
  const bundles = bundleFlows(diagram.flows).filter(
    (b) => systems.has(b.sourceId) && systems.has(b.targetId),
  );
  return {
    id: 'diagram',
    layoutOptions: LAYOUT_OPTIONS,
    children: diagram.systems.map((s) => ({
      id: s.id,
      width: SYSTEM_NODE_SIZE.width,
      height: SYSTEM_NODE_SIZE.height,
      layoutOptions: { 'elk.partitioning.partition': String(LANE_PARTITION[s.lane]) },
    })),
    edges: bundles.map((b) => {
      const layoutOptions = { 'elk.edgeLabels.placement': 'CENTER' };
      const height = labelHeight(b.objectKeys.length);
      return {
        id: b.id,
        sources: [b.sourceId],
        targets: [b.targetId],
        labels:
          height > 0
            ? [
                // ELK skips labels without text; the size, not the text, is what it lays out.
                { id: `${b.id}:label`, text: b.id, width: LABEL_WIDTH, height, layoutOptions },
              ]
            : [],
      };
    }),
  };
}

/** The ELK placement of a diagram's systems and edge bundles (notes are not laid out). */
export async function layoutWithElk(diagram: ProjectDocument['flows']): Promise<ElkPlacement> {
  const graph = await (await elk()).layout(elkGraph(diagram));
  const positions = new Map<string, Point>(
    (graph.children ?? []).map((n) => [n.id, { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) }]),
  );
  const routes = new Map<string, { points: Point[]; label: Box | null }>();
  for (const edge of graph.edges ?? []) {
    const section = edge.sections?.[0];
    if (!section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(
      (p) => ({ x: p.x, y: p.y }),
    );
    const label = edge.labels?.[0];
    routes.set(edge.id, {
      points,
      label:
        label && label.x !== undefined && label.y !== undefined
          ? { x: label.x, y: label.y, width: label.width ?? 0, height: label.height ?? 0 }
          : null,
    });
  }
  return { positions, routes };
}
