import { Card, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { riskColours, riskLevel } from './risk-levels.ts';

const LEVELS = [1, 2, 3, 4, 5] as const;
const CELL = 56;
const AXIS = 40;

/**
 * The 5×5 heat map: likelihood up, impact across, risks not yet closed counted per cell.
 * A cell is a button: click, Enter or Space filters the register to it (again: shows all).
 */
export function RiskHeatMap({ risks }: { risks: readonly Risk[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const store = useAppStoreApi();
  const filter = useAppStore((s) => s.riskFilter);
  const count = (likelihood: number, impact: number) =>
    risks.filter((r) => r.status !== 'closed' && r.likelihood === likelihood && r.impact === impact)
      .length;
  const toggle = (likelihood: number, impact: number) =>
    store
      .getState()
      .setRiskFilter(
        filter?.likelihood === likelihood && filter.impact === impact
          ? null
          : { likelihood, impact },
      );
  const size = AXIS + CELL * 5;
  return (
    <Card size="small" title={t('rolloutTeam.risks.heatMap')}>
      <Typography.Paragraph type="secondary" style={{ maxWidth: size + 20 }}>
        {t('rolloutTeam.risks.heatMapIntro')}
      </Typography.Paragraph>
      <svg
        width="100%"
        style={{ display: 'block', maxWidth: size + 8, fontFamily: token.fontFamily }}
        viewBox={`0 0 ${size + 8} ${size + 8}`}
        data-testid="risk-heat-map"
        role="group"
        aria-label={t('rolloutTeam.risks.heatMap')}
      >
        {LEVELS.map((likelihood) =>
          LEVELS.map((impact) => {
            const n = count(likelihood, impact);
            const { fill, text } = riskColours(riskLevel(likelihood * impact), token);
            const x = AXIS + (impact - 1) * CELL;
            const y = (5 - likelihood) * CELL;
            const isActive = filter?.likelihood === likelihood && filter.impact === impact;
            return (
              <g
                key={`${likelihood}-${impact}`}
                role="button"
                tabIndex={0}
                data-testid={`heat-${likelihood}-${impact}`}
                aria-pressed={isActive}
                aria-label={t('rolloutTeam.risks.cellLabel', { likelihood, impact, count: n })}
                style={{ cursor: 'pointer', outline: 'none' }}
                onClick={() => toggle(likelihood, impact)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  toggle(likelihood, impact);
                }}
              >
                <rect
                  x={x + 1}
                  y={y + 1}
                  width={CELL - 2}
                  height={CELL - 2}
                  rx={4}
                  fill={fill}
                  stroke={isActive ? token.colorText : token.colorBgContainer}
                  strokeWidth={isActive ? 3 : 1}
                />
                <text x={x + 6} y={y + 14} fontSize={10} fill={text} opacity={0.6} aria-hidden>
                  {likelihood * impact}
                </text>
                {n > 0 && (
                  <text
                    x={x + CELL / 2}
                    y={y + CELL / 2 + 4}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={20}
                    fontWeight={700}
                    fill={text}
                  >
                    {n}
                  </text>
                )}
              </g>
            );
          }),
        )}
        {LEVELS.map((level) => (
          <g key={level} fill={token.colorTextSecondary} fontSize={12}>
            <text
              x={AXIS - 8}
              y={(5 - level) * CELL + CELL / 2}
              textAnchor="end"
              dominantBaseline="central"
            >
              {level}
            </text>
            <text x={AXIS + (level - 1) * CELL + CELL / 2} y={5 * CELL + 14} textAnchor="middle">
              {level}
            </text>
          </g>
        ))}
        <text
          transform={`translate(10 ${(5 * CELL) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={12}
          fill={token.colorTextSecondary}
        >
          {t('rolloutTeam.risks.likelihood')} ↑
        </text>
        <text
          x={AXIS + (5 * CELL) / 2}
          y={5 * CELL + 32}
          textAnchor="middle"
          fontSize={12}
          fill={token.colorTextSecondary}
        >
          {t('rolloutTeam.risks.impact')} →
        </text>
      </svg>
    </Card>
  );
}
