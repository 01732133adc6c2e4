import { theme } from 'antd';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import type { ResultsView } from '../../store/options-view-selectors.ts';
import { seriesColor } from './format.ts';

type Row = ResultsView['radar'][number];

/** Each subject's normalised performance (0–100, 100 best) on every scored criterion. */
export function SubjectRadar({ view }: { view: ResultsView }) {
  const { token } = theme.useToken();
  const names = view.evaluation.subjects.map((s) => s.name);
  return (
    <ResponsiveContainer width="100%" height={340}>
      <RadarChart data={view.radar} outerRadius="68%">
        <PolarGrid />
        <PolarAngleAxis dataKey="criterion" tick={{ fontSize: 12, fill: token.colorText }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={6} angle={90} tick={{ fontSize: 10 }} />
        {view.evaluation.subjects.map((s, i) => (
          <Radar
            key={s.id}
            name={s.name}
            dataKey={(row: Row) => row.values[s.id]}
            stroke={seriesColor(i)}
            fill={seriesColor(i)}
            fillOpacity={0.12}
            isAnimationActive={false}
          />
        ))}
        <Legend itemSorter={(item) => names.indexOf(String(item.value))} />
        <Tooltip formatter={(value) => Number(value).toFixed(0)} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
