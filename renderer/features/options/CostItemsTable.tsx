import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CostItem } from '../../../shared/decision/decision-edits.ts';
import { costCategories } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

const kinds = ['initial', 'annual'] as const;
// Thousands separators while typing amounts such as 1,100,000.
const groupDigits = (value: number | string | undefined) =>
  `${value ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const ungroupDigits = (text: string | undefined) => Number((text ?? '').replace(/,/g, ''));

/** Cost items per candidate: category, initial or annual, amount and a note. */
export function CostItemsTable() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const decision = useAppStore((s) => s.doc?.decision);
  if (!decision) return null;
  const update = (id: string, patch: Partial<CostItem>, field?: string) =>
    store.getState().updateCost(id, patch, field ? { key: `cost.${id}.${field}` } : undefined);
  return (
    <Card title={t('options.tco.items')}>
      <Flex vertical gap={16}>
        {decision.candidates.map((candidate) => (
          <div key={candidate.id} data-testid={`costs-${candidate.id}`}>
            <Flex justify="space-between" align="center">
              <Typography.Text strong>{candidate.name}</Typography.Text>
              <Button
                size="small"
                type="link"
                icon={<PlusOutlined />}
                onClick={() => store.getState().addCost({ candidateId: candidate.id })}
              >
                {t('options.tco.add')}
              </Button>
            </Flex>
            <Table<CostItem>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={decision.costs.filter((c) => c.candidateId === candidate.id)}
              locale={{ emptyText: t('options.tco.noItems') }}
              columns={[
                {
                  title: t('options.tco.category'),
                  key: 'category',
                  width: 150,
                  render: (_, c) => (
                    <Select
                      size="small"
                      style={{ width: '100%' }}
                      aria-label={t('options.tco.category')}
                      value={c.category}
                      options={costCategories.map((v) => ({
                        value: v,
                        label: t(`options.tco.categories.${v}`),
                      }))}
                      onChange={(category) => update(c.id, { category })}
                    />
                  ),
                },
                {
                  title: t('options.tco.kind'),
                  key: 'kind',
                  width: 110,
                  render: (_, c) => (
                    <Select
                      size="small"
                      style={{ width: '100%' }}
                      aria-label={t('options.tco.kind')}
                      value={c.kind}
                      options={kinds.map((v) => ({ value: v, label: t(`options.tco.kinds.${v}`) }))}
                      onChange={(kind) => update(c.id, { kind })}
                    />
                  ),
                },
                {
                  title: `${t('options.tco.amount')} (${decision.currency})`,
                  key: 'amount',
                  width: 150,
                  render: (_, c) => (
                    <InputNumber
                      size="small"
                      min={0}
                      style={{ width: '100%' }}
                      aria-label={t('options.tco.amount')}
                      value={c.amount}
                      formatter={groupDigits}
                      parser={ungroupDigits}
                      onChange={(v) =>
                        typeof v === 'number' && update(c.id, { amount: v }, 'amount')
                      }
                    />
                  ),
                },
                {
                  title: t('options.tco.note'),
                  key: 'note',
                  render: (_, c) => (
                    <Input
                      size="small"
                      aria-label={t('options.tco.note')}
                      value={c.note}
                      maxLength={2000}
                      onChange={(e) => update(c.id, { note: e.target.value }, 'note')}
                    />
                  ),
                },
                {
                  key: 'remove',
                  width: 40,
                  render: (_, c) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('options.remove', {
                        name: t(`options.tco.categories.${c.category}`),
                      })}
                      onClick={() => store.getState().removeCost(c.id)}
                    />
                  ),
                },
              ]}
            />
          </div>
        ))}
      </Flex>
    </Card>
  );
}
