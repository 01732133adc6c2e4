import { InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../app/store-context.ts';
import type { WeightRow, WeightsView } from '../../store/options-selectors.ts';
import { percent } from './format.ts';

const formatSum = (sum: number) => String(Math.round(sum * 100) / 100);

/** Direct weights: any non-negative numbers, with the live sum and the normalised shares. */
export function DirectWeights({ view }: { view: WeightsView }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const raterId = view.raterId;
  // The running total of the main criteria as typed; sub-criteria groups are listed below.
  const mainSum = view.groups.find((g) => g.parentId === null)?.enteredSum ?? 0;
  return (
    <>
      <Table<WeightRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.rows}
        data-testid="direct-weights"
        summary={() =>
          raterId === null ? null : (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('options.weights.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1}>
                <Typography.Text strong data-testid="weight-total">
                  {formatSum(mainSum)}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{mainSum > 0 ? '100%' : '—'}</Table.Summary.Cell>
              <Table.Summary.Cell index={3}>
                <Typography.Text strong>{mainSum > 0 ? '100%' : '—'}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
        columns={[
          {
            title: t('options.weights.criterion'),
            key: 'name',
            render: (_, row) => <span style={{ paddingLeft: row.depth * 24 }}>{row.name}</span>,
          },
          {
            title: t('options.weights.entered'),
            key: 'entered',
            width: 160,
            render: (_, row) =>
              raterId === null ? (
                '—'
              ) : (
                <InputNumber
                  size="small"
                  min={0}
                  aria-label={`${t('options.weights.entered')} ${row.name}`}
                  value={row.entered}
                  onChange={(value) =>
                    typeof value === 'number' &&
                    store
                      .getState()
                      .setWeight(raterId, row.id, value, { key: `weight.${raterId}.${row.id}` })
                  }
                />
              ),
          },
          {
            title: t('options.weights.local'),
            key: 'local',
            width: 140,
            render: (_, row) => percent(row.localWeight),
          },
          {
            title: t('options.weights.global'),
            key: 'global',
            width: 140,
            render: (_, row) => <Typography.Text strong>{percent(row.weight)}</Typography.Text>,
          },
        ]}
      />
      {raterId !== null &&
        view.groups
          .filter((g) => g.parentId !== null)
          .map((g) => (
            <Typography.Paragraph
              key={g.parentId ?? 'root'}
              type="secondary"
              style={{ marginTop: 8, marginBottom: 0 }}
              data-testid="weight-sum"
            >
              {t('options.weights.sum', {
                group: g.parentLabel ?? t('options.weights.mainCriteria'),
                sum: formatSum(g.enteredSum),
              })}
            </Typography.Paragraph>
          ))}
    </>
  );
}
