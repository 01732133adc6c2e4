import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Typography,
  theme,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { riskStatuses, type Risk } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { riskColours, riskLevel } from './risk-levels.ts';

type TextField = 'text' | 'mitigation' | 'trigger';

/** The risk register: text, likelihood, impact, owner, mitigation, trigger and status. */
export function RiskRegister({ risks }: { risks: readonly Risk[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const store = useAppStoreApi();
  const team = useAppStore((s) => s.doc?.rollout.team) ?? [];
  const filter = useAppStore((s) => s.riskFilter);
  const shown = filter
    ? risks.filter((r) => r.likelihood === filter.likelihood && r.impact === filter.impact)
    : risks;
  const update = (id: string, patch: Partial<Risk>, field?: string) =>
    store.getState().updateRisk(id, patch, field ? { key: `risk.${id}.${field}` } : undefined);
  const textColumn = (field: TextField, width: number, max: number) => ({
    title: t(`rolloutTeam.risks.${field}`),
    key: field,
    width,
    render: (_: unknown, r: Risk) => (
      <Input.TextArea
        aria-label={t(`rolloutTeam.risks.${field}`)}
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={r[field]}
        maxLength={max}
        onChange={(e) => update(r.id, { [field]: e.target.value }, field)}
      />
    ),
  });
  const levelInput = (field: 'likelihood' | 'impact') => ({
    title: t(`rolloutTeam.risks.${field}`),
    key: field,
    width: 90,
    render: (_: unknown, r: Risk) => (
      <InputNumber
        size="small"
        min={1}
        max={5}
        precision={0}
        style={{ width: 64 }}
        aria-label={t(`rolloutTeam.risks.${field}`)}
        value={r[field]}
        onChange={(value) => value !== null && update(r.id, { [field]: value })}
      />
    ),
  });
  return (
    <Card
      size="small"
      title={t('rolloutTeam.risks.title')}
      extra={
        <Button
          icon={<PlusOutlined />}
          onClick={() => store.getState().addRisk({ text: t('rolloutTeam.risks.newText') })}
        >
          {t('rolloutTeam.risks.add')}
        </Button>
      }
    >
      {filter && (
        <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
          <Typography.Text data-testid="risk-filter">
            {t('rolloutTeam.risks.filtered', filter)}
          </Typography.Text>
          <Button size="small" type="link" onClick={() => store.getState().setRiskFilter(null)}>
            {t('rolloutTeam.risks.clearFilter')}
          </Button>
        </Flex>
      )}
      <Table<Risk>
        size="small"
        rowKey="id"
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 'max-content' }}
        dataSource={shown}
        data-testid="risk-register"
        locale={{
          emptyText: t(filter ? 'rolloutTeam.risks.emptyFiltered' : 'rolloutTeam.risks.empty'),
        }}
        columns={[
          textColumn('text', 240, 500),
          levelInput('likelihood'),
          levelInput('impact'),
          {
            title: t('rolloutTeam.risks.score'),
            key: 'score',
            width: 64,
            align: 'center',
            render: (_, r) => {
              const colours = riskColours(riskLevel(r.likelihood * r.impact), token);
              return (
                <Tag
                  color={colours.fill}
                  style={{ color: colours.text, fontWeight: 600, margin: 0 }}
                >
                  {r.likelihood * r.impact}
                </Tag>
              );
            },
          },
          {
            title: t('rolloutTeam.risks.owner'),
            key: 'owner',
            width: 150,
            render: (_, r) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                allowClear
                aria-label={t('rolloutTeam.risks.owner')}
                value={r.ownerId ?? undefined}
                popupMatchSelectWidth={false}
                options={team.map((m) => ({ value: m.id, label: m.name || m.id }))}
                onChange={(ownerId?: string) => update(r.id, { ownerId: ownerId ?? null })}
              />
            ),
          },
          textColumn('mitigation', 240, 2000),
          textColumn('trigger', 180, 500),
          {
            title: t('rolloutTeam.risks.status'),
            key: 'status',
            width: 120,
            render: (_, r) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                aria-label={t('rolloutTeam.risks.status')}
                value={r.status}
                options={riskStatuses.map((s) => ({
                  value: s,
                  label: t(`rolloutTeam.risks.statuses.${s}`),
                }))}
                onChange={(status) => update(r.id, { status })}
              />
            ),
          },
          {
            key: 'remove',
            width: 40,
            render: (_, r) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('rolloutTeam.remove', { name: r.text || r.id })}
                onClick={() => store.getState().removeRisk(r.id)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
