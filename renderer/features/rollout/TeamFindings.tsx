import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RolloutFinding } from '../../../shared/rollout/team-checks.ts';
import { useAppStore } from '../../app/store-context.ts';

/** Findings with their fix, each as an alert; `testId` names the list for the e2e tests. */
export function TeamFindings({
  findings,
  testId,
}: {
  findings: readonly RolloutFinding[];
  testId: string;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  return (
    <Card size="small" title={t('rolloutTeam.findings.title')} data-testid={testId}>
      {findings.length === 0 ? (
        <Typography.Text type="success">{t('rolloutTeam.findings.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {findings.map((f, i) => (
            <Alert
              key={`${f.id}-${f.target.id ?? ''}-${i}`}
              data-testid="team-finding"
              data-rule={f.id}
              type={
                f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info'
              }
              showIcon
              title={f.message[language]}
              description={
                <span>
                  <Typography.Text strong>{t('rolloutTeam.findings.fix')}</Typography.Text>{' '}
                  {f.fix[language]}
                </span>
              }
            />
          ))}
        </Flex>
      )}
    </Card>
  );
}
