import { getViewportForBounds, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { App, Card, Empty, Flex, Typography, theme } from 'antd';
import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramBounds } from '../../../shared/diagram/diagram-geometry.ts';
import { loadTopology, topologies } from '../../../shared/flows/topologies.ts';
import type { FlowFinding } from '../../../shared/flows/validate.ts';
import { newId } from '../../../shared/model/ids.ts';
import { selectFlowFindings } from '../../store/selectors.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { DiagramCanvas, type DiagramSelection } from './DiagramCanvas.tsx';
import { FIT_VIEW } from './diagram-constants.ts';
import { useDiagramPanels } from './diagram-panels.ts';
import type { FindingCounts } from './diagram-view.ts';
import { DiagramToolbar } from './DiagramToolbar.tsx';
import { Inspector } from './Inspector.tsx';
import { Palette } from './Palette.tsx';
import { useDiagramClipboard } from './useDiagramClipboard.ts';
import { useDiagramExport } from './useDiagramExport.ts';
import { ValidationPanel } from './ValidationPanel.tsx';

const NO_SELECTION: DiagramSelection = { systems: [], flows: [], notes: [] };
const PALETTE_WIDTH = 184;
const SIDE_WIDTH = 320;

/** The data-flow diagram: palette, canvas, inspector and checks as side panels. */
export function FlowsPage() {
  return (
    <ReactFlowProvider>
      <FlowsWorkspace />
    </ReactFlowProvider>
  );
}

function FlowsWorkspace() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const store = useAppStoreApi();
  const { fitView, setViewport, setNodes, setEdges } = useReactFlow();
  const allFindings = useAppStore(selectFlowFindings);
  const { exportSpec, exportImage, importModel } = useDiagramExport();
  const systemCount = useAppStore((s) => s.doc?.flows.systems.length ?? 0);
  const { modal } = App.useApp();
  const [selection, setSelection] = useState<DiagramSelection>(NO_SELECTION);
  const [panels, setPanels] = useDiagramPanels();
  const [isFocused, setFocused] = useState(false);
  const findings = useMemo<FindingCounts>(() => {
    const counts = new Map<string, number>();
    for (const f of allFindings)
      if (f.target.id) counts.set(f.target.id, (counts.get(f.target.id) ?? 0) + 1);
    return counts;
  }, [allFindings]);
  const hasSelection =
    selection.systems.length + selection.flows.length + selection.notes.length > 0;
  const isInspectorShown = panels.isInspectorPinned || hasSelection;
  // Frames the lanes as well as the systems (React Flow's fitView knows only the nodes).
  const fit = useCallback(() => {
    const diagram = store.getState().doc?.flows;
    const room = document.querySelector('.diagram-canvas')?.getBoundingClientRect();
    if (!diagram || diagram.systems.length === 0 || !room) return void fitView(FIT_VIEW);
    const { maxZoom, padding } = FIT_VIEW;
    const bounds = diagramBounds(diagram);
    void setViewport(getViewportForBounds(bounds, room.width, room.height, 0.05, maxZoom, padding));
  }, [fitView, setViewport, store]);

  useEffect(() => {
    if (!isFocused) return;
    const leave = (event: KeyboardEvent) => event.key === 'Escape' && setFocused(false);
    window.addEventListener('keydown', leave);
    return () => window.removeEventListener('keydown', leave);
  }, [isFocused]);
  // The canvas changed size: fit the diagram into its new room.
  useEffect(() => {
    const frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [isFocused, panels.isPaletteOpen, fit]);

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
      requestAnimationFrame(fit);
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

  const frame: CSSProperties = isFocused
    ? { position: 'fixed', inset: 0, zIndex: 1000, padding: 8, background: token.colorBgLayout }
    : { height: 'calc(100vh - 112px)' };
  return (
    <Flex vertical gap={8} style={frame} data-testid="diagram-page">
      <DiagramToolbar
        panels={panels}
        setPanels={setPanels}
        isFocused={isFocused}
        setFocused={setFocused}
        findingCount={allFindings.length}
        onAutoLayout={() =>
          void store
            .getState()
            .autoLayout()
            .then(() => requestAnimationFrame(fit))
        }
        onFitView={fit}
        onAddNote={addNote}
        onExportSpec={(format) => void exportSpec(format)}
        onExportImage={(image) => void exportImage(image)}
        onTopology={startFromTopology}
        onImport={() => void importModel()}
      />
      <Flex gap={8} style={{ flex: 1, minHeight: 0 }}>
        {panels.isPaletteOpen && (
          <Card
            size="small"
            style={{ width: PALETTE_WIDTH, overflowY: 'auto', flexShrink: 0 }}
            data-testid="diagram-palette"
          >
            <Palette />
          </Card>
        )}
        <Card
          size="small"
          data-testid="diagram-canvas"
          style={{ flex: 1, minHeight: 0, minWidth: 0 }}
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
          <DiagramCanvas findings={findings} onSelectionChange={setSelection} onInit={fit} />
        </Card>
        {(isInspectorShown || panels.isValidationOpen) && (
          <Flex vertical gap={8} style={{ width: SIDE_WIDTH, flexShrink: 0, minHeight: 0 }}>
            {isInspectorShown && (
              <Card size="small" style={{ flex: 3, overflowY: 'auto', minHeight: 0 }}>
                <Inspector selection={selection} />
              </Card>
            )}
            {panels.isValidationOpen && (
              <Card size="small" style={{ flex: 2, overflowY: 'auto', minHeight: 0 }}>
                <ValidationPanel onShow={showFinding} />
              </Card>
            )}
          </Flex>
        )}
      </Flex>
    </Flex>
  );
}
