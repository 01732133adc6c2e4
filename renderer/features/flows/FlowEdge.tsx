import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { createPortal } from 'react-dom';
import { arrowMarkerId, DiagramPaletteContext, EdgeLabelLayer } from './diagram-context.ts';
import type { FlowEdge as FlowEdgeType } from './diagram-view.ts';

/**
 * A data flow on a large diagram (the light level of detail): a curve between the handles,
 * arrow head at the target (and source when two-way); core flows solid and thick, others dashed;
 * two-way flows without a reason in the warning colour. Its label shows only when zoomed in
 * (the canvas's `data-lod` hides it, CSS only, so zooming re-renders no edge).
 */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const palette = useContext(DiagramPaletteContext);
  const labelLayer = useContext(EdgeLabelLayer);
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } =
    props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const flow = data?.flow;
  const isTwoWay = flow?.direction === 'two-way';
  const isUnreasoned = isTwoWay && (flow?.reason.trim() ?? '') === '';
  const tone = selected ? 'selected' : isUnreasoned ? 'warning' : 'normal';
  const color = selected ? palette.edgeSelected : isUnreasoned ? palette.edgeWarning : palette.edge;
  const marker = `url(#${arrowMarkerId(tone)})`;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={marker}
        markerStart={isTwoWay ? marker : undefined}
        style={{
          stroke: color,
          strokeWidth: flow?.isCore ? 2.5 : 1.5,
          strokeDasharray: flow?.isCore ? undefined : '6 4',
        }}
      />
      {data?.label &&
        labelLayer &&
        createPortal(
          <div
            className="nodrag nopan diagram-chip"
            data-testid={`flow-label-${id}`}
            title={data.label}
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              background: palette.chipFill,
              border: `1px solid ${color}`,
              borderRadius: 4,
              padding: '1px 6px',
              fontSize: 11,
              maxWidth: 220,
              pointerEvents: 'all',
              color: palette.chipText,
            }}
          >
            {isTwoWay ? '⇄ ' : ''}
            {data.label}
            {data.findingCount > 0 ? ` ⚠${data.findingCount}` : ''}
          </div>,
          labelLayer,
        )}
    </>
  );
});
