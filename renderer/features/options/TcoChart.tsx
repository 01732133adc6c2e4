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
import { useAppStore } from '../../app/store-context.ts';
import type { TcoView } from '../../store/options-view-selectors.ts';
import { seriesColor } from './format.ts';

type Props = { view: TcoView; nameOf: (id: string) => string; cash: (amount: number) => string };

/** Cumulative cost per year per candidate (year 0 = go-live with the initial costs). */
export function TcoChart({ view, nameOf, cash }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useAppStore((s) => s.language);
  const axis = new Intl.NumberFormat(language, { notation: 'compact' });
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={view.chart} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="year"
          tick={{ fill: token.colorText, fontSize: 12 }}
          label={{ value: t('options.tco.year'), position: 'insideBottomRight', offset: -4 }}
        />
        <YAxis
          tickFormatter={(v: number) => axis.format(v)}
          tick={{ fill: token.colorText, fontSize: 12 }}
          width={56}
        />
        <Tooltip
          formatter={(value) => cash(Number(value))}
          labelFormatter={(year) => t('options.tco.yearN', { year: Number(year) })}
        />
        <Legend />
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
