import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Legend, Radar, Tooltip } from 'recharts';
import type { AuditAssessment } from '../../../shared/audit/assessment.ts';
import { LabelledRadarChart } from '../../components/charts/LabelledRadarChart.tsx';

/** Current readiness against target per dimension (0–100), the maturity tools' radar. */
export function ReadinessRadar({ audit }: { audit: AuditAssessment }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const names = new Map(audit.questionnaire.dimensions.map((d) => [d.id, d.name]));
  const data = audit.readiness.dimensions.map((d) => ({
    dimension: names.get(d.dimensionId) ?? d.dimensionId,
    current: d.readiness === null ? 0 : Math.round(d.readiness),
    target: d.target,
  }));
  return (
    <LabelledRadarChart data={data} angleKey="dimension" height={340}>
      <Radar
        name={t('audit.results.target')}
        dataKey="target"
        stroke={token.colorWarning}
        fill={token.colorWarning}
        fillOpacity={0.08}
        isAnimationActive={false}
      />
      <Radar
        name={t('audit.results.current')}
        dataKey="current"
        stroke={token.colorPrimary}
        fill={token.colorPrimary}
        fillOpacity={0.35}
        isAnimationActive={false}
      />
      <Legend />
      <Tooltip />
    </LabelledRadarChart>
  );
}
