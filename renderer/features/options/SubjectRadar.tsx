import { Legend, Radar, Tooltip } from 'recharts';
import { LabelledRadarChart } from '../../components/charts/LabelledRadarChart.tsx';
import type { ResultsView } from '../../store/options-view-selectors.ts';
import { seriesColor } from './format.ts';

type Row = ResultsView['radar'][number];

/** Each subject's normalised performance (0–100, 100 best) on every scored criterion. */
export function SubjectRadar({ view }: { view: ResultsView }) {
  const names = view.evaluation.subjects.map((s) => s.name);
  return (
    <LabelledRadarChart data={view.radar} angleKey="criterion" height={380}>
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
    </LabelledRadarChart>
  );
}
