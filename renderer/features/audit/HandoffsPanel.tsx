import { Button, Card, Col, List, Progress, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditAssessment } from '../../../shared/audit/assessment.ts';
import { optionDimensions } from '../../../shared/audit/handoffs.ts';
import { builtinCriteria } from '../../../shared/decision/builtin-criteria.ts';
import { dataObjectCatalogue } from '../../../shared/flows/data-objects.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

type Handoff = 'weights' | 'flows' | 'rollout';

/** Step 1's hand-offs, each with its reasons and an accept / override decision. */
export function HandoffsPanel({ audit }: { audit: AuditAssessment }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const { weights, flows, granularity, rollout, decisions } = audit.handoffs;
  const decision = (handoff: Handoff) => decisions.find((d) => d.handoff === handoff)?.status;
  const actions = (handoff: Handoff, isEmpty: boolean) => {
    const status = decision(handoff);
    return [
      status ? (
        <Tag key="status" color={status === 'accepted' ? 'green' : 'default'}>
          {t(`audit.handoff.${status}`)}
        </Tag>
      ) : null,
      <Button
        key="accept"
        type="link"
        disabled={isEmpty}
        data-testid={`accept-${handoff}`}
        onClick={() => store.getState().acceptHandoff(handoff)}
      >
        {t('audit.handoff.accept')}
      </Button>,
      <Button key="dismiss" type="link" onClick={() => store.getState().dismissHandoff(handoff)}>
        {t('audit.handoff.dismiss')}
      </Button>,
    ].filter(Boolean);
  };
  const objectLabel = new Map<string, string>(
    dataObjectCatalogue.map((o) => [o.key, o.label[language]]),
  );

  return (
    <Card title={t('audit.handoff.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('audit.handoff.weightsTitle')}
            actions={actions('weights', false)}
          >
            <Typography.Paragraph type="secondary">
              {t('audit.handoff.weightsBody')}
            </Typography.Paragraph>
            {optionDimensions.map((d) => (
              <Space key={d} style={{ display: 'flex' }}>
                <span style={{ width: 150, display: 'inline-block' }}>
                  {builtinCriteria[d].label[language]}
                </span>
                <Progress
                  style={{ width: 200 }}
                  percent={Math.round(weights.weights[d] * 100)}
                  size="small"
                />
              </Space>
            ))}
            <List
              size="small"
              dataSource={weights.adjustments}
              locale={{ emptyText: t('audit.handoff.noAdjustments') }}
              renderItem={(a) => (
                <List.Item>
                  +{a.points} {builtinCriteria[a.criterion].label[language]} — {a.reason[language]}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <Card
              size="small"
              title={t('audit.handoff.flowsTitle')}
              actions={actions('flows', flows.length === 0)}
            >
              {flows.length === 0 ? (
                <Typography.Text type="secondary">{t('audit.handoff.noFlows')}</Typography.Text>
              ) : (
                <>
                  <Typography.Paragraph>
                    {t('audit.handoff.flowsBody', { count: flows.length })}
                  </Typography.Paragraph>
                  <Space wrap>
                    {flows.map((f) => (
                      <Tag
                        key={f.object}
                        color={
                          f.direction === 'two-way' ? 'orange' : f.isCore ? 'green' : 'default'
                        }
                      >
                        {objectLabel.get(f.object) ?? f.object}{' '}
                        {f.direction === 'two-way' ? '⇄' : '→'}
                      </Tag>
                    ))}
                  </Space>
                </>
              )}
            </Card>
            <Card size="small" title={t('audit.handoff.granularityTitle')}>
              <Typography.Text strong data-testid="granularity">
                {t(`audit.handoff.granularity.${granularity ?? 'none'}`)}
              </Typography.Text>
            </Card>
            <Card
              size="small"
              title={t('audit.handoff.rolloutTitle')}
              actions={actions('rollout', rollout.tasks.length + rollout.trainings.length === 0)}
            >
              {rollout.tasks.length + rollout.trainings.length === 0 ? (
                <Typography.Text type="secondary">{t('audit.handoff.noRollout')}</Typography.Text>
              ) : (
                <Typography.Text>
                  {t('audit.handoff.rolloutBody', {
                    tasks: t('audit.handoff.cleansingTasks', { count: rollout.tasks.length }),
                    trainings: t('audit.handoff.roleTrainings', {
                      count: rollout.trainings.length,
                    }),
                  })}
                </Typography.Text>
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
