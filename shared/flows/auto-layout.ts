import { LANE_PADDING, NOTE_SIZE, SYSTEM_NODE_SIZE } from '../diagram/dimensions.ts';
import { enclose } from '../diagram/geometry-types.ts';
import { layoutWithElk } from '../diagram/elk-layout.ts';
import { noteBox } from '../diagram/diagram-geometry.ts';
import type { ProjectDocument } from '../model/schema.ts';

export { SYSTEM_NODE_SIZE };

/** Gap between notes set out in a row under the diagram, px. */
const NOTE_GAP = 24;

/**
 * Positions for every system by ELK's layered algorithm, left to right, with the lanes kept as
 * ordered partitions: suppliers upstream on the left, the plant in the middle, customers on the
 * right (the half-chain pitfall stays visible); see shared/diagram/elk-layout.ts. The edges'
 * routes are not stored: shared/diagram/diagram-geometry.ts derives them from these positions.
 * Notes are set out in a row under the diagram, clear of systems and routes.
 */
export async function autoLayout(
  diagram: ProjectDocument['flows'],
): Promise<Map<string, { x: number; y: number }>> {
  const { positions, routes } = await layoutWithElk(diagram);
  const laidOut = enclose(
    [...positions.values()].map((p) => ({ ...p, ...SYSTEM_NODE_SIZE })),
    [...routes.values()].flatMap((r) => [...r.points, ...(r.label ? [r.label] : [])]),
  );
  let x = laidOut.x;
  const y = Math.round(laidOut.y + laidOut.height + 2 * LANE_PADDING + NOTE_GAP);
  for (const note of diagram.notes) {
    positions.set(note.id, { x: Math.round(x), y });
    x += Math.max(NOTE_SIZE.width, noteBox(note).width) + NOTE_GAP;
  }
  return positions;
}
