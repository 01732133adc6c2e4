import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { archetypeLabels } from '../../../shared/decision/builtin-criteria.ts';
import { archetypes, type Candidate } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

/** Concrete candidate solutions, each linked to an approach and, optionally, a vendor. */
export function CandidatesTable() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const candidates = useAppStore((s) => s.doc?.decision.candidates);
  const vendors = useAppStore((s) => s.doc?.decision.vendors);
  const update = (id: string, patch: Partial<Candidate>, field?: string) =>
    store
      .getState()
      .updateCandidate(id, patch, field ? { key: `candidate.${id}.${field}` } : undefined);
  return (
    <Card
      title={t('options.candidates.title')}
      extra={
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            store
              .getState()
              .addCandidate({ archetype: 'saas', name: t('options.candidates.newName') })
          }
        >
          {t('options.candidates.add')}
        </Button>
      }
    >
      <Table<Candidate>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={candidates}
        locale={{ emptyText: t('options.candidates.empty') }}
        columns={[
          {
            title: t('options.candidates.name'),
            key: 'name',
            width: '28%',
            render: (_, c) => (
              <Input.TextArea
                aria-label={t('options.candidates.name')}
                autoSize={{ minRows: 1, maxRows: 3 }}
                value={c.name}
                maxLength={200}
                onChange={(e) => update(c.id, { name: e.target.value }, 'name')}
              />
            ),
          },
          {
            title: t('options.candidates.archetype'),
            key: 'archetype',
            width: '20%',
            render: (_, c) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('options.candidates.archetype')}
                value={c.archetype}
                options={archetypes.map((a) => ({ value: a, label: archetypeLabels[a][language] }))}
                onChange={(archetype) => update(c.id, { archetype })}
              />
            ),
          },
          {
            title: t('options.candidates.vendor'),
            key: 'vendor',
            width: '18%',
            render: (_, c) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('options.candidates.vendor')}
                allowClear
                placeholder={t('options.candidates.noVendor')}
                value={c.vendorId ?? undefined}
                options={(vendors ?? []).map((v) => ({ value: v.id, label: v.name || v.id }))}
                onChange={(vendorId) => update(c.id, { vendorId: vendorId ?? null })}
              />
            ),
          },
          {
            title: t('options.candidates.description'),
            key: 'description',
            width: '30%',
            render: (_, c) => (
              <Input.TextArea
                style={{ width: '100%' }}
                aria-label={t('options.candidates.description')}
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={c.description}
                maxLength={2000}
                onChange={(e) => update(c.id, { description: e.target.value }, 'description')}
              />
            ),
          },
          {
            key: 'remove',
            width: 48,
            render: (_, c) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('options.remove', { name: c.name })}
                onClick={() => store.getState().removeCandidate(c.id)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
