import {
  ApartmentOutlined,
  BranchesOutlined,
  DownloadOutlined,
  ExpandOutlined,
  FileAddOutlined,
  ImportOutlined,
} from '@ant-design/icons';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { App, Button, Card, Dropdown, Empty, Flex, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { specFormats } from '../../../shared/flows/render-spec.ts';
import { loadTopology, topologies } from '../../../shared/flows/topologies.ts';
import type { FlowFinding } from '../../../shared/flows/validate.ts';
import { newId } from '../../../shared/model/ids.ts';
import { selectFlowFindings } from '../../store/selectors.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { DiagramCanvas, type DiagramSelection } from './DiagramCanvas.tsx';
import type { FindingCounts } from './diagram-view.ts';
import { Inspector } from './Inspector.tsx';
import { Palette } from './Palette.tsx';
import { useDiagramClipboard } from './useDiagramClipboard.ts';
import { useDiagramExport } from './useDiagramExport.ts';
import { ValidationPanel } from './ValidationPanel.tsx';

const NO_SELECTION: DiagramSelection = { systems: [], flows: [], notes: [] };

/** The data-flow diagram: palette, canvas, inspector. */
export function FlowsPage() {
  return (
    <ReactFlowProvider>
      <FlowsWorkspace />
    </ReactFlowProvider>
  );
}

function FlowsWorkspace() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { fitView, setNodes, setEdges } = useReactFlow();
  const allFindings = useAppStore(selectFlowFindings);
  const { exportSpec, exportImage, importModel } = useDiagramExport();
  const systemCount = useAppStore((s) => s.doc?.flows.systems.length ?? 0);
  const language = useAppStore((s) => s.language);
  const { modal } = App.useApp();
  const [selection, setSelection] = useState<DiagramSelection>(NO_SELECTION);
  const findings = useMemo<FindingCounts>(() => {
    const counts = new Map<string, number>();
    // Notes (e.g. a partner out of scope by decision) are no problem to count on the canvas.
    for (const f of allFindings)
      if (f.target.id && f.severity !== 'info')
        counts.set(f.target.id, (counts.get(f.target.id) ?? 0) + 1);
    return counts;
  }, [allFindings]);

  const showFinding = (finding: FlowFinding) => {
    const id = finding.target.id;
    if (!id) return;
    setNodes((nodes) => nodes.map((n) => ({ ...n, selected: n.id === id })));
    setEdges((edges) => edges.map((e) => ({ ...e, selected: e.id === id })));
    if (finding.target.kind === 'system')
      void fitView({ nodes: [{ id }], maxZoom: 1.2, duration: 300 });
  };

  const selectSystems = useCallback(
    (ids: string[]) => {
      const chosen = new Set(ids);
      // Runs after the store's update reaches React Flow's nodes.
      requestAnimationFrame(() =>
        setNodes((nodes) => nodes.map((n) => ({ ...n, selected: chosen.has(n.id) }))),
      );
    },
    [setNodes],
  );
  useDiagramClipboard(store, selection, selectSystems);

  const startFromTopology = (id: string) => {
    const topology = topologies.find((tp) => tp.id === id);
    const doc = store.getState().doc;
    if (!topology || !doc) return;
    const apply = () => {
      const phaseIds = new Set(doc.rollout.phases.map((p) => p.id));
      store.getState().replaceDiagram(loadTopology(topology, doc.meta.language, phaseIds));
      requestAnimationFrame(() => void fitView());
    };
    if (doc.flows.systems.length === 0) return apply();
    modal.confirm({
      title: t('flows.topologyReplaceTitle'),
      content: t('flows.topologyReplaceBody'),
      okText: t('flows.topologyReplace'),
      cancelText: t('action.cancel'),
      onOk: apply,
    });
  };

  const addNote = () =>
    store
      .getState()
      .addNote({ id: newId(), text: t('flows.newNote'), position: { x: 40, y: -120 } });

  return (
    <Flex gap={16} style={{ height: 'calc(100vh - 112px)' }}>
      <Card size="small" style={{ width: 200, overflowY: 'auto', flexShrink: 0 }}>
        <Palette />
      </Card>
      <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
        <Space wrap>
          <Button
            icon={<ApartmentOutlined />}
            onClick={() =>
              void store
                .getState()
                .autoLayout()
                .then(() => fitView())
            }
          >
            {t('flows.autoLayout')}
          </Button>
          <Button icon={<ExpandOutlined />} onClick={() => void fitView()}>
            {t('flows.fitView')}
          </Button>
          <Button icon={<FileAddOutlined />} onClick={addNote}>
            {t('flows.addNote')}
          </Button>
          <Dropdown
            menu={{
              items: [
                ...specFormats.map((format) => ({
                  key: format,
                  label: t(`flows.exports.${format}`),
                })),
                { type: 'divider' as const },
                { key: 'png', label: t('flows.exports.png') },
                { key: 'svg', label: t('flows.exports.svg') },
              ],
              onClick: ({ key }) =>
                void (key === 'png' || key === 'svg'
                  ? exportImage(key)
                  : exportSpec(key as (typeof specFormats)[number])),
            }}
          >
            <Button icon={<DownloadOutlined />} data-testid="diagram-export">
              {t('flows.export')}
            </Button>
          </Dropdown>
          <Dropdown
            menu={{
              items: topologies.map((topology) => ({
                key: topology.id,
                label: topology.name[language],
                title: topology.description[language],
              })),
              onClick: ({ key }) => startFromTopology(key),
            }}
          >
            <Button icon={<BranchesOutlined />} data-testid="diagram-topology">
              {t('flows.topology')}
            </Button>
          </Dropdown>
          <Button icon={<ImportOutlined />} onClick={() => void importModel()}>
            {t('flows.import')}
          </Button>
        </Space>
        <Card
          size="small"
          style={{ flex: 1, minHeight: 0 }}
          styles={{ body: { height: '100%', padding: 0 } }}
        >
          {systemCount === 0 && (
            <Empty
              style={{
                position: 'absolute',
                top: '30%',
                left: 0,
                right: 0,
                zIndex: 5,
                pointerEvents: 'none',
              }}
              description={
                <>
                  <Typography.Text strong>{t('flows.emptyTitle')}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{t('flows.emptyHint')}</Typography.Text>
                </>
              }
            />
          )}
          <DiagramCanvas findings={findings} onSelectionChange={setSelection} />
        </Card>
      </Flex>
      <Flex vertical gap={8} style={{ width: 340, flexShrink: 0, minHeight: 0 }}>
        <Card size="small" style={{ flex: 3, overflowY: 'auto', minHeight: 0 }}>
          <Inspector selection={selection} />
        </Card>
        <Card size="small" style={{ flex: 2, overflowY: 'auto', minHeight: 0 }}>
          <ValidationPanel onShow={showFinding} />
        </Card>
      </Flex>
    </Flex>
  );
}
