import { Alert, Button, Collapse, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';
import type { PlanFinding } from '../../store/rollout-selectors.ts';

const severityColor = { error: 'error', warning: 'warning', info: 'processing' } as const;

/** The plan's findings, each with its fix and a link to the task it is about. */
export function PlanFindings({ findings }: { findings: PlanFinding[] }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const selectTask = useAppStore((s) => s.selectTask);
  const names = useAppStore((s) => s.doc?.rollout.tasks);
  if (findings.length === 0)
    return <Alert type="success" showIcon title={t('rolloutPlan.findings.none')} />;
  const nameOf = (id: string) => names?.find((task) => task.id === id)?.name ?? id;
  return (
    <Collapse
      size="small"
      data-testid="plan-findings"
      defaultActiveKey={findings.some((f) => f.severity === 'error') ? ['findings'] : []}
      items={[
        {
          key: 'findings',
          label: (
            <span>
              {t('rolloutPlan.findings.title')} <Tag color="warning">{findings.length}</Tag>
            </span>
          ),
          children: (
            <List
              size="small"
              dataSource={findings}
              renderItem={(finding) => (
                <List.Item>
                  <Flex vertical gap={2} style={{ width: '100%' }}>
                    <span>
                      <Tag color={severityColor[finding.severity]}>
                        {t(`rolloutPlan.findings.severity.${finding.severity}`)}
                      </Tag>
                      {finding.message[language]}
                    </span>
                    {finding.fix && (
                      <Typography.Text type="secondary">
                        {t('rolloutPlan.findings.fix')} {finding.fix[language]}
                      </Typography.Text>
                    )}
                    {finding.taskIds.length > 0 && (
                      <Flex wrap gap={4}>
                        {finding.taskIds.map((id) => (
                          <Button key={id} size="small" type="link" onClick={() => selectTask(id)}>
                            {t('rolloutPlan.findings.show')}: {nameOf(id)}
                          </Button>
                        ))}
                      </Flex>
                    )}
                  </Flex>
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}
