import { moveDiagramElements } from '../flows/diagram-edits.ts';
import type { ProjectDocument } from '../model/schema.ts';
import type { Lane } from './geometry-types.ts';

/**
 * Moves systems and notes and puts moved systems into the lanes they were dropped in — one
 * edit, so a drag across a lane boundary is one undo step.
 */
export function moveIntoLanes(
  doc: ProjectDocument,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  lanes: ReadonlyMap<string, Lane> = new Map(),
): ProjectDocument {
  const moved = moveDiagramElements(doc, positions);
  if (lanes.size === 0) return moved;
  return {
    ...moved,
    flows: {
      ...moved.flows,
      systems: moved.flows.systems.map((s) => {
        const lane = lanes.get(s.id);
        return lane && lane !== s.lane ? { ...s, lane } : s;
      }),
    },
  };
}
