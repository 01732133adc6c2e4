import { theme } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ResultsView } from '../../store/options-view-selectors.ts';
import { seriesColor } from './format.ts';

type Row = ResultsView['contributions'][number];

/** Each subject's weighted-sum score as stacked contributions of the criteria (points of 100). */
export function ContributionChart({ view }: { view: ResultsView }) {
  const { token } = theme.useToken();
  const { leafIds } = view.evaluation;
  const labels = leafIds.map((id) => view.labelOf[id] ?? id);
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, 70 * view.contributions.length + 80)}>
      <BarChart data={view.contributions} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tick={{ fill: token.colorText, fontSize: 12 }} />
        <YAxis
          type="category"
          dataKey="name"
          width={190}
          tick={{ fill: token.colorText, fontSize: 12 }}
        />
        <Tooltip formatter={(value) => Number(value).toFixed(1)} />
        <Legend itemSorter={(item) => labels.indexOf(String(item.value))} />
        {leafIds.map((id, k) => (
          <Bar
            key={id}
            stackId="score"
            name={labels[k]}
            dataKey={(row: Row) => row.values[id]}
            fill={seriesColor(k)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
