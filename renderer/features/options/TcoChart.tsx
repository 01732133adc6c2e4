import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartEmpty } from '../../components/charts/ChartEmpty.tsx';
import type { TcoView } from '../../store/options-view-selectors.ts';
import { seriesColor } from './format.ts';

type Props = {
  view: TcoView;
  nameOf: (id: string) => string;
  cash: (amount: number) => string;
  /** Compact money for the axis ("¥1.2M"): the currency is always on it. */
  short: (amount: number) => string;
};

const HEIGHT = 300;

/** Cumulative cost per year per candidate (year 0 = go-live with the initial costs). */
export function TcoChart({ view, nameOf, cash, short }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const hasCosts = view.chart.some((row) => Object.values(row.values).some((v) => v !== 0));
  if (!hasCosts) return <ChartEmpty height={HEIGHT} description={t('options.tco.chartEmpty')} />;
  const tick = { fill: token.colorText, fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={view.chart} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
        <XAxis
          dataKey="year"
          tick={tick}
          label={{
            value: t('options.tco.year'),
            position: 'bottom',
            offset: 4,
            fill: token.colorTextSecondary,
            fontSize: 12,
          }}
        />
        <YAxis tickFormatter={(v: number) => short(v)} tick={tick} width={72} />
        <Tooltip
          formatter={(value) => cash(Number(value))}
          labelFormatter={(year) => t('options.tco.yearN', { year: Number(year) })}
        />
        <Legend wrapperStyle={{ paddingTop: 24 }} />
        {view.evaluation.tco.map((c, i) => (
          <Line
            key={c.candidateId}
            name={nameOf(c.candidateId)}
            dataKey={(row: TcoView['chart'][number]) => row.values[c.candidateId]}
            stroke={seriesColor(i)}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
