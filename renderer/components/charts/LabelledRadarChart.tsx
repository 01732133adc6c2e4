import { theme } from 'antd';
import type { ReactNode } from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, RadarChart } from 'recharts';
import { wrapLabel } from '../../../shared/text/wrap-label.ts';
import { useElementWidth } from './useElementWidth.ts';

const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
/** Average width of one display column at 12 px (CJK characters count two). */
const COLUMN_PX = 6.6;
const MAX_LABEL_COLUMNS = 22;
const MIN_LABEL_COLUMNS = 9;

type TickProps = {
  x: number | string;
  y: number | string;
  textAnchor: string;
  payload: { value?: unknown };
};

/**
 * A radar chart whose axis labels stay inside the chart: the radius leaves room for labels of
 * up to a few lines, each label wraps (by word, or by character in Chinese) and keeps its full
 * text in a tooltip, and the 0–100 scale shows as rings without tick numbers that would print
 * over the polygons. The radar series, legend and tooltip are the children.
 */
export function LabelledRadarChart(props: {
  data: object[];
  angleKey: string;
  height: number;
  lang?: string;
  children: ReactNode;
}) {
  const { token } = theme.useToken();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const legendSpace = 56;
  const labelColumns = Math.max(
    MIN_LABEL_COLUMNS,
    Math.min(MAX_LABEL_COLUMNS, Math.floor((width * 0.22) / COLUMN_PX)),
  );
  const labelPx = labelColumns * COLUMN_PX + 12;
  const radius = Math.max(
    40,
    Math.min(width / 2 - labelPx, (props.height - legendSpace) / 2 - 3 * LINE_HEIGHT),
  );

  const cx = width / 2;
  const cy = (props.height - legendSpace) / 2 + 12;
  const renderTick = (tick: TickProps) => {
    const [x, y] = [Number(tick.x), Number(tick.y)];
    const value = tick.payload.value;
    const label = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    const lines = wrapLabel(label, labelColumns);
    // Labels above the centre grow upwards, below it downwards, at the sides around the middle.
    const block = (lines.length - 1) * LINE_HEIGHT;
    const top = y < cy - 8 ? y - block - 4 : y > cy + 8 ? y + 10 : y - block / 2 + 4;
    const anchor = Math.abs(x - cx) < 8 ? 'middle' : tick.textAnchor === 'end' ? 'end' : 'start';
    return (
      <text x={x} y={top} textAnchor={anchor} fontSize={FONT_SIZE} fill={token.colorText}>
        <title>{label}</title>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    <div ref={ref} lang={props.lang} style={{ width: '100%', height: props.height }}>
      {width > 0 && (
        <RadarChart
          width={width}
          height={props.height}
          data={props.data}
          outerRadius={radius}
          cy={cy}
        >
          <PolarGrid stroke={token.colorBorder} />
          <PolarAngleAxis dataKey={props.angleKey} tick={renderTick} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={false} axisLine={false} />
          {props.children}
        </RadarChart>
      )}
    </div>
  );
}
