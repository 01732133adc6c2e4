import { theme } from 'antd';
import { memo, useMemo } from 'react';
import type { Language } from '../../../shared/model/schema.ts';
import {
  formatDayOfMonth,
  formatMonth,
  formatMonthDay,
  formatMonthShort,
  formatYear,
} from './date-format.ts';
import { ganttTicks, type GanttLayout, type GanttZoom } from './gantt-layout.ts';

export const AXIS_HEIGHT = 44;
const BAND = AXIS_HEIGHT / 2;

type Props = {
  layout: GanttLayout;
  zoom: GanttZoom;
  language: Language;
  /** The horizontal range in view, in chart pixels: only its labels are drawn. */
  from: number;
  to: number;
};

/** The date axis: months (years at month zoom) above, days, weeks or months below. */
export const GanttAxis = memo(function GanttAxis({ layout, zoom, language, from, to }: Props) {
  const { token } = theme.useToken();
  const ticks = useMemo(() => ganttTicks(layout, zoom), [layout, zoom]);
  const upperLabel = zoom === 'month' ? formatYear : formatMonth;
  const lowerLabel =
    zoom === 'day' ? formatDayOfMonth : zoom === 'week' ? formatMonthDay : formatMonthShort;
  const inView = (x: number) => x >= from - 240 && x <= to + 40;
  return (
    <svg width={layout.width} height={AXIS_HEIGHT} style={{ display: 'block' }} aria-hidden>
      <line x1={0} x2={layout.width} y1={BAND} y2={BAND} stroke={token.colorBorderSecondary} />
      {ticks.upper
        .filter((tick) => inView(tick.x))
        .map((tick) => (
          <g key={`u${tick.date}`}>
            <line x1={tick.x} x2={tick.x} y1={0} y2={BAND} stroke={token.colorBorderSecondary} />
            <text x={tick.x + 4} y={15} fontSize={12} fill={token.colorText}>
              {upperLabel(tick.date, language)}
            </text>
          </g>
        ))}
      {ticks.lower
        .filter((tick) => inView(tick.x))
        .map((tick) => (
          <g key={`l${tick.date}`}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={BAND}
              y2={AXIS_HEIGHT}
              stroke={token.colorBorderSecondary}
            />
            <text
              x={tick.x + (zoom === 'day' ? layout.pxPerDay / 2 : 3)}
              y={BAND + 15}
              fontSize={11}
              textAnchor={zoom === 'day' ? 'middle' : 'start'}
              fill={token.colorTextSecondary}
            >
              {lowerLabel(tick.date, language)}
            </text>
          </g>
        ))}
    </svg>
  );
});
