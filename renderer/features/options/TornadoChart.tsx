import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ResultsView } from '../../store/options-view-selectors.ts';

/**
 * Tornado: how the leader's margin over the runner-up (points of 100) moves when each criterion's
 * weight swings by ±10 percentage points. A bar crossing 0 can change the winner on its own.
 */
export function TornadoChart({ view }: { view: ResultsView }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const leader = view.evaluation.weightedSum[0]?.name ?? '';
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('options.results.tornadoHint', { leader })}
      </Typography.Paragraph>
      <ResponsiveContainer width="100%" height={Math.max(200, 44 * view.tornado.length + 60)}>
        <BarChart data={view.tornado} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={{ fill: token.colorText, fontSize: 12 }}
            tickFormatter={(v: number) => v.toFixed(0)}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={170}
            tick={{ fill: token.colorText, fontSize: 12 }}
          />
          <ReferenceLine x={0} stroke={token.colorError} />
          <Tooltip
            formatter={(value) =>
              Array.isArray(value)
                ? value.map((v) => Number(v).toFixed(1)).join(' … ')
                : String(value)
            }
          />
          <Bar
            dataKey="range"
            name={t('options.results.margin')}
            fill={token.colorPrimary}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}
