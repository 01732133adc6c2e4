import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
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
import type { AuditAssessment } from '../../../shared/audit/assessment.ts';

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
    <ResponsiveContainer width="100%" height={320}>
      <RadarChart data={data} outerRadius="70%">
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 12, fill: token.colorText }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={{ fontSize: 10 }} />
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
      </RadarChart>
    </ResponsiveContainer>
  );
}
