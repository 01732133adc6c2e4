import { theme } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../shared/rollout/calendar.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectCalendar, selectGanttLayout } from '../../store/rollout-selectors.ts';
import { AXIS_HEIGHT, GanttAxis } from './GanttAxis.tsx';
import { GanttBars } from './GanttBars.tsx';
import { GanttNames } from './GanttNames.tsx';
import { formatShortDate } from './date-format.ts';
import { movedStart, resizedDuration, ROW_HEIGHT, type GanttTaskRow } from './gantt-layout.ts';
import { useGanttDrag, type GanttDragMode } from './useGanttDrag.ts';

export const NAMES_WIDTH = 260;
/** Rows drawn above and below the viewport, so a fast scroll shows no blank band. */
const OVERSCAN_ROWS = 8;
const MAX_HEIGHT = 560;

/**
 * The Gantt chart, drawn in SVG from our own schedule (CPM, critical path, baselines and the
 * Chinese working calendar). Rows are virtualised: only those in view (plus a margin) are in
 * the DOM, so 500 tasks scroll as smoothly as 20. Names stay pinned on the left, dates on top.
 */
export function GanttChart() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { token } = theme.useToken();
  const store = useAppStoreApi();
  const layout = useAppStore(selectGanttLayout);
  const calendar = useAppStore(selectCalendar);
  const zoom = useAppStore((s) => s.ganttZoom);
  const selectedTaskId = useAppStore((s) => s.selectedTaskId);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, width: 1200, height: MAX_HEIGHT });

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setView((v) =>
      v.top === el.scrollTop &&
      v.left === el.scrollLeft &&
      v.width === el.clientWidth &&
      v.height === el.clientHeight
        ? v
        : {
            top: el.scrollTop,
            left: el.scrollLeft,
            width: el.clientWidth,
            height: el.clientHeight,
          },
    );
  }, []);
  const frame = useRef(0);
  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  }, [measure]);
  useLayoutEffect(() => {
    measure();
    const observer = new ResizeObserver(measure);
    if (scroller.current) observer.observe(scroller.current);
    return () => observer.disconnect();
  }, [measure]);

  // A new zoom (or a plan that now starts elsewhere) opens at the plan's beginning.
  const originDay = layout?.originDay;
  const pxPerDay = layout?.pxPerDay ?? 1;
  useEffect(() => {
    const el = scroller.current;
    if (!el || originDay === undefined) return;
    el.scrollLeft = 0;
  }, [originDay, pxPerDay]);

  // Bring the selected task into view (a finding's link, a table row).
  useEffect(() => {
    const el = scroller.current;
    const row = layout?.rows.find((r) => r.kind === 'task' && r.taskId === selectedTaskId);
    if (!el || !row || row.kind !== 'task') return;
    const y = row.index * ROW_HEIGHT;
    if (y < el.scrollTop || y + ROW_HEIGHT > el.scrollTop + el.clientHeight - AXIS_HEIGHT)
      el.scrollTop = Math.max(0, y - el.clientHeight / 3);
    const x = row.x;
    if (x < el.scrollLeft || x > el.scrollLeft + el.clientWidth - NAMES_WIDTH)
      el.scrollLeft = Math.max(0, x - 2 * ROW_HEIGHT);
  }, [selectedTaskId, layout]);

  const onCommit = useCallback(
    (row: GanttTaskRow, mode: GanttDragMode, days: number) => {
      const state = store.getState();
      if (mode === 'move') state.moveTask(row.taskId, movedStart(row, days));
      else if (calendar) state.resizeTask(row.taskId, resizedDuration(calendar, row, days));
    },
    [store, calendar],
  );
  const onClick = useCallback(
    (row: GanttTaskRow) => store.getState().selectTask(row.taskId),
    [store],
  );
  const { drag, handlers, onPointerDown } = useGanttDrag(pxPerDay, onCommit, onClick);

  const titleOf = useCallback(
    (row: GanttTaskRow) =>
      t('rolloutPlan.gantt.barLabel', {
        name: row.name,
        start: formatShortDate(isoDate(row.startDay), language),
        finish: formatShortDate(isoDate(row.finishDay), language),
      }),
    [t, language],
  );

  const visible = useMemo(() => {
    if (!layout) return null;
    const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN_ROWS);
    const last = Math.min(
      layout.rows.length - 1,
      Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN_ROWS,
    );
    return {
      rows: layout.rows.slice(first, last + 1),
      arrows: layout.arrows.filter((a) => a.toRow >= first && a.fromRow <= last),
      from: view.left,
      to: view.left + view.width - NAMES_WIDTH,
    };
  }, [layout, view]);

  if (!layout || !visible) return null;
  const height = Math.min(MAX_HEIGHT, layout.height + AXIS_HEIGHT + 2);
  const inView = (x: number) => x >= visible.from - 40 && x <= visible.to + 40;
  return (
    <div
      ref={scroller}
      onScroll={onScroll}
      data-testid="gantt"
      style={{
        height,
        overflow: 'auto',
        position: 'relative',
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        background: token.colorBgContainer,
        overscrollBehavior: 'contain',
      }}
    >
      <div style={{ width: NAMES_WIDTH + layout.width, position: 'relative' }}>
        <div
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 3,
            display: 'flex',
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <div
            style={{
              position: 'sticky',
              left: 0,
              zIndex: 4,
              width: NAMES_WIDTH,
              flex: 'none',
              padding: '12px 12px 0',
              fontWeight: 600,
              background: token.colorBgContainer,
              borderRight: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            {t('rolloutPlan.gantt.tasks')}
          </div>
          <GanttAxis
            layout={layout}
            zoom={zoom}
            language={language}
            from={visible.from}
            to={visible.to}
          />
        </div>
        <div style={{ display: 'flex' }}>
          <GanttNames rows={visible.rows} height={layout.height} width={NAMES_WIDTH} />
          <svg
            width={layout.width}
            height={layout.height}
            style={{ display: 'block', touchAction: 'none', userSelect: 'none' }}
            {...handlers}
          >
            <defs>
              {(['gantt-arrow', 'gantt-arrow-critical'] as const).map((id) => (
                <marker
                  key={id}
                  id={id}
                  viewBox="0 0 8 8"
                  refX={7}
                  refY={4}
                  markerWidth={7}
                  markerHeight={7}
                  orient="auto"
                >
                  <path
                    d="M0,0L8,4L0,8Z"
                    fill={id === 'gantt-arrow' ? token.colorTextTertiary : token.colorError}
                  />
                </marker>
              ))}
            </defs>
            {layout.offDays
              .filter((d) => inView(d.x))
              .map((d) => (
                <rect
                  key={d.x}
                  x={d.x}
                  y={0}
                  width={layout.pxPerDay}
                  height={layout.height}
                  fill={d.isHoliday ? token.colorWarningBg : token.colorFillTertiary}
                />
              ))}
            {layout.makeUpDays
              .filter((x) => inView(x))
              .map((x) => (
                <rect
                  key={`m${x}`}
                  x={x}
                  y={0}
                  width={layout.pxPerDay}
                  height={layout.height}
                  fill="none"
                  stroke={token.colorInfoBorder}
                  strokeDasharray="3 3"
                  data-make-up-day="true"
                />
              ))}
            <GanttBars
              rows={visible.rows}
              arrows={visible.arrows}
              width={layout.width}
              pxPerDay={layout.pxPerDay}
              selectedTaskId={selectedTaskId}
              drag={drag}
              titleOf={titleOf}
              onPointerDown={onPointerDown}
            />
            {layout.todayX !== null && (
              <g pointerEvents="none" data-testid="gantt-today">
                <line
                  x1={layout.todayX}
                  x2={layout.todayX}
                  y1={0}
                  y2={layout.height}
                  stroke={token.colorSuccess}
                  strokeWidth={2}
                />
                <text x={layout.todayX + 4} y={12} fontSize={11} fill={token.colorSuccess}>
                  {t('rolloutPlan.gantt.today')}
                </text>
              </g>
            )}
          </svg>
        </div>
      </div>
    </div>
  );
}
