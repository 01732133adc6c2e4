import { Button, Empty, Form, Input, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { systemKindLabels } from '../../../shared/flows/system-kinds.ts';
import { departments, systemKinds, type TraceSystem } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import type { DiagramSelection } from './DiagramCanvas.tsx';
import { FlowInspector } from './FlowInspector.tsx';
import { OutOfScopeFields } from './OutOfScopeFields.tsx';

/** Edits the one selected element: a system, a flow or a note. */
export function Inspector({ selection }: { selection: DiagramSelection }) {
  const { t } = useTranslation();
  const diagram = useAppStore((s) => s.doc?.flows);
  const count = selection.systems.length + selection.flows.length + selection.notes.length;
  const system =
    count === 1 ? diagram?.systems.find((s) => s.id === selection.systems[0]) : undefined;
  const flow = count === 1 ? diagram?.flows.find((f) => f.id === selection.flows[0]) : undefined;
  const note = count === 1 ? diagram?.notes.find((n) => n.id === selection.notes[0]) : undefined;

  return (
    <div data-testid="inspector">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {system
          ? t('flows.inspector.system')
          : flow
            ? t('flows.inspector.flow')
            : note
              ? t('flows.inspector.note')
              : t('flows.inspector.title')}
      </Typography.Title>
      {system ? (
        <SystemInspector key={system.id} system={system} />
      ) : flow ? (
        <FlowInspector key={flow.id} flow={flow} />
      ) : note ? (
        <NoteInspector key={note.id} id={note.id} text={note.text} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('flows.inspector.nothing')} />
      )}
    </div>
  );
}

function SystemInspector({ system }: { system: TraceSystem }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const update = (patch: Partial<Omit<TraceSystem, 'id'>>, typed?: string) =>
    store
      .getState()
      .updateSystem(system.id, patch, typed ? { key: `system.${system.id}.${typed}` } : undefined);
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('flows.inspector.name')}>
        <Input
          aria-label={t('flows.inspector.name')}
          value={system.name}
          onChange={(e) => update({ name: e.target.value }, 'name')}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.kind')}>
        <Select
          value={system.kind}
          options={systemKinds.map((kind) => ({
            value: kind,
            label: systemKindLabels[kind][language],
          }))}
          onChange={(kind) => update({ kind })}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.product')}>
        <Input
          value={system.product}
          onChange={(e) => update({ product: e.target.value }, 'product')}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.owner')}>
        <Select
          allowClear
          value={system.owner ?? undefined}
          options={departments.map((d) => ({ value: d, label: t(`department.${d}`) }))}
          onChange={(owner) => update({ owner: owner ?? null })}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.location')}>
        <Input
          value={system.location}
          onChange={(e) => update({ location: e.target.value }, 'location')}
        />
      </Form.Item>
      <Form.Item label={t('flows.inspector.laneLabel')}>
        <Segmented<TraceSystem['lane']>
          value={system.lane}
          options={(['upstream', 'internal', 'downstream'] as const).map((lane) => ({
            value: lane,
            label: t(`flows.lane.${lane}`),
          }))}
          onChange={(lane) => update({ lane })}
        />
      </Form.Item>
      <OutOfScopeFields system={system} />
      <Button
        danger
        onClick={() => store.getState().removeDiagramElements({ systems: new Set([system.id]) })}
      >
        {t('flows.inspector.delete')}
      </Button>
    </Form>
  );
}

function NoteInspector({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('flows.inspector.text')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          value={text}
          onChange={(e) =>
            store.getState().updateNote(id, { text: e.target.value }, { key: `note.${id}` })
          }
        />
      </Form.Item>
      <Button
        danger
        onClick={() => store.getState().removeDiagramElements({ notes: new Set([id]) })}
      >
        {t('flows.inspector.delete')}
      </Button>
    </Form>
  );
}
