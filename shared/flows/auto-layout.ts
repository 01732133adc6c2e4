import type { ELK as ElkEngine } from 'elkjs/lib/elk-api.js';
import type { ProjectDocument } from '../model/schema.ts';

/** Size of a system box on the canvas (the renderer's SystemNode keeps to it). */
export const SYSTEM_NODE_SIZE = { width: 200, height: 72 } as const;

const LANE_PARTITION = { upstream: 0, internal: 1, downstream: 2 } as const;

let engine: Promise<ElkEngine> | undefined;
/** ELK is 1.6 MB: loaded on the first layout, not with the app. */
function elk(): Promise<ElkEngine> {
  engine ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return engine;
}

/**
 * Positions for every system by ELK's layered algorithm, left to right, with the lanes kept as
 * ordered partitions: suppliers upstream on the left, the plant in the middle, customers on the
 * right (the half-chain pitfall stays visible). Notes keep their places.
 */
export async function autoLayout(
  diagram: ProjectDocument['flows'],
): Promise<Map<string, { x: number; y: number }>> {
  const graph = await (
    await elk()
  ).layout({
    id: 'diagram',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '48',
      'elk.layered.spacing.nodeNodeBetweenLayers': '120',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: diagram.systems.map((s) => ({
      id: s.id,
      width: SYSTEM_NODE_SIZE.width,
      height: SYSTEM_NODE_SIZE.height,
      layoutOptions: { 'elk.partitioning.partition': String(LANE_PARTITION[s.lane]) },
    })),
    edges: diagram.flows
      .filter((f) => f.sourceId !== f.targetId)
      .map((f) => ({ id: f.id, sources: [f.sourceId], targets: [f.targetId] })),
  });
  return new Map(
    (graph.children ?? []).map((node) => [
      node.id,
      { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) },
    ]),
  );
}
