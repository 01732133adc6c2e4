import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/decision/decision-text.ts';
import type { RaterConsistency, WeightsView } from '../../store/options-selectors.ts';
import { percent } from './format.ts';

const levelColor = { low: 'red', moderate: 'orange', high: 'green' } as const;

/** Per-rater AHP consistency ratios and the group's consensus (from evaluateDecision's `ahp`). */
export function ConsistencyCard({ view }: { view: WeightsView }) {
  const { t } = useTranslation();
  const nodeLabels = view.consistency[0]?.nodes.map((n) => n.parentLabel) ?? [];
  return (
    <Card title={t('options.consistency.title')} style={{ height: '100%' }}>
      {view.consistency.length === 0 ? (
        <Empty description={t('options.consistency.none')} />
      ) : (
        <Flex vertical gap={12}>
          <Table<RaterConsistency>
            size="small"
            rowKey="raterId"
            pagination={false}
            dataSource={view.consistency}
            columns={[
              { title: t('options.consistency.rater'), dataIndex: 'name' },
              ...nodeLabels.map((label, k) => ({
                title: `CR · ${label ?? t('options.weights.mainCriteria')}`,
                key: `node-${k}`,
                render: (_: unknown, r: RaterConsistency) => {
                  const node = r.nodes[k];
                  return node ? (
                    <Typography.Text type={node.isConsistent ? 'success' : 'danger'}>
                      {formatNumber(node.consistencyRatio, 3)}
                    </Typography.Text>
                  ) : (
                    '—'
                  );
                },
              })),
            ]}
          />
          {view.consensus.length === 0 ? (
            <Typography.Text type="secondary">
              {t('options.consistency.noConsensus')}
            </Typography.Text>
          ) : (
            view.consensus.map((c) => (
              <Flex key={c.parentLabel ?? 'root'} gap={8} align="center">
                <Typography.Text>
                  {t('options.consistency.consensus', {
                    group: c.parentLabel ?? t('options.weights.mainCriteria'),
                    value: percent(c.value, 0),
                  })}
                </Typography.Text>
                <Tag color={levelColor[c.level]}>{t(`options.consistency.level.${c.level}`)}</Tag>
              </Flex>
            ))
          )}
        </Flex>
      )}
    </Card>
  );
}
