import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type Connection,
  type OnDelete,
  type OnNodeDrag,
  type OnSelectionChangeParams,
  type ProOptions,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { laneOfKind, type SystemKind } from '../../../shared/flows/system-kinds.ts';
import { systemKindLabels } from '../../../shared/flows/system-kinds.ts';
import { newId } from '../../../shared/model/ids.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import {
  reconcileEdges,
  reconcileNodes,
  toEdges,
  toNodes,
  type DiagramNode,
  type FindingCounts,
  type NodeWords,
  type FlowEdge as FlowEdgeType,
} from './diagram-view.ts';
import { ArrowMarkers, EdgeLabelLayer, FlowEdge } from './FlowEdge.tsx';
import { useTranslation } from 'react-i18next';
import { departments } from '../../../shared/model/schema.ts';
import { NoteNode } from './NoteNode.tsx';
import { SystemNode } from './SystemNode.tsx';

/** Node and edge renderers at module level, so React Flow never sees new types per render. */
const nodeTypes = { system: SystemNode, note: NoteNode };
const edgeTypes = { flow: FlowEdge };

export const PALETTE_MIME = 'application/x-traceready-system-kind';
export const GRID: [number, number] = [20, 20];
/** Never zoom in past 100 % to fit: a near-empty diagram would fill the screen with one box. */
const FIT_VIEW = { maxZoom: 1, padding: 0.15 };
// React Flow copies each changed prop into its store, and each copy runs every node's and
// edge's selectors: props made anew on every render would cost that on every drag frame.
const DELETE_KEYS = ['Delete', 'Backspace'];
const PRO_OPTIONS: ProOptions = { hideAttribution: true };

function allowPaletteDrop(event: DragEvent) {
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

export type DiagramSelection = { systems: string[]; flows: string[]; notes: string[] };

type Props = { findings: FindingCounts; onSelectionChange: (selection: DiagramSelection) => void };

/**
 * The canvas. Positions live in React Flow's local state while a drag is under way and reach
 * the document once, when it ends: one drag, one undo step, no store update per pixel.
 */
export function DiagramCanvas({ findings, onSelectionChange }: Props) {
  const store = useAppStoreApi();
  const diagram = useAppStore((s) => s.doc?.flows);
  const language = useAppStore((s) => s.language);
  const isDark = useAppStore((s) => s.isDark);
  const { screenToFlowPosition } = useReactFlow();
  const [labelLayer, setLabelLayer] = useState<Element | null>(null);
  const findLabelLayer = useCallback(
    (canvas: HTMLDivElement | null) =>
      setLabelLayer(canvas?.querySelector('.react-flow__edgelabel-renderer') ?? null),
    [],
  );

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
  const derivedNodes = useMemo(
    () => (diagram ? toNodes(diagram, language, findings, words) : []),
    [diagram, language, findings, words],
  );
  const derivedEdges = useMemo(
    () => (diagram ? toEdges(diagram, language, findings) : []),
    [diagram, language, findings],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<DiagramNode>(derivedNodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<FlowEdgeType>(derivedEdges);
  useEffect(
    () => setNodes((current) => reconcileNodes(derivedNodes, current)),
    [derivedNodes, setNodes],
  );
  useEffect(
    () => setEdges((current) => reconcileEdges(derivedEdges, current)),
    [derivedEdges, setEdges],
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
        lane: laneOfKind(kind),
        isOutOfScope: false,
        outOfScopeReason: '',
        position: snapped,
      });
    },
    [store, screenToFlowPosition, language],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<DiagramNode>>(
    (_event, _node, dragged) =>
      store.getState().moveDiagramElements(new Map(dragged.map((n) => [n.id, n.position]))),
    [store],
  );

  const onDelete = useCallback<OnDelete<DiagramNode, FlowEdgeType>>(
    ({ nodes: gone, edges: goneEdges }) =>
      store.getState().removeDiagramElements({
        systems: new Set(gone.filter((n) => n.type === 'system').map((n) => n.id)),
        notes: new Set(gone.filter((n) => n.type === 'note').map((n) => n.id)),
        flows: new Set(goneEdges.map((e) => e.id)),
      }),
    [store],
  );

  const onSelection = useCallback(
    ({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) =>
      onSelectionChange({
        systems: selectedNodes.filter((n) => n.type === 'system').map((n) => n.id),
        notes: selectedNodes.filter((n) => n.type === 'note').map((n) => n.id),
        flows: selectedEdges.map((e) => e.id),
      }),
    [onSelectionChange],
  );

  return (
    <EdgeLabelLayer value={labelLayer}>
      <ArrowMarkers />
      <ReactFlow<DiagramNode, FlowEdgeType>
        ref={findLabelLayer}
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
        <MiniMap pannable zoomable />
        <Controls />
      </ReactFlow>
    </EdgeLabelLayer>
  );
}
