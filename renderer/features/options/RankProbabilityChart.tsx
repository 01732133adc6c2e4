import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ResultsView } from '../../store/options-view-selectors.ts';

/** Monte Carlo over the score ranges: the probability that each subject ranks first. */
export function RankProbabilityChart({ view }: { view: ResultsView }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 56 * view.probabilities.length + 60)}>
      <BarChart data={view.probabilities} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 100]}
          unit="%"
          tick={{ fill: token.colorText, fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={190}
          tick={{ fill: token.colorText, fontSize: 12 }}
        />
        <Tooltip formatter={(value) => `${Number(value).toFixed(1)}%`} />
        <Bar
          dataKey="probability"
          name={t('options.results.firstProbability')}
          fill={token.colorPrimary}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
