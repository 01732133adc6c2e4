import { Card, Col, Empty, Flex, InputNumber, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CandidateTco } from '../../../shared/decision/tco.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectTcoView } from '../../store/options-view-selectors.ts';
import { CostItemsTable } from './CostItemsTable.tsx';
import { money } from './format.ts';
import { TcoChart } from './TcoChart.tsx';

/** Tab 4: initial and annual costs per candidate over the horizon, optionally discounted. */
export function TcoTab() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const view = useAppStore(selectTcoView);
  const decision = useAppStore((s) => s.doc?.decision);
  const language = useAppStore((s) => s.language);
  if (!view || !decision) return null;
  if (decision.candidates.length === 0)
    return <Empty description={t('options.empty.candidates')} />;
  const nameOf = (id: string) => decision.candidates.find((c) => c.id === id)?.name ?? id;
  const cash = (amount: number) => money(amount, decision.currency, language);
  const short = (amount: number) => money(amount, decision.currency, language, true);
  return (
    <Flex vertical gap={16}>
      <Card title={t('options.tco.settings')}>
        <Flex gap={24} wrap align="center">
          <Flex gap={8} align="center">
            <Typography.Text>{t('options.tco.horizon')}</Typography.Text>
            <InputNumber
              min={1}
              max={30}
              precision={0}
              aria-label={t('options.tco.horizon')}
              value={decision.horizonYears}
              suffix={t('options.tco.years')}
              onChange={(v) =>
                typeof v === 'number' && store.getState().setHorizonYears(v, { key: 'tco.horizon' })
              }
            />
          </Flex>
          <Flex gap={8} align="center">
            <Typography.Text>{t('options.tco.discount')}</Typography.Text>
            <InputNumber
              min={0}
              max={100}
              step={0.5}
              aria-label={t('options.tco.discount')}
              value={Math.round(decision.discountRate * 10000) / 100}
              suffix="%"
              onChange={(v) =>
                typeof v === 'number' &&
                store.getState().setDiscountRate(v / 100, { key: 'tco.discount' })
              }
            />
          </Flex>
          <Typography.Text type="secondary">
            {t('options.tco.feeds', { currency: decision.currency })}
          </Typography.Text>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={view.isDiscounted ? t('options.tco.chartDiscounted') : t('options.tco.chart')}
            style={{ height: '100%' }}
          >
            <TcoChart view={view} nameOf={nameOf} cash={cash} short={short} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('options.tco.totals')} style={{ height: '100%' }}>
            <Table<CandidateTco>
              size="small"
              rowKey="candidateId"
              pagination={false}
              dataSource={view.evaluation.tco}
              columns={[
                {
                  title: t('options.tco.candidate'),
                  key: 'name',
                  width: 170,
                  render: (_, r) => nameOf(r.candidateId),
                },
                {
                  title: t('options.tco.initial'),
                  key: 'initial',
                  render: (_, r) => short(r.initial),
                },
                {
                  title: t('options.tco.annual'),
                  key: 'annual',
                  render: (_, r) => short(r.annual),
                },
                { title: t('options.tco.total'), key: 'total', render: (_, r) => short(r.total) },
                {
                  title: t('options.tco.npv'),
                  key: 'npv',
                  render: (_, r) => short(r.netPresentValue),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <CostItemsTable />
    </Flex>
  );
}
