import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rater } from '../../../shared/decision/decision-edits.ts';
import { departments } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

/** The raters: each department weighs and scores on its own; the group view combines them. */
export function RatersTable() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const raters = useAppStore((s) => s.doc?.decision.raters);
  return (
    <Card
      title={t('options.raters.title')}
      extra={
        <Button
          icon={<PlusOutlined />}
          onClick={() => store.getState().addRater({ name: t('options.raters.newName') })}
        >
          {t('options.raters.add')}
        </Button>
      }
    >
      <Table<Rater>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={raters}
        locale={{ emptyText: t('options.raters.empty') }}
        columns={[
          {
            title: t('options.raters.name'),
            key: 'name',
            render: (_, r) => (
              <Input
                aria-label={t('options.raters.name')}
                value={r.name}
                maxLength={200}
                onChange={(e) =>
                  store
                    .getState()
                    .updateRater(r.id, { name: e.target.value }, { key: `rater.${r.id}.name` })
                }
              />
            ),
          },
          {
            title: t('options.raters.department'),
            key: 'department',
            width: 170,
            render: (_, r) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('options.raters.department')}
                value={r.department}
                options={departments.map((d) => ({ value: d, label: t(`department.${d}`) }))}
                onChange={(department) => store.getState().updateRater(r.id, { department })}
              />
            ),
          },
          {
            key: 'remove',
            width: 48,
            render: (_, r) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('options.remove', { name: r.name })}
                onClick={() => store.getState().removeRater(r.id)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
