import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectGateStatus } from '../../store/rollout-team-selectors.ts';

const formatDate = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** Step 3's phase gates at a glance: passed, or open with the first thing still missing. */
export function GateStatusBlock() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const phases = useAppStore((s) => s.doc?.rollout.phases) ?? [];
  const statuses = useAppStore(selectGateStatus);
  return (
    <Card title={t('rolloutTeam.overview.title')} size="small" data-testid="overview-gates">
      <List
        size="small"
        dataSource={statuses}
        locale={{ emptyText: t('rolloutTeam.overview.noPhases') }}
        renderItem={(status) => {
          const phase = phases.find((p) => p.id === status.phaseId);
          const missing = status.items.filter((i) => !i.isPassed);
          const first = missing[0]?.missing?.[language] ?? '';
          const more =
            missing.length > 1
              ? ` ${t('rolloutTeam.overview.more', { count: missing.length - 1 })}`
              : '';
          return (
            <List.Item
              data-testid={`overview-gate-${status.phaseId}`}
              data-passed={status.isPassed}
            >
              <List.Item.Meta
                avatar={
                  status.isPassed ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                  ) : (
                    <ClockCircleOutlined />
                  )
                }
                title={
                  <span>
                    {phase?.name || status.phaseId}
                    {status.goLive && (
                      <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                        {' · '}
                        {t('rolloutTeam.overview.goLive', {
                          date: formatDate(status.goLive, language),
                        })}
                      </Typography.Text>
                    )}
                  </span>
                }
                description={
                  status.isPassed
                    ? t('rolloutTeam.overview.passed')
                    : status.items.length === 0
                      ? t('rolloutTeam.overview.empty')
                      : t('rolloutTeam.overview.open', { missing: `${first}${more}` })
                }
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
