import { useReactFlow, type Connection, type OnDelete, type OnNodeDrag } from '@xyflow/react';
import { useCallback, type DragEvent, type RefObject } from 'react';
import { laneAt } from '../../../shared/diagram/diagram-geometry.ts';
import { SYSTEM_NODE_SIZE } from '../../../shared/diagram/dimensions.ts';
import type { Lane, LaneBand } from '../../../shared/diagram/geometry-types.ts';
import {
  laneOfKind,
  systemKindLabels,
  type SystemKind,
} from '../../../shared/flows/system-kinds.ts';
import { newId } from '../../../shared/model/ids.ts';
import type { Language } from '../../../shared/model/schema.ts';
import { useAppStoreApi } from '../../app/store-context.ts';
import { GRID, PALETTE_MIME } from './diagram-constants.ts';
import type { DiagramEdge, DiagramNode } from './diagram-view.ts';

/**
 * The canvas's edits, each one store action (one undo step): connect two systems, drop a kind
 * from the palette (into the lane under it), end a drag (moving systems into the lanes they were
 * dropped in), delete.
 */
export function useDiagramEditing(lanesRef: RefObject<readonly LaneBand[]>, language: Language) {
  const store = useAppStoreApi();
  const { screenToFlowPosition } = useReactFlow();
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
    [store, screenToFlowPosition, language, lanesRef],
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
    [store, lanesRef],
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

  return { onConnect, onDrop, onNodeDragStop, onDelete };
}
