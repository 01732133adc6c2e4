import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Vendor } from '../../../shared/decision/decision-edits.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

const fields = ['name', 'contact', 'notes'] as const;

/** Vendors: the subjects of the vendor evaluation (industry experience, service, PM, references). */
export function VendorsTable() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const vendors = useAppStore((s) => s.doc?.decision.vendors);
  return (
    <Card
      title={t('options.vendors.title')}
      extra={
        <Button
          icon={<PlusOutlined />}
          onClick={() => store.getState().addVendor({ name: t('options.vendors.newName') })}
        >
          {t('options.vendors.add')}
        </Button>
      }
    >
      <Table<Vendor>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={vendors}
        locale={{ emptyText: t('options.vendors.empty') }}
        columns={[
          ...fields.map((field) => ({
            title: t(`options.vendors.${field}`),
            key: field,
            render: (_: unknown, v: Vendor) => (
              <Input
                aria-label={t(`options.vendors.${field}`)}
                value={v[field]}
                maxLength={field === 'notes' ? 2000 : 200}
                onChange={(e) =>
                  store
                    .getState()
                    .updateVendor(
                      v.id,
                      { [field]: e.target.value },
                      { key: `vendor.${v.id}.${field}` },
                    )
                }
              />
            ),
          })),
          {
            key: 'remove',
            width: 48,
            render: (_, v) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('options.remove', { name: v.name })}
                onClick={() => store.getState().removeVendor(v.id)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
