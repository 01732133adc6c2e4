import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type OnSelectionChangeParams,
  type ProOptions,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { laneBands } from '../../../shared/diagram/diagram-geometry.ts';
import { SYSTEM_NODE_SIZE } from '../../../shared/diagram/dimensions.ts';
import { enclose } from '../../../shared/diagram/geometry-types.ts';
import { darkPalette, lightPalette } from '../../../shared/diagram/palette.ts';
import { departments } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';
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
import { LevelOfDetail, LOD_CSS } from './LevelOfDetail.tsx';
import { NoteNode } from './NoteNode.tsx';
import { RoutedFlowEdge } from './RoutedFlowEdge.tsx';
import { SystemNode } from './SystemNode.tsx';
import { FIT_VIEW, GRID } from './diagram-constants.ts';
import { useDiagramEditing } from './useDiagramEditing.ts';
import { useDiagramGeometry } from './useDiagramGeometry.ts';

/** Node and edge renderers at module level, so React Flow never sees new types per render. */
const nodeTypes = { system: SystemNode, note: NoteNode };
const edgeTypes = { flow: FlowEdge, routed: RoutedFlowEdge };

// React Flow copies each changed prop into its store, and each copy runs every node's and
// edge's selectors: props made anew on every render would cost that on every drag frame.
const DELETE_KEYS = ['Delete', 'Backspace'];
const PRO_OPTIONS: ProOptions = { hideAttribution: true };
const NO_FLOWS: ReadonlySet<string> = new Set();

function allowPaletteDrop(event: DragEvent) {
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

export type DiagramSelection = { systems: string[]; flows: string[]; notes: string[] };

type Props = {
  findings: FindingCounts;
  onSelectionChange: (selection: DiagramSelection) => void;
  /** React Flow is ready: the page fits the diagram (lanes included) into the canvas. */
  onInit?: () => void;
};

/**
 * The canvas. Positions live in React Flow's local state while a drag is under way and reach
 * the document once, when it ends: one drag, one undo step, no store update per pixel. Up to
 * {@link ROUTED_DIAGRAM_LIMIT} systems edges follow the laid-out geometry (ELK routes, bundles,
 * placed labels); larger diagrams draw the light level of detail.
 */
export function DiagramCanvas({ findings, onSelectionChange, onInit }: Props) {
  const diagram = useAppStore((s) => s.doc?.flows);
  const language = useAppStore((s) => s.language);
  const isDark = useAppStore((s) => s.isDark);
  const palette = isDark ? darkPalette : lightPalette;
  const { setEdges: selectEdges, setNodes: selectNodes } = useReactFlow();
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

  const { onConnect, onDrop, onNodeDragStop, onDelete } = useDiagramEditing(lanesRef, language);

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
              fitView={onInit === undefined}
              fitViewOptions={FIT_VIEW}
              minZoom={0.05}
              proOptions={PRO_OPTIONS}
              onInit={onInit}
            >
              <Background gap={GRID[0]} />
              <LaneLayer lanes={lanes} />
              <LevelOfDetail canvas={canvas} />
              {!isRouted && <MiniMap pannable zoomable position="top-right" />}
              <Controls position="bottom-right" showFitView={false} />
            </ReactFlow>
          </SelectFlowContext.Provider>
        </SelectedFlowsContext.Provider>
      </EdgeLabelLayer.Provider>
    </DiagramPaletteContext.Provider>
  );
}
