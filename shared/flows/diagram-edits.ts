import { patchById } from '../model/edits.ts';
import type { Flow, ProjectDocument, TraceSystem } from '../model/schema.ts';

/**
 * Pure edits of the data-flow diagram. Like every document edit they return a new document and
 * keep references valid: a flow never points at a system that is gone.
 */

type Diagram = ProjectDocument['flows'];
type Note = Diagram['notes'][number];

const withDiagram = (doc: ProjectDocument, flows: Diagram): ProjectDocument => ({ ...doc, flows });

export function updateSystem(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<TraceSystem, 'id'>>,
): ProjectDocument {
  return withDiagram(doc, {
    ...doc.flows,
    systems: patchById<TraceSystem>(doc.flows.systems, id, patch),
  });
}

/**
 * Updates a flow. Changing its ends to a system that does not exist is refused (the document is
 * returned unchanged), as is a flow from a system to itself.
 */
export function updateFlow(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<Flow, 'id'>>,
): ProjectDocument {
  const current = doc.flows.flows.find((f) => f.id === id);
  if (!current) return doc;
  const next = { ...current, ...patch };
  const systemIds = new Set(doc.flows.systems.map((s) => s.id));
  if (
    !systemIds.has(next.sourceId) ||
    !systemIds.has(next.targetId) ||
    next.sourceId === next.targetId
  ) {
    return doc;
  }
  return withDiagram(doc, { ...doc.flows, flows: patchById<Flow>(doc.flows.flows, id, patch) });
}

/** Removes systems (with every flow touching them), flows and notes in one edit. */
export function removeDiagramElements(
  doc: ProjectDocument,
  ids: { systems?: ReadonlySet<string>; flows?: ReadonlySet<string>; notes?: ReadonlySet<string> },
): ProjectDocument {
  const systems = ids.systems ?? new Set<string>();
  const flows = ids.flows ?? new Set<string>();
  const notes = ids.notes ?? new Set<string>();
  if (systems.size + flows.size + notes.size === 0) return doc;
  return withDiagram(doc, {
    ...doc.flows,
    systems: doc.flows.systems.filter((s) => !systems.has(s.id)),
    flows: doc.flows.flows.filter(
      (f) => !flows.has(f.id) && !systems.has(f.sourceId) && !systems.has(f.targetId),
    ),
    notes: doc.flows.notes.filter((n) => !notes.has(n.id)),
  });
}

/** Offset of pasted or duplicated systems, so the copies do not hide the originals. */
export const PASTE_OFFSET = 40;

export type Clipboard = { systems: TraceSystem[]; flows: Flow[] };

/** What copying a selection takes: the systems and the flows that run between them. */
export function copySelection(doc: ProjectDocument, systemIds: ReadonlySet<string>): Clipboard {
  return {
    systems: doc.flows.systems.filter((s) => systemIds.has(s.id)),
    flows: doc.flows.flows.filter((f) => systemIds.has(f.sourceId) && systemIds.has(f.targetId)),
  };
}

/**
 * Pastes copied systems and their inner flows with fresh ids, shifted by {@link PASTE_OFFSET}.
 * Returns the new document and the ids of the pasted systems (to select them).
 */
export function pasteSelection(
  doc: ProjectDocument,
  clipboard: Clipboard,
  newId: () => string,
): { doc: ProjectDocument; systemIds: string[] } {
  if (clipboard.systems.length === 0) return { doc, systemIds: [] };
  const idMap = new Map(clipboard.systems.map((s) => [s.id, newId()]));
  const systems = clipboard.systems.map((s) => ({
    ...s,
    id: idMap.get(s.id) ?? newId(),
    position: { x: s.position.x + PASTE_OFFSET, y: s.position.y + PASTE_OFFSET },
  }));
  const flows = clipboard.flows.flatMap((f) => {
    const sourceId = idMap.get(f.sourceId);
    const targetId = idMap.get(f.targetId);
    return sourceId && targetId ? [{ ...f, id: newId(), sourceId, targetId }] : [];
  });
  return {
    doc: withDiagram(doc, {
      ...doc.flows,
      systems: [...doc.flows.systems, ...systems],
      flows: [...doc.flows.flows, ...flows],
    }),
    systemIds: systems.map((s) => s.id),
  };
}

export function addNote(doc: ProjectDocument, note: Note): ProjectDocument {
  return withDiagram(doc, { ...doc.flows, notes: [...doc.flows.notes, note] });
}

export function updateNote(
  doc: ProjectDocument,
  id: string,
  patch: Partial<Omit<Note, 'id'>>,
): ProjectDocument {
  return withDiagram(doc, { ...doc.flows, notes: patchById<Note>(doc.flows.notes, id, patch) });
}

/** Moves systems and notes in one edit: one call per drag gesture or layout run. */
export function moveDiagramElements(
  doc: ProjectDocument,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): ProjectDocument {
  const place = <T extends { id: string; position: { x: number; y: number } }>(item: T): T => {
    const position = positions.get(item.id);
    return position ? { ...item, position } : item;
  };
  return withDiagram(doc, {
    ...doc.flows,
    systems: doc.flows.systems.map(place),
    notes: doc.flows.notes.map(place),
  });
}

/** Replaces the whole diagram (an imported model), keeping the rest of the project. */
export function replaceDiagram(doc: ProjectDocument, diagram: Diagram): ProjectDocument {
  return withDiagram(doc, diagram);
}
