import { CheckCircleFilled, DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, InputNumber, Select, Table, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { gateItemKinds, type GateItem, type Phase } from '../../../shared/model/schema.ts';
import type { GateItemStatus, PhaseGateStatus } from '../../../shared/rollout/gate-status.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { GateSignOff } from './GateSignOff.tsx';

type Patch = Partial<Omit<GateItem, 'id' | 'signedOffById' | 'signedOffOn'>>;

/** Kinds whose pass/fail is computed (training, defects) or given by a signature (UAT). */
const isComputed = (kind: GateItem['kind']) => kind === 'training' || kind === 'defects';

/** One phase's gate checklist: typed items with owner, evidence, threshold, done and sign-off. */
export function GateChecklist({ phase, status }: { phase: Phase; status: PhaseGateStatus }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const team = useAppStore((s) => s.doc?.rollout.team) ?? [];
  const update = (item: GateItem, patch: Patch, field?: string) =>
    store
      .getState()
      .updateGateItem(
        phase.id,
        item.id,
        patch,
        field ? { key: `gate.${item.id}.${field}` } : undefined,
      );
  const itemStatus = (id: string) => status.items.find((i) => i.itemId === id);
  return (
    <Table<GateItem>
      size="small"
      rowKey="id"
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 'max-content' }}
      dataSource={phase.gates}
      data-testid={`gate-items-${phase.id}`}
      locale={{ emptyText: t('rolloutTeam.gates.empty') }}
      columns={[
        {
          title: t('rolloutTeam.gates.item'),
          key: 'text',
          width: 220,
          render: (_, item) => (
            <Flex vertical gap={4}>
              <Input.TextArea
                aria-label={t('rolloutTeam.gates.item')}
                autoSize={{ minRows: 1, maxRows: 3 }}
                value={item.text}
                maxLength={500}
                onChange={(e) => update(item, { text: e.target.value }, 'text')}
              />
              <Select
                size="small"
                aria-label={t('rolloutTeam.gates.kind')}
                value={item.kind}
                popupMatchSelectWidth={false}
                options={gateItemKinds.map((k) => ({
                  value: k,
                  label: t(`rolloutTeam.gates.kinds.${k}`),
                }))}
                onChange={(kind) => update(item, { kind })}
              />
              <ItemStatus status={itemStatus(item.id)} />
            </Flex>
          ),
        },
        {
          title: t('rolloutTeam.gates.owner'),
          key: 'owner',
          width: 140,
          render: (_, item) => (
            <Select
              size="small"
              style={{ width: '100%' }}
              allowClear
              aria-label={t('rolloutTeam.gates.owner')}
              value={item.ownerId ?? undefined}
              popupMatchSelectWidth={false}
              options={team.map((m) => ({ value: m.id, label: m.name || m.id }))}
              onChange={(ownerId?: string) => update(item, { ownerId: ownerId ?? null })}
            />
          ),
        },
        {
          title: t('rolloutTeam.gates.evidence'),
          key: 'evidence',
          width: 150,
          render: (_, item) => (
            <Input.TextArea
              aria-label={t('rolloutTeam.gates.evidence')}
              autoSize={{ minRows: 1, maxRows: 3 }}
              value={item.evidence}
              maxLength={2000}
              onChange={(e) => update(item, { evidence: e.target.value }, 'evidence')}
            />
          ),
        },
        {
          title: t('rolloutTeam.gates.threshold'),
          key: 'threshold',
          width: 150,
          render: (_, item) => <ThresholdCell item={item} update={update} />,
        },
        {
          title: t('rolloutTeam.gates.done'),
          key: 'done',
          width: 56,
          align: 'center',
          render: (_, item) => (
            <Checkbox
              aria-label={t('rolloutTeam.gates.done')}
              checked={
                isComputed(item.kind) ? (itemStatus(item.id)?.isPassed ?? false) : item.isDone
              }
              disabled={isComputed(item.kind) || item.kind === 'uat'}
              title={isComputed(item.kind) ? t('rolloutTeam.gates.computed') : undefined}
              onChange={(e) => store.getState().setGateDone(phase.id, item.id, e.target.checked)}
            />
          ),
        },
        {
          title: t('rolloutTeam.gates.signOff'),
          key: 'signoff',
          width: 180,
          render: (_, item) => <GateSignOff phaseId={phase.id} item={item} />,
        },
        {
          key: 'remove',
          width: 40,
          render: (_, item) => (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('rolloutTeam.remove', { name: item.text || item.id })}
              onClick={() => store.getState().removeGateItem(phase.id, item.id)}
            />
          ),
        },
      ]}
    />
  );
}

function ThresholdCell(props: {
  item: GateItem;
  update: (item: GateItem, p: Patch, f?: string) => void;
}) {
  const { t } = useTranslation();
  const { item, update } = props;
  if (item.kind === 'training')
    return (
      <InputNumber
        size="small"
        min={0}
        max={100}
        suffix="%"
        style={{ width: '100%' }}
        aria-label={t('rolloutTeam.gates.thresholdTraining')}
        placeholder="100"
        value={item.threshold}
        onChange={(value) => update(item, { threshold: value }, 'threshold')}
      />
    );
  if (item.kind === 'defects')
    return (
      <Flex vertical gap={4}>
        <InputNumber
          size="small"
          min={0}
          style={{ width: '100%' }}
          prefix={<Typography.Text type="secondary">≤</Typography.Text>}
          aria-label={t('rolloutTeam.gates.thresholdDefects')}
          placeholder="0"
          value={item.threshold}
          onChange={(value) => update(item, { threshold: value }, 'threshold')}
        />
        <InputNumber
          size="small"
          min={0}
          style={{ width: '100%' }}
          prefix={
            <Typography.Text type="secondary">{t('rolloutTeam.gates.openDefects')}</Typography.Text>
          }
          aria-label={t('rolloutTeam.gates.openDefects')}
          value={item.openDefects ?? null}
          onChange={(value) => update(item, { openDefects: value ?? undefined }, 'openDefects')}
        />
      </Flex>
    );
  return <Typography.Text type="secondary">{t('rolloutTeam.none')}</Typography.Text>;
}

function ItemStatus({ status }: { status: GateItemStatus | undefined }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useAppStore((s) => s.language);
  if (!status) return null;
  return status.isPassed ? (
    <Typography.Text type="success" data-testid={`gate-item-status-${status.itemId}`}>
      <CheckCircleFilled style={{ color: token.colorSuccess }} /> {t('rolloutTeam.gates.passed')}
    </Typography.Text>
  ) : (
    <Typography.Text
      type="warning"
      style={{ fontSize: token.fontSizeSM }}
      data-testid={`gate-item-status-${status.itemId}`}
    >
      {status.missing?.[language]}
    </Typography.Text>
  );
}
