import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectCriteriaRows, type CriterionRow } from '../../store/options-selectors.ts';
import { DecisionToolbar } from './DecisionToolbar.tsx';

type CriterionChoice = Criterion['direction'] | Criterion['scale'] | Criterion['scope'];

/** Criteria of the chosen scope as a tree: label, direction, scale, unit, parent, scope. */
export function CriteriaTable() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rows = useAppStore(selectCriteriaRows);
  const scope = useAppStore((s) => s.decisionScope);
  const update = (id: string, patch: Partial<Criterion>, field?: string) =>
    store
      .getState()
      .updateCriterion(id, patch, field ? { key: `criterion.${id}.${field}` } : undefined);
  // A built-in criterion renamed back to its label (or to nothing) shows the translated label again.
  const rename = (row: CriterionRow, value: string) => {
    const name = value.trim();
    if (name === '' && row.builtinLabel === '') return;
    update(row.id, { name: name === row.builtinLabel ? '' : name });
  };
  const choices = (values: readonly CriterionChoice[]) =>
    values.map((value) => ({ value, label: t(`options.criteria.values.${value}`) }));
  return (
    <Card
      title={t('options.criteria.title')}
      extra={
        <Flex gap={12} wrap>
          <DecisionToolbar hasRater={false} />
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              store.getState().addCriterion({ name: t('options.criteria.newName'), scope })
            }
          >
            {t('options.criteria.add')}
          </Button>
        </Flex>
      }
    >
      <Table<CriterionRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('options.criteria.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('options.criteria.label'),
            key: 'label',
            // Wide enough for "Long-term maintenance cost" and its tag, never broken mid-word.
            width: 230,
            render: (_, row) => (
              <Flex gap={6} align="center" style={{ paddingLeft: row.depth * 24 }}>
                {row.depth > 0 && <span aria-hidden>↳</span>}
                <Typography.Text
                  strong={row.depth === 0}
                  editable={{
                    text: row.label,
                    maxLength: 200,
                    tooltip: t('options.criteria.rename'),
                    onChange: (value) => rename(row, value),
                  }}
                >
                  {row.label}
                </Typography.Text>
                {row.builtinLabel && (
                  <Tooltip title={t('options.criteria.builtinHint')}>
                    <Tag>{t('options.criteria.builtin')}</Tag>
                  </Tooltip>
                )}
              </Flex>
            ),
          },
          {
            title: t('options.criteria.direction'),
            key: 'direction',
            width: 170,
            render: (_, row) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('options.criteria.direction')}
                value={row.direction}
                options={choices(['benefit', 'cost'])}
                onChange={(direction: Criterion['direction']) => update(row.id, { direction })}
              />
            ),
          },
          {
            title: t('options.criteria.scale'),
            key: 'scale',
            width: 120,
            render: (_, row) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('options.criteria.scale')}
                value={row.scale}
                options={choices(['rating', 'value'])}
                onChange={(scale: Criterion['scale']) => update(row.id, { scale })}
              />
            ),
          },
          {
            title: t('options.criteria.unit'),
            key: 'unit',
            width: 90,
            render: (_, row) => (
              <Input
                aria-label={t('options.criteria.unit')}
                value={row.unit}
                maxLength={40}
                disabled={row.scale === 'rating'}
                placeholder={row.scale === 'rating' ? '1–10' : ''}
                onChange={(e) => update(row.id, { unit: e.target.value }, 'unit')}
              />
            ),
          },
          {
            title: t('options.criteria.parent'),
            key: 'parent',
            width: 160,
            render: (_, row) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('options.criteria.parent')}
                allowClear
                placeholder={t('options.criteria.noParent')}
                value={row.parentId ?? undefined}
                options={row.parentChoices.map((p) => ({ value: p.id, label: p.label }))}
                onChange={(parentId) => update(row.id, { parentId: parentId ?? null })}
              />
            ),
          },
          {
            title: t('options.criteria.scope'),
            key: 'scope',
            width: 120,
            render: (_, row) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('options.criteria.scope')}
                value={row.scope}
                options={choices(['option', 'vendor'])}
                onChange={(scope: Criterion['scope']) => update(row.id, { scope })}
              />
            ),
          },
          {
            key: 'remove',
            width: 48,
            render: (_, row) => (
              <Tooltip title={t('options.criteria.removeHint')}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('options.remove', { name: row.label })}
                  onClick={() => store.getState().removeCriterion(row.id)}
                />
              </Tooltip>
            ),
          },
        ]}
      />
    </Card>
  );
}
