import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  useReactFlow,
  useStore,
  type Connection,
  type OnDelete,
  type OnNodeDrag,
  type OnSelectionChangeParams,
  type ProOptions,
  type ReactFlowState,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { laneAt, laneBands } from '../../../shared/diagram/diagram-geometry.ts';
import { SYSTEM_NODE_SIZE } from '../../../shared/diagram/dimensions.ts';
import { enclose, type Lane } from '../../../shared/diagram/geometry-types.ts';
import { darkPalette, lightPalette } from '../../../shared/diagram/palette.ts';
import {
  laneOfKind,
  systemKindLabels,
  type SystemKind,
} from '../../../shared/flows/system-kinds.ts';
import { newId } from '../../../shared/model/ids.ts';
import { departments } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { ArrowMarkers } from './ArrowMarkers.tsx';
import {
  DiagramPaletteContext,
  EdgeLabelLayer,
  SelectedFlowsContext,
  SelectFlowContext,
} from './diagram-context.ts';
import {
  reconcileEdges,
  reconcileNodes,
  toEdges,
  toNodes,
  toRoutedEdges,
  type DiagramEdge,
  type DiagramNode,
  type FindingCounts,
  type NodeWords,
} from './diagram-view.ts';
import { FlowEdge } from './FlowEdge.tsx';
import { LaneLayer } from './LaneLayer.tsx';
import { NoteNode } from './NoteNode.tsx';
import { RoutedFlowEdge } from './RoutedFlowEdge.tsx';
import { SystemNode } from './SystemNode.tsx';
import { useDiagramGeometry } from './useDiagramGeometry.ts';

/** Node and edge renderers at module level, so React Flow never sees new types per render. */
const nodeTypes = { system: SystemNode, note: NoteNode };
const edgeTypes = { flow: FlowEdge, routed: RoutedFlowEdge };

export const PALETTE_MIME = 'application/x-traceready-system-kind';
export const GRID: [number, number] = [20, 20];
/** Never zoom in past 100 % to fit: a near-empty diagram would fill the screen with one box. */
export const FIT_VIEW = { maxZoom: 1, padding: 0.04 };
/** Below this zoom, edge labels give way to their object count (level of detail, CSS only). */
const LABEL_MIN_ZOOM = 0.45;
// React Flow copies each changed prop into its store, and each copy runs every node's and
// edge's selectors: props made anew on every render would cost that on every drag frame.
const DELETE_KEYS = ['Delete', 'Backspace'];
const PRO_OPTIONS: ProOptions = { hideAttribution: true };
const NO_FLOWS: ReadonlySet<string> = new Set();
const selectIsFar = (s: ReactFlowState) => s.transform[2] < LABEL_MIN_ZOOM;

/** Level-of-detail rules: far out, chips give way to counts. */
const LOD_CSS = `
.diagram-canvas .diagram-count { display: none; }
.diagram-canvas[data-lod='far'] .diagram-count { display: block; }
.diagram-canvas[data-lod='far'] .diagram-chips,
.diagram-canvas[data-lod='far'] .diagram-chip { display: none; }
`;

function allowPaletteDrop(event: DragEvent) {
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

/** Marks the canvas near or far (one subscriber, no edge re-renders when zooming). */
function LevelOfDetail({ canvas }: { canvas: HTMLDivElement | null }) {
  const isFar = useStore(selectIsFar);
  useEffect(() => canvas?.setAttribute('data-lod', isFar ? 'far' : 'near'), [canvas, isFar]);
  return null;
}

export type DiagramSelection = { systems: string[]; flows: string[]; notes: string[] };

type Props = { findings: FindingCounts; onSelectionChange: (selection: DiagramSelection) => void };

/**
 * The canvas. Positions live in React Flow's local state while a drag is under way and reach
 * the document once, when it ends: one drag, one undo step, no store update per pixel. Up to
 * {@link ROUTED_DIAGRAM_LIMIT} systems edges follow the laid-out geometry (ELK routes, bundles,
 * placed labels); larger diagrams draw the light level of detail.
 */
export function DiagramCanvas({ findings, onSelectionChange }: Props) {
  const store = useAppStoreApi();
  const diagram = useAppStore((s) => s.doc?.flows);
  const language = useAppStore((s) => s.language);
  const isDark = useAppStore((s) => s.isDark);
  const palette = isDark ? darkPalette : lightPalette;
  const { screenToFlowPosition, setEdges: selectEdges, setNodes: selectNodes } = useReactFlow();
  const [canvas, setCanvas] = useState<HTMLDivElement | null>(null);
  const [selectedFlows, setSelectedFlows] = useState<ReadonlySet<string>>(NO_FLOWS);
  const labelLayer = canvas?.querySelector('.react-flow__edgelabel-renderer') ?? null;

  const { t } = useTranslation();
  const words = useMemo<NodeWords>(
    () => ({
      lane: {
        upstream: t('flows.lane.upstream'),
        internal: t('flows.lane.internal'),
        downstream: t('flows.lane.downstream'),
      },
      department: Object.fromEntries(
        departments.map((d) => [d, t(`department.${d}`)]),
      ) as NodeWords['department'],
    }),
    [t],
  );
  const geometry = useDiagramGeometry(diagram, language);
  const isRouted = diagram !== undefined && geometry !== null;
  const lanes = useMemo(() => {
    if (geometry) return geometry.lanes;
    if (!diagram) return [];
    const boxes = diagram.systems.map((s) => ({
      ...s.position,
      ...SYSTEM_NODE_SIZE,
      id: s.id,
      lane: s.lane,
    }));
    return laneBands(boxes, enclose(boxes));
  }, [geometry, diagram]);
  const lanesRef = useRef(lanes);
  useEffect(() => {
    lanesRef.current = lanes;
  }, [lanes]);

  const derivedNodes = useMemo(
    () => (diagram ? toNodes(diagram, language, findings, words) : []),
    [diagram, language, findings, words],
  );
  const derivedEdges = useMemo<DiagramEdge[]>(
    () =>
      !diagram
        ? []
        : isRouted
          ? toRoutedEdges(diagram, geometry, language, findings)
          : toEdges(diagram, language, findings),
    [diagram, geometry, isRouted, language, findings],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<DiagramNode>(derivedNodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<DiagramEdge>(derivedEdges);
  useEffect(
    () => setNodes((current) => reconcileNodes(derivedNodes, current)),
    [derivedNodes, setNodes],
  );
  useEffect(
    () => setEdges((current) => reconcileEdges(derivedEdges, current)),
    [derivedEdges, setEdges],
  );

  const selectFlow = useCallback(
    (flowId: string) => {
      selectNodes((all) => all.map((n) => (n.selected ? { ...n, selected: false } : n)));
      selectEdges((all) => all.map((e) => ({ ...e, selected: e.id === flowId })));
    },
    [selectEdges, selectNodes],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      store.getState().addFlow({
        id: newId(),
        sourceId: connection.source,
        targetId: connection.target,
        direction: 'one-way',
        objects: [],
        reason: '',
        trigger: 'event',
        frequency: '',
        volumePerDay: null,
        latency: '',
        protocol: 'rest',
        owner: null,
        phaseId: null,
        isCore: false,
      });
    },
    [store],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const kind = event.dataTransfer.getData(PALETTE_MIME) as SystemKind;
      if (!kind || !(kind in systemKindLabels)) return;
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const snapped = {
        x: Math.round(position.x / GRID[0]) * GRID[0],
        y: Math.round(position.y / GRID[1]) * GRID[1],
      };
      store.getState().addSystem({
        id: newId(),
        kind,
        name: systemKindLabels[kind][store.getState().doc?.meta.language ?? language],
        product: '',
        owner: null,
        location: '',
        // Dropped into a lane band: that lane; elsewhere the kind's usual lane.
        lane: laneAt(lanesRef.current, position) ?? laneOfKind(kind),
        isOutOfScope: false,
        outOfScopeReason: '',
        position: snapped,
      });
    },
    [store, screenToFlowPosition, language],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<DiagramNode>>(
    (_event, _node, dragged) => {
      const relaned = new Map<string, Lane>();
      for (const node of dragged) {
        if (node.type !== 'system') continue;
        const centre = {
          x: node.position.x + SYSTEM_NODE_SIZE.width / 2,
          y: node.position.y + SYSTEM_NODE_SIZE.height / 2,
        };
        const lane = laneAt(lanesRef.current, centre);
        if (lane && lane !== node.data.system.lane) relaned.set(node.id, lane);
      }
      store
        .getState()
        .moveDiagramElements(new Map(dragged.map((n) => [n.id, n.position])), relaned);
    },
    [store],
  );

  const onDelete = useCallback<OnDelete<DiagramNode, DiagramEdge>>(
    ({ nodes: gone, edges: goneEdges }) =>
      store.getState().removeDiagramElements({
        systems: new Set(gone.filter((n) => n.type === 'system').map((n) => n.id)),
        notes: new Set(gone.filter((n) => n.type === 'note').map((n) => n.id)),
        flows: new Set(goneEdges.map((e) => e.id)),
      }),
    [store],
  );

  const onSelection = useCallback(
    ({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) => {
      const flows = selectedEdges.map((e) => e.id);
      setSelectedFlows(flows.length === 0 ? NO_FLOWS : new Set(flows));
      onSelectionChange({
        systems: selectedNodes.filter((n) => n.type === 'system').map((n) => n.id),
        notes: selectedNodes.filter((n) => n.type === 'note').map((n) => n.id),
        flows,
      });
    },
    [onSelectionChange],
  );

  return (
    <DiagramPaletteContext.Provider value={palette}>
      <EdgeLabelLayer.Provider value={labelLayer}>
        <SelectedFlowsContext.Provider value={selectedFlows}>
          <SelectFlowContext.Provider value={selectFlow}>
            <style>{LOD_CSS}</style>
            <ArrowMarkers />
            <ReactFlow<DiagramNode, DiagramEdge>
              ref={setCanvas}
              className="diagram-canvas"
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onNodeDragStop={onNodeDragStop}
              onDelete={onDelete}
              onSelectionChange={onSelection}
              onDragOver={allowPaletteDrop}
              onDrop={onDrop}
              snapToGrid
              snapGrid={GRID}
              deleteKeyCode={DELETE_KEYS}
              multiSelectionKeyCode="Shift"
              colorMode={isDark ? 'dark' : 'light'}
              fitView
              fitViewOptions={FIT_VIEW}
              minZoom={0.05}
              proOptions={PRO_OPTIONS}
            >
              <Background gap={GRID[0]} />
              <LaneLayer lanes={lanes} />
              <LevelOfDetail canvas={canvas} />
              {!isRouted && <MiniMap pannable zoomable />}
              <Controls fitViewOptions={FIT_VIEW} />
            </ReactFlow>
          </SelectFlowContext.Provider>
        </SelectedFlowsContext.Provider>
      </EdgeLabelLayer.Provider>
    </DiagramPaletteContext.Provider>
  );
}
