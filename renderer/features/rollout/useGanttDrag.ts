import { useCallback, useRef, useState } from 'react';
import type { GanttTaskRow } from './gantt-layout.ts';

export type GanttDragMode = 'move' | 'resize';

/** A drag under way: which bar, how, and by how many whole calendar days so far. */
export type GanttDrag = { taskId: string; mode: GanttDragMode; days: number };

/** Pixels the pointer must travel before a press becomes a drag (below it, a click selects). */
const DRAG_THRESHOLD_PX = 3;

/**
 * Dragging Gantt bars. The bar follows the pointer in whole days as local state; the document
 * changes once, when the pointer is released — one drag, one undo step, and no schedule
 * recomputed per pixel (the diagram's drags work the same way).
 */
export function useGanttDrag(
  pxPerDay: number,
  onCommit: (row: GanttTaskRow, mode: GanttDragMode, days: number) => void,
  onClick: (row: GanttTaskRow) => void,
) {
  const [drag, setDrag] = useState<GanttDrag | null>(null);
  const active = useRef<{ row: GanttTaskRow; mode: GanttDragMode; x0: number; moved: boolean }>(
    null,
  );

  const onPointerDown = useCallback(
    (event: React.PointerEvent<SVGElement>, row: GanttTaskRow, mode: GanttDragMode) => {
      if (event.button !== 0) return;
      event.stopPropagation();
      event.currentTarget.setPointerCapture(event.pointerId);
      active.current = { row, mode, x0: event.clientX, moved: false };
    },
    [],
  );

  const onPointerMove = useCallback(
    (event: React.PointerEvent<SVGElement>) => {
      const current = active.current;
      if (!current) return;
      const dx = event.clientX - current.x0;
      if (!current.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      current.moved = true;
      const days = Math.round(dx / pxPerDay);
      setDrag((previous) =>
        previous?.days === days && previous.taskId === current.row.taskId
          ? previous
          : { taskId: current.row.taskId, mode: current.mode, days },
      );
    },
    [pxPerDay],
  );

  const onPointerUp = useCallback(
    (event: React.PointerEvent<SVGElement>) => {
      const current = active.current;
      active.current = null;
      setDrag(null);
      if (!current) return;
      if (!current.moved) {
        onClick(current.row);
        return;
      }
      const days = Math.round((event.clientX - current.x0) / pxPerDay);
      if (days !== 0) onCommit(current.row, current.mode, days);
    },
    [pxPerDay, onClick, onCommit],
  );

  const onPointerCancel = useCallback(() => {
    active.current = null;
    setDrag(null);
  }, []);

  return { drag, handlers: { onPointerMove, onPointerUp, onPointerCancel }, onPointerDown };
}
