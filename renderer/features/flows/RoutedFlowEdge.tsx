import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo, useContext, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  LABEL_ROW_HEIGHT,
  LABEL_WIDTH,
  SYSTEM_NODE_SIZE,
} from '../../../shared/diagram/dimensions.ts';
import { labelHeight } from '../../../shared/diagram/edge-bundles.ts';
import type { Box } from '../../../shared/diagram/geometry-types.ts';
import { routeOrthogonally } from '../../../shared/diagram/orthogonal-routes.ts';
import type { Point } from '../../../shared/diagram/scene-types.ts';
import {
  arrowMarkerId,
  DiagramPaletteContext,
  EdgeLabelLayer,
  SelectedFlowsContext,
  SelectFlowContext,
} from './diagram-context.ts';
import type { RoutedFlowEdge as RoutedFlowEdgeType } from './diagram-view.ts';
import { roundedPath, routeMiddle } from './edge-path.ts';

const boxOf = (node: InternalNode | undefined): Box | null =>
  node ? { ...node.internals.positionAbsolute, ...SYSTEM_NODE_SIZE } : null;
const isAt = (box: Box, point: Point) =>
  Math.abs(box.x - point.x) <= 1 && Math.abs(box.y - point.y) <= 1;

/** A chip; `display` comes from the canvas's level-of-detail CSS or `chipDisplay`. */
const chipStyle: CSSProperties = {
  maxWidth: LABEL_WIDTH,
  height: LABEL_ROW_HEIGHT - 2,
  lineHeight: `${LABEL_ROW_HEIGHT - 4}px`,
  margin: '1px auto',
  padding: '0 6px',
  borderRadius: 4,
  fontSize: 12,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  cursor: 'pointer',
  pointerEvents: 'all',
};

/**
 * A bundle of flows between two systems, drawn along the laid-out orthogonal route (ELK's, from
 * shared/diagram) while both systems sit where the layout saw them; re-routed orthogonally from
 * their live positions while one is dragged or moved. Its label is a chip per data object
 * (click: select that flow; hover: full name); when zoomed far out the canvas shows the object
 * count instead.
 */
export const RoutedFlowEdge = memo(function RoutedFlowEdge(props: EdgeProps<RoutedFlowEdgeType>) {
  const { id, source, target, data, selected } = props;
  const { t } = useTranslation();
  const palette = useContext(DiagramPaletteContext);
  const labelLayer = useContext(EdgeLabelLayer);
  const selectedFlows = useContext(SelectedFlowsContext);
  const selectFlow = useContext(SelectFlowContext);
  const sourceBox = boxOf(useInternalNode(source));
  const targetBox = boxOf(useInternalNode(target));
  if (!data || data.bundledInto !== null || !sourceBox || !targetBox || source === target)
    return null;

  const laidOut = data.laidOut;
  const isLaidOut = laidOut && isAt(sourceBox, laidOut.source) && isAt(targetBox, laidOut.target);
  const points = isLaidOut
    ? laidOut.points
    : routeOrthogonally([{ id, source: sourceBox, target: targetBox }]).get(id)!;
  const size = {
    width: LABEL_WIDTH,
    height: labelHeight(data.rows.length + (data.moreCount > 0 ? 1 : 0)),
  };
  const middle = routeMiddle(points);
  const label: Box =
    isLaidOut && laidOut.label
      ? laidOut.label
      : { x: middle.x - size.width / 2, y: middle.y - size.height / 2, ...size };
  const isLabelHidden = isLaidOut ? laidOut.isLabelHidden : false;

  const isBundleSelected = selected || data.flowIds.some((f) => selectedFlows.has(f));
  const tone = isBundleSelected ? 'selected' : data.isUnreasoned ? 'warning' : 'normal';
  const color = isBundleSelected
    ? palette.edgeSelected
    : data.isUnreasoned
      ? palette.edgeWarning
      : palette.edge;
  const marker = `url(#${arrowMarkerId(tone)})`;
  const names = data.rows.map((r) => r.fullText).join(', ');
  return (
    <>
      <BaseEdge
        id={id}
        path={roundedPath(points)}
        markerEnd={marker}
        markerStart={data.isTwoWay ? marker : undefined}
        interactionWidth={16}
        style={{
          stroke: color,
          strokeWidth: data.isCore ? 2.25 : 1.5,
          strokeDasharray: data.isCore ? undefined : '6 4',
        }}
      />
      {data.objectCount > 0 &&
        labelLayer &&
        createPortal(
          <div
            className="nodrag nopan"
            data-testid={`flow-label-${id}`}
            title={isLabelHidden ? names : undefined}
            style={{
              position: 'absolute',
              transform: `translate(${label.x}px, ${label.y}px)`,
              width: label.width,
              height: label.height,
              paddingTop: 1,
              visibility: isLabelHidden ? 'hidden' : undefined,
            }}
          >
            <div className="diagram-chips">
              {data.rows.map((row) => {
                const flowId = data.chipFlows[row.key] ?? id;
                const isSelected = selectedFlows.has(flowId);
                return (
                  <span
                    key={row.key}
                    title={row.fullText}
                    data-testid={`flow-chip-${flowId}-${row.key}`}
                    onClick={() => selectFlow(flowId)}
                    style={{
                      ...chipStyle,
                      display: 'block',
                      width: 'fit-content',
                      background: palette.chipFill,
                      color: palette.chipText,
                      border: `1px solid ${isSelected ? palette.edgeSelected : palette.chipStroke}`,
                      fontWeight: isSelected ? 600 : undefined,
                    }}
                  >
                    {row.fullText}
                  </span>
                );
              })}
              {data.moreCount > 0 && (
                <span
                  title={names}
                  onClick={() => selectFlow(id)}
                  style={{
                    ...chipStyle,
                    display: 'block',
                    width: 'fit-content',
                    color: palette.caption,
                    border: `1px dashed ${palette.chipStroke}`,
                    background: palette.chipFill,
                  }}
                >
                  {t('diagram.more')} +{data.moreCount}
                </span>
              )}
            </div>
            <span
              className="diagram-count"
              title={names}
              style={{
                ...chipStyle,
                width: 'fit-content',
                marginTop: (label.height - LABEL_ROW_HEIGHT) / 2,
                background: palette.chipFill,
                color: palette.chipText,
                border: `1px solid ${palette.chipStroke}`,
              }}
            >
              {t('diagram.objects', { count: data.objectCount })}
            </span>
            {data.findingCount > 0 && (
              <span style={{ position: 'absolute', right: -6, top: -8, fontSize: 11 }}>
                ⚠{data.findingCount}
              </span>
            )}
          </div>,
          labelLayer,
        )}
    </>
  );
});
