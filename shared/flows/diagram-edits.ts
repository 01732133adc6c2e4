import { patchById } from '../model/edits.ts';
import { MAX_ID_LENGTH } from '../model/ids.ts';
import { entityLists } from '../model/references.ts';
import type { Flow, ProjectDocument, TraceSystem } from '../model/schema.ts';
import { keepKnownPhases } from './diagram-model.ts';
import { fitToSchema } from '../model/fit-to-schema.ts';
import { flowSchema, noteSchema, systemSchema } from '../model/schema.ts';

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
    systems: patchById<TraceSystem>(doc.flows.systems, id, fitToSchema(systemSchema, patch)),
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
  const clean = fitToSchema(flowSchema, patch);
  const next = { ...current, ...clean };
  const systemIds = new Set(doc.flows.systems.map((s) => s.id));
  if (
    !systemIds.has(next.sourceId) ||
    !systemIds.has(next.targetId) ||
    next.sourceId === next.targetId
  ) {
    return doc;
  }
  return withDiagram(doc, { ...doc.flows, flows: patchById<Flow>(doc.flows.flows, id, clean) });
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
  const clean = fitToSchema(noteSchema, patch);
  return withDiagram(doc, { ...doc.flows, notes: patchById<Note>(doc.flows.notes, id, clean) });
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

/**
 * Replaces the whole diagram (an imported model or a topology), keeping the rest of the project.
 * What an import accepts must save: flows that name a phase this plan does not have come in
 * unphased, and a system, flow, object or note whose id another kind of entity of the project
 * already holds (a rater, a task…) is given a fresh id, with every flow that refers to it
 * following — the project's ids are unique across all kinds (`checkReferences`).
 */
export function replaceDiagram(doc: ProjectDocument, diagram: Diagram): ProjectDocument {
  const taken = new Set<string>();
  for (const [section, , items] of entityLists(doc)) {
    if (section !== 'flows') for (const item of items) taken.add(item.id);
  }
  const phaseIds = new Set(doc.rollout.phases.map((p) => p.id));
  return withDiagram(doc, keepKnownPhases(rekeyDiagram(diagram, taken), phaseIds));
}

/**
 * The diagram with every id in `taken` replaced by one that is neither taken nor used in the
 * diagram (`id-2`, `id-3`…, shortened to fit the 80-character id limit), and the flows' system
 * and custom-object references renamed with it. A diagram with no such id is returned as is.
 */
export function rekeyDiagram(diagram: Diagram, taken: ReadonlySet<string>): Diagram {
  const lists = [diagram.systems, diagram.flows, diagram.customObjects, diagram.notes];
  if (!lists.some((items) => items.some((item) => taken.has(item.id)))) return diagram;
  const used = new Set(taken);
  for (const items of lists) for (const item of items) used.add(item.id);
  const renamed = new Map<string, string>();
  const fresh = (id: string) => {
    for (let n = 2; ; n++) {
      const suffix = `-${n}`;
      const candidate = id.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };
  const rekey = <T extends { id: string }>(item: T): T => {
    if (!taken.has(item.id)) return item;
    const id = fresh(item.id);
    renamed.set(item.id, id);
    return { ...item, id };
  };
  const systems = diagram.systems.map(rekey);
  const systemIds = new Map(renamed);
  renamed.clear();
  const customObjects = diagram.customObjects.map(rekey);
  const objectIds = new Map(renamed);
  const flows = diagram.flows.map(rekey).map((f) => ({
    ...f,
    sourceId: systemIds.get(f.sourceId) ?? f.sourceId,
    targetId: systemIds.get(f.targetId) ?? f.targetId,
    objects: f.objects.map((key) => objectIds.get(key) ?? key),
  }));
  return { systems, flows, customObjects, notes: diagram.notes.map(rekey) };
}
