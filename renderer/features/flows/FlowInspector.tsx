import { SwapOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Segmented, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dataObjectCatalogue, isCatalogueObject } from '../../../shared/flows/data-objects.ts';
import { objectSemantics } from '../../../shared/flows/object-semantics.ts';
import { departments, flowSchema, type Flow } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

const protocols = flowSchema.shape.protocol.unwrap().options;
const triggers = ['event', 'scheduled', 'manual'] as const;

/** Everything a flow carries: objects, direction and its reason, timing, volume, protocol, owner, phase. */
export function FlowInspector({ flow }: { flow: Flow }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const systems = useAppStore((s) => s.doc?.flows.systems ?? []);
  const customObjects = useAppStore((s) => s.doc?.flows.customObjects ?? []);
  const phases = useAppStore((s) => s.doc?.rollout.phases ?? []);
  const update = (patch: Partial<Omit<Flow, 'id'>>, typed?: string) =>
    store
      .getState()
      .updateFlow(flow.id, patch, typed ? { key: `flow.${flow.id}.${typed}` } : undefined);
  const nameOf = (id: string) => systems.find((s) => s.id === id)?.name ?? id;
  const needsReason = flow.direction === 'two-way' && flow.reason.trim() === '';

  return (
    <Form layout="vertical" size="small">
      <Typography.Paragraph>
        <strong>{nameOf(flow.sourceId)}</strong> {flow.direction === 'two-way' ? '⇄' : '→'}{' '}
        <strong>{nameOf(flow.targetId)}</strong>{' '}
        <Button
          size="small"
          icon={<SwapOutlined />}
          onClick={() => update({ sourceId: flow.targetId, targetId: flow.sourceId })}
        >
          {t('flows.inspector.reverse')}
        </Button>
      </Typography.Paragraph>
      <Form.Item label={t('flows.inspector.objects')}>
        <Select
          mode="multiple"
          aria-label={t('flows.inspector.objects')}
          value={flow.objects}
          options={[
            ...dataObjectCatalogue.map((o) => ({ value: o.key, label: o.label[language] })),
            ...customObjects.map((o) => ({ value: o.id, label: o.name })),
          ]}
          onChange={(objects) => update({ objects })}
        />
      </Form.Item>
      <StandardsNote objects={flow.objects} />
      <Form.Item label={t('flows.inspector.direction')}>
        <Segmented<Flow['direction']>
          value={flow.direction}
          options={[
            { value: 'one-way', label: t('flows.inspector.oneWay') },
            { value: 'two-way', label: t('flows.inspector.twoWay') },
          ]}
          onChange={(direction) => update({ direction })}
        />
      </Form.Item>
      {flow.direction === 'two-way' && (
        <Form.Item
          label={t('flows.inspector.reason')}
          validateStatus={needsReason ? 'warning' : undefined}
          help={needsReason ? t('flows.inspector.reasonRequired') : undefined}
        >
          <Input.TextArea
            aria-label={t('flows.inspector.reason')}
            autoSize={{ minRows: 2, maxRows: 5 }}
            value={flow.reason}
            onChange={(e) => update({ reason: e.target.value }, 'reason')}
          />
        </Form.Item>
      )}
      <Form.Item label={t('flows.inspector.trigger')}>
        <Select
          value={flow.trigger}
          options={triggers.map((value) => ({
            value,
            label: t(`flows.inspector.triggers.${value}`),
          }))}
          onChange={(trigger) => update({ trigger })}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.frequency')}>
        <Input
          value={flow.frequency}
          onChange={(e) => update({ frequency: e.target.value }, 'frequency')}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.volume')}>
        <InputNumber
          min={0}
          style={{ width: '100%' }}
          value={flow.volumePerDay}
          onChange={(value) =>
            update({ volumePerDay: typeof value === 'number' ? value : null }, 'volume')
          }
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.latency')}>
        <Input
          value={flow.latency}
          onChange={(e) => update({ latency: e.target.value }, 'latency')}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.protocol')}>
        <Select
          value={flow.protocol}
          options={protocols.map((value) => ({
            value,
            label: value === 'tbd' ? t('rules.protocolTbd') : value.toUpperCase(),
          }))}
          onChange={(protocol) => update({ protocol })}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.owner')}>
        <Select
          allowClear
          value={flow.owner ?? undefined}
          options={departments.map((d) => ({ value: d, label: t(`department.${d}`) }))}
          onChange={(owner) => update({ owner: owner ?? null })}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.phase')}>
        <Select
          value={flow.phaseId ?? ''}
          options={[
            { value: '', label: t('flows.inspector.noPhase') },
            ...phases.map((p) => ({ value: p.id, label: p.name })),
          ]}
          onChange={(phaseId) => update({ phaseId: phaseId === '' ? null : phaseId })}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.core')}>
        <Switch checked={flow.isCore} onChange={(isCore) => update({ isCore })} />
      </Form.Item>
      <Button
        danger
        onClick={() => store.getState().removeDiagramElements({ flows: new Set([flow.id]) })}
      >
        {t('flows.inspector.delete')}
      </Button>
    </Form>
  );
}

/** What the chosen objects are in the standards: ISA-95 object, EPCIS event and CBV step. */
function StandardsNote({ objects }: { objects: readonly string[] }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const lines = objects.flatMap((key) => {
    const semantics = isCatalogueObject(key) ? objectSemantics[key] : undefined;
    if (!semantics || (!semantics.isa95 && !semantics.epcis)) return [];
    const epcis = semantics.epcis;
    const event = epcis
      ? `${epcis.eventType}${epcis.bizStep ? ` · bizStep ${epcis.bizStep}` : ''} · ${epcis.dispositions[0]}`
      : '';
    const label = dataObjectCatalogue.find((o) => o.key === key)?.label[language] ?? key;
    return [
      `${label}: ${[semantics.isa95 ? `ISA-95 ${semantics.isa95}` : '', event].filter(Boolean).join(' · ')}`,
    ];
  });
  if (lines.length === 0) return null;
  return (
    <Form.Item label={t('flows.inspector.epcis')}>
      {lines.map((line) => (
        <Typography.Text key={line} type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {line}
        </Typography.Text>
      ))}
    </Form.Item>
  );
}
