import { theme } from 'antd';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, RadarChart } from 'recharts';
import { wrapLabel } from '../../../shared/text/wrap-label.ts';
import { fitRadar, labelPlacement, labelTop, RADAR_LABEL } from './radar-geometry.ts';
import { useElementWidth } from './useElementWidth.ts';

/** Room for a one-line legend until the real one has been measured. */
const LEGEND_ESTIMATE = 32;
/** Between the lowest label and the legend. */
const LEGEND_GAP = 16;

type TickProps = {
  index: number;
  x: number | string;
  y: number | string;
  textAnchor: string;
  payload: { value?: unknown };
};

const labelText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/**
 * A radar chart whose axis labels stay inside the chart: the radius leaves room for the labels
 * as they wrap (by word, or by character in Chinese; full text in a tooltip) and for the legend
 * as it wraps, measured, and the 0–100 scale shows as rings without tick numbers that would print
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
  const legendHeight = useLegendHeight(ref);
  const labels = props.data.map((row) =>
    labelText((row as Record<string, unknown>)[props.angleKey]),
  );
  // Keyed by the labels' text: `data` is a new array on most renders of the page around it.
  const labelKey = labels.join('\u0000');
  const plotHeight = props.height - legendHeight - LEGEND_GAP;
  const layout = useMemo(
    () => fitRadar(width, plotHeight, labelKey === '' ? [] : labelKey.split('\u0000')),
    [width, plotHeight, labelKey],
  );

  const renderTick = (tick: TickProps) => {
    const [x, y] = [Number(tick.x), Number(tick.y)];
    const label = labelText(tick.payload.value);
    const lines = layout.labelLines[tick.index] ?? wrapLabel(label, layout.labelColumns);
    const top = labelTop(y, labelPlacement(layout.cy - y), lines.length);
    const anchor =
      Math.abs(x - layout.cx) < 8 ? 'middle' : tick.textAnchor === 'end' ? 'end' : 'start';
    return (
      <text
        x={x}
        y={top}
        textAnchor={anchor}
        fontSize={RADAR_LABEL.fontSize}
        fill={token.colorText}
      >
        <title>{label}</title>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : RADAR_LABEL.lineHeight}>
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
          outerRadius={layout.radius}
          cx={layout.cx}
          cy={layout.cy}
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

/**
 * The height of the chart's legend (Recharts draws it in a wrapper at the bottom, on as many
 * lines as its entries need), kept up to date as it wraps.
 */
function useLegendHeight(container: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(LEGEND_ESTIMATE);
  const [observer] = useState(
    () =>
      new ResizeObserver(([entry]) => {
        if (entry) setHeight(Math.ceil(entry.target.getBoundingClientRect().height));
      }),
  );
  const observed = useRef<Element | null>(null);
  // No dependency list: the legend appears after the chart's first render (and again if Recharts
  // replaces it), so look after every render — but observe each legend element only once.
  useLayoutEffect(() => {
    const legend = container.current?.querySelector('.recharts-legend-wrapper') ?? null;
    if (legend === observed.current) return;
    if (observed.current) observer.unobserve(observed.current);
    observed.current = legend;
    if (legend) observer.observe(legend);
  });
  useEffect(
    () => () => {
      observer.disconnect();
      observed.current = null;
    },
    [observer],
  );
  return height;
}
