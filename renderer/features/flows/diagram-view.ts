import type { Edge, Node } from '@xyflow/react';
import { dataObjectCatalogue } from '../../../shared/flows/data-objects.ts';
import { systemKindLabels } from '../../../shared/flows/system-kinds.ts';
import type { Flow, Language, ProjectDocument, TraceSystem } from '../../../shared/model/schema.ts';

export type SystemNodeData = { system: TraceSystem; kindLabel: string; findingCount: number };
export type NoteNodeData = { text: string };
export type FlowEdgeData = { flow: Flow; label: string; findingCount: number };

export type SystemNode = Node<SystemNodeData, 'system'>;
export type NoteNode = Node<NoteNodeData, 'note'>;
export type DiagramNode = SystemNode | NoteNode;
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

/** Findings per element id, from the validation panel; empty until validation runs. */
export type FindingCounts = ReadonlyMap<string, number>;

/** The diagram's systems and notes as React Flow nodes (positions from the document). */
export function toNodes(
  diagram: ProjectDocument['flows'],
  language: Language,
  findings: FindingCounts,
): DiagramNode[] {
  const systems: SystemNode[] = diagram.systems.map((system) => ({
    id: system.id,
    type: 'system',
    position: system.position,
    data: {
      system,
      kindLabel: systemKindLabels[system.kind][language],
      findingCount: findings.get(system.id) ?? 0,
    },
  }));
  const notes: NoteNode[] = diagram.notes.map((note) => ({
    id: note.id,
    type: 'note',
    position: note.position,
    data: { text: note.text },
  }));
  return [...systems, ...notes];
}

/** The flows as React Flow edges, labelled with their data objects. */
export function toEdges(
  diagram: ProjectDocument['flows'],
  language: Language,
  findings: FindingCounts,
): FlowEdge[] {
  const labels = new Map<string, string>(
    dataObjectCatalogue.map((o) => [o.key, o.label[language]]),
  );
  for (const custom of diagram.customObjects) labels.set(custom.id, custom.name);
  return diagram.flows.map((flow) => ({
    id: flow.id,
    type: 'flow',
    source: flow.sourceId,
    target: flow.targetId,
    data: {
      flow,
      label: flow.objects.map((o) => labels.get(o) ?? o).join(', '),
      findingCount: findings.get(flow.id) ?? 0,
    },
  }));
}

/** Keeps React Flow's selection flags when nodes are rebuilt from a new document. */
export function keepSelection<T extends { id: string; selected?: boolean }>(
  next: T[],
  previous: T[],
): T[] {
  const selected = new Set(previous.filter((n) => n.selected).map((n) => n.id));
  if (selected.size === 0) return next;
  return next.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n));
}
