import { Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the Gantt's colours and shapes mean. */
export function GanttLegend() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const swatch = (style: React.CSSProperties) => (
    <span style={{ display: 'inline-block', width: 18, height: 10, borderRadius: 2, ...style }} />
  );
  type Key =
    | 'legendBar'
    | 'legendCritical'
    | 'legendBaseline'
    | 'legendMilestone'
    | 'legendOff'
    | 'legendMakeUp';
  const items: [Key, React.ReactNode][] = [
    [
      'legendBar',
      swatch({ background: token.colorPrimaryBorder, border: `1px solid ${token.colorPrimary}` }),
    ],
    [
      'legendCritical',
      swatch({ background: token.colorErrorBorder, border: `1px solid ${token.colorError}` }),
    ],
    ['legendBaseline', swatch({ background: token.colorTextQuaternary, height: 4 })],
    [
      'legendMilestone',
      swatch({ background: token.colorPrimary, width: 9, height: 9, transform: 'rotate(45deg)' }),
    ],
    ['legendOff', swatch({ background: token.colorFillTertiary })],
    ['legendMakeUp', swatch({ border: `1px dashed ${token.colorInfoBorder}` })],
  ];
  return (
    <Flex wrap gap="4px 14px" justify="flex-end">
      {items.map(([key, icon]) => (
        <Flex key={key} gap={6} align="center">
          {icon}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`rolloutPlan.gantt.${key}`)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
