import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../app/store-context.ts';
import type { WeightsView } from '../../store/options-selectors.ts';
import { percent } from './format.ts';

/** Rank order: most important first; weights are rank-order centroid (ROC) weights. */
export function RankOrderWeights({ view }: { view: WeightsView }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { raterId } = view;
  return (
    <Flex vertical gap={16}>
      {view.groups.map((g) => {
        const ids = g.rows.map((r) => r.id);
        const move = (id: string, delta: -1 | 1) =>
          raterId !== null && store.getState().moveInRankOrder(raterId, ids, id, delta);
        const rows =
          raterId === null ? [...g.rows].sort((a, b) => b.weight - a.weight) : g.rankOrder;
        return (
          <Card
            key={g.parentId ?? 'root'}
            size="small"
            title={g.parentLabel ?? t('options.weights.mainCriteria')}
          >
            <List
              size="small"
              dataSource={rows}
              renderItem={(row, index) => (
                <List.Item
                  actions={
                    raterId === null
                      ? []
                      : [
                          <Button
                            key="up"
                            size="small"
                            icon={<ArrowUpOutlined />}
                            disabled={index === 0}
                            aria-label={t('options.rank.up', { name: row.name })}
                            onClick={() => move(row.id, -1)}
                          />,
                          <Button
                            key="down"
                            size="small"
                            icon={<ArrowDownOutlined />}
                            disabled={index === rows.length - 1}
                            aria-label={t('options.rank.down', { name: row.name })}
                            onClick={() => move(row.id, 1)}
                          />,
                        ]
                  }
                >
                  <Flex gap={12} align="center">
                    <Tag color="blue">{index + 1}</Tag>
                    <Typography.Text>{row.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('options.rank.weight', { weight: percent(row.localWeight) })}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
