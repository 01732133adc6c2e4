import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';

/** Below this zoom, edge labels give way to their object count (level of detail, CSS only). */
const LABEL_MIN_ZOOM = 0.45;
const selectIsFar = (s: ReactFlowState) => s.transform[2] < LABEL_MIN_ZOOM;

/** Level-of-detail rules: far out, chips give way to counts. */
export const LOD_CSS = `
.diagram-canvas .diagram-count { display: none; }
.diagram-canvas[data-lod='far'] .diagram-count { display: block; }
.diagram-canvas[data-lod='far'] .diagram-chips,
.diagram-canvas[data-lod='far'] .diagram-chip { display: none; }
.diagram-canvas .react-flow__handle { opacity: 0; transition: opacity 0.15s; }
.diagram-canvas .react-flow__node:hover .react-flow__handle,
.diagram-canvas .react-flow__node.selected .react-flow__handle,
.diagram-canvas.connecting .react-flow__handle { opacity: 1; }
`;

/** Marks the canvas near or far (one subscriber, no edge re-renders when zooming). */
export function LevelOfDetail({ canvas }: { canvas: HTMLDivElement | null }) {
  const isFar = useStore(selectIsFar);
  useEffect(() => canvas?.setAttribute('data-lod', isFar ? 'far' : 'near'), [canvas, isFar]);
  return null;
}
