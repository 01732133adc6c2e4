import { theme } from 'antd';
import { memo } from 'react';
import { ROW_HEIGHT, type GanttArrow, type GanttRow, type GanttTaskRow } from './gantt-layout.ts';
import type { GanttDrag, GanttDragMode } from './useGanttDrag.ts';

const BAR_TOP = 7;
const BAR_HEIGHT = 13;
const BASELINE_TOP = 22;
const BASELINE_HEIGHT = 4;
const DIAMOND = 7;
const HANDLE_WIDTH = 7;

const diamond = (x: number, y: number, r = DIAMOND) =>
  `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

type Props = {
  rows: GanttRow[];
  arrows: GanttArrow[];
  width: number;
  pxPerDay: number;
  selectedTaskId: string | null;
  drag: GanttDrag | null;
  titleOf: (row: GanttTaskRow) => string;
  onPointerDown: (
    event: React.PointerEvent<SVGElement>,
    row: GanttTaskRow,
    mode: GanttDragMode,
  ) => void;
};

/**
 * The rows in view: selection band, baseline bars under the current bars, progress, critical
 * bars in the error colour, milestones and go-lives as diamonds, phase brackets with their gate,
 * and the dependency arrows that touch these rows.
 */
export const GanttBars = memo(function GanttBars(props: Props) {
  const { rows, arrows, width, pxPerDay, selectedTaskId, drag, titleOf, onPointerDown } = props;
  const { token } = theme.useToken();
  return (
    <g>
      {rows.map((row) =>
        row.kind === 'task' && row.taskId === selectedTaskId ? (
          <rect
            key="selected"
            x={0}
            y={row.index * ROW_HEIGHT}
            width={width}
            height={ROW_HEIGHT}
            fill={token.colorPrimaryBg}
          />
        ) : null,
      )}
      <g fill="none" strokeWidth={1.2}>
        {arrows.map((arrow) => (
          <path
            key={arrow.key}
            d={arrow.path}
            stroke={arrow.isCritical ? token.colorError : token.colorTextTertiary}
            markerEnd={arrow.isCritical ? 'url(#gantt-arrow-critical)' : 'url(#gantt-arrow)'}
          />
        ))}
      </g>
      {rows.map((row) => {
        const top = row.index * ROW_HEIGHT;
        if (row.kind === 'phase') {
          return (
            <g key={row.key} data-phase-row={row.phaseId ?? ''}>
              {row.hasBar && (
                <rect
                  x={row.x}
                  y={top + 11}
                  width={Math.max(row.width, 2)}
                  height={6}
                  rx={2}
                  fill={token.colorTextSecondary}
                />
              )}
              {row.gateX !== null && (
                <path
                  d={diamond(row.gateX, top + ROW_HEIGHT / 2, 8)}
                  fill={row.isGatePassed ? token.colorSuccess : token.colorWarning}
                  stroke={token.colorBgContainer}
                />
              )}
            </g>
          );
        }
        const isDragged = drag?.taskId === row.taskId;
        const shift = isDragged && drag.mode === 'move' ? drag.days * pxPerDay : 0;
        const grow = isDragged && drag.mode === 'resize' ? drag.days * pxPerDay : 0;
        // A light bar with the done part in full colour: readable on light and dark themes.
        const color = row.isCritical ? token.colorError : token.colorPrimary;
        const light = row.isCritical ? token.colorErrorBorder : token.colorPrimaryBorder;
        const barWidth = Math.max(pxPerDay, row.width + grow);
        const mid = top + ROW_HEIGHT / 2;
        return (
          <g
            key={row.key}
            data-task-bar={row.taskId}
            data-critical={row.isCritical ? 'true' : 'false'}
            opacity={isDragged ? 0.75 : 1}
          >
            <title>{titleOf(row)}</title>
            {row.baseline && (
              <rect
                x={row.baseline.x}
                y={top + BASELINE_TOP}
                width={Math.max(row.baseline.width, 2)}
                height={BASELINE_HEIGHT}
                fill={token.colorTextQuaternary}
                data-baseline="true"
              />
            )}
            {row.isMilestone ? (
              <path
                d={diamond(row.x + shift, mid)}
                fill={color}
                style={{ cursor: 'grab' }}
                onPointerDown={(e) => onPointerDown(e, row, 'move')}
              />
            ) : (
              <>
                <rect
                  x={row.x + shift}
                  y={top + BAR_TOP}
                  width={barWidth}
                  height={BAR_HEIGHT}
                  rx={3}
                  fill={light}
                  stroke={color}
                  strokeWidth={1}
                  style={{ cursor: 'grab' }}
                  onPointerDown={(e) => onPointerDown(e, row, 'move')}
                />
                {row.percentComplete > 0 && (
                  <rect
                    x={row.x + shift}
                    y={top + BAR_TOP}
                    width={(barWidth * row.percentComplete) / 100}
                    height={BAR_HEIGHT}
                    rx={3}
                    fill={color}
                    pointerEvents="none"
                  />
                )}
                {row.isGoLive && (
                  <path
                    d={diamond(row.x + shift + barWidth, mid)}
                    fill={color}
                    pointerEvents="none"
                  />
                )}
                <rect
                  x={row.x + shift + barWidth - HANDLE_WIDTH / 2}
                  y={top + BAR_TOP - 2}
                  width={HANDLE_WIDTH}
                  height={BAR_HEIGHT + 4}
                  fill="transparent"
                  style={{ cursor: 'ew-resize' }}
                  data-resize-handle={row.taskId}
                  onPointerDown={(e) => onPointerDown(e, row, 'resize')}
                />
              </>
            )}
          </g>
        );
      })}
    </g>
  );
});
