import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectGateStatus } from '../../store/rollout-team-selectors.ts';
import { formatDate } from './date-format.ts';
import { GateChecklist } from './GateChecklist.tsx';

/** Step 3 — each phase's gate: its typed checklist, its status and the phase's go-live. */
export function GatesTab() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const phases = useAppStore((s) => s.doc?.rollout.phases) ?? [];
  const statuses = useAppStore(selectGateStatus);
  const language = useAppStore((s) => s.language);
  if (phases.length === 0) return <Empty description={t('rolloutTeam.gates.noPhases')} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('rolloutTeam.gates.intro')}</Typography.Text>
      {phases.map((phase) => {
        const status = statuses.find((s) => s.phaseId === phase.id);
        if (!status) return null;
        return (
          <Card
            key={phase.id}
            data-testid={`gate-${phase.id}`}
            title={
              <Flex gap={8} align="center" wrap>
                <span style={{ whiteSpace: 'normal' }}>{phase.name || phase.id}</span>
                <Tag
                  data-testid={`gate-status-${phase.id}`}
                  data-passed={status.isPassed}
                  color={status.isPassed ? 'success' : status.items.length ? 'warning' : 'default'}
                >
                  {status.isPassed
                    ? t('rolloutTeam.gates.passed')
                    : status.items.length
                      ? t('rolloutTeam.gates.open', {
                          passed: status.passedCount,
                          total: status.items.length,
                        })
                      : t('rolloutTeam.gates.empty')}
                </Tag>
              </Flex>
            }
            extra={
              <Flex gap={12} align="center">
                <Typography.Text type="secondary" data-testid={`gate-go-live-${phase.id}`}>
                  {t('rolloutTeam.gates.goLive', {
                    date: status.goLive
                      ? formatDate(status.goLive, language)
                      : t('rolloutTeam.gates.noGoLive'),
                  })}
                </Typography.Text>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() =>
                    store.getState().addGateItem(phase.id, { text: t('rolloutTeam.gates.newItem') })
                  }
                >
                  {t('rolloutTeam.gates.add')}
                </Button>
              </Flex>
            }
          >
            <GateChecklist phase={phase} status={status} />
          </Card>
        );
      })}
    </Flex>
  );
}
