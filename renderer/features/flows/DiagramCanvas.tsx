import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type Connection,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, type DragEvent } from 'react';
import { laneOfKind, type SystemKind } from '../../../shared/flows/system-kinds.ts';
import { systemKindLabels } from '../../../shared/flows/system-kinds.ts';
import { newId } from '../../../shared/model/ids.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import {
  keepSelection,
  toEdges,
  toNodes,
  type DiagramNode,
  type FindingCounts,
  type FlowEdge as FlowEdgeType,
} from './diagram-view.ts';
import { FlowEdge } from './FlowEdge.tsx';
import { NoteNode } from './NoteNode.tsx';
import { SystemNode } from './SystemNode.tsx';

/** Node and edge renderers at module level, so React Flow never sees new types per render. */
const nodeTypes = { system: SystemNode, note: NoteNode };
const edgeTypes = { flow: FlowEdge };

export const PALETTE_MIME = 'application/x-traceready-system-kind';
export const GRID: [number, number] = [20, 20];

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

  const derivedNodes = useMemo(
    () => (diagram ? toNodes(diagram, language, findings) : []),
    [diagram, language, findings],
  );
  const derivedEdges = useMemo(
    () => (diagram ? toEdges(diagram, language, findings) : []),
    [diagram, language, findings],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<DiagramNode>(derivedNodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<FlowEdgeType>(derivedEdges);
  useEffect(
    () => setNodes((previous) => keepSelection(derivedNodes, previous)),
    [derivedNodes, setNodes],
  );
  useEffect(
    () => setEdges((previous) => keepSelection(derivedEdges, previous)),
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
        position: snapped,
      });
    },
    [store, screenToFlowPosition, language],
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
    <ReactFlow<DiagramNode, FlowEdgeType>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      onNodeDragStop={(_event, _node, dragged) =>
        store.getState().moveDiagramElements(new Map(dragged.map((n) => [n.id, n.position])))
      }
      onDelete={({ nodes: gone, edges: goneEdges }) =>
        store.getState().removeDiagramElements({
          systems: new Set(gone.filter((n) => n.type === 'system').map((n) => n.id)),
          notes: new Set(gone.filter((n) => n.type === 'note').map((n) => n.id)),
          flows: new Set(goneEdges.map((e) => e.id)),
        })
      }
      onSelectionChange={onSelection}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
      snapToGrid
      snapGrid={GRID}
      deleteKeyCode={['Delete', 'Backspace']}
      multiSelectionKeyCode="Shift"
      colorMode={isDark ? 'dark' : 'light'}
      fitView
      minZoom={0.05}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={GRID[0]} />
      <MiniMap pannable zoomable />
      <Controls />
    </ReactFlow>
  );
}
