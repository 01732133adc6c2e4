import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { theme } from 'antd';
import { createContext, memo, useContext } from 'react';
import { createPortal } from 'react-dom';
import type { FlowEdge as FlowEdgeType } from './diagram-view.ts';

/**
 * The canvas's `.react-flow__edgelabel-renderer` layer, where edge labels are portalled; the
 * canvas finds it once. React Flow's `<EdgeLabelRenderer>` finds it with `querySelector` on
 * every React Flow store update, once per edge: with 2,000 labelled edges that was most of each
 * drag frame (bench/diagram-bench.ts).
 */
export const EdgeLabelLayer = createContext<Element | null>(null);

type ArrowTone = 'normal' | 'warning' | 'selected';
const arrowMarkerId = (tone: ArrowTone) => `traceready-arrow-${tone}`;

/**
 * The arrow heads every edge points at, defined once for the canvas (three colours), instead of
 * one <marker> per edge: 2,000 edges meant 2,000 marker definitions to lay out.
 */
export function ArrowMarkers() {
  const { token } = theme.useToken();
  const colors: Record<ArrowTone, string> = {
    normal: token.colorTextSecondary,
    warning: token.colorWarning,
    selected: token.colorPrimary,
  };
  return (
    <svg aria-hidden style={{ position: 'absolute', width: 0, height: 0 }}>
      <defs>
        {(Object.keys(colors) as ArrowTone[]).map((tone) => (
          <marker
            key={tone}
            id={arrowMarkerId(tone)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={colors[tone]} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

/**
 * A data flow: arrow head at the target, and at the source too when two-way; core flows drawn
 * solid and thick, others dashed; two-way flows without a reason in the warning colour.
 */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { token } = theme.useToken();
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
  const color = selected
    ? token.colorPrimary
    : isUnreasoned
      ? token.colorWarning
      : token.colorTextSecondary;
  const marker = `url(#${arrowMarkerId(selected ? 'selected' : isUnreasoned ? 'warning' : 'normal')})`;
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
            className="nodrag nopan"
            data-testid={`flow-label-${id}`}
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              background: token.colorBgElevated,
              border: `1px solid ${color}`,
              borderRadius: 4,
              padding: '1px 6px',
              fontSize: 11,
              maxWidth: 220,
              pointerEvents: 'all',
              color: token.colorText,
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
