import type { StateCreator } from 'zustand';
import type { Lane } from '../../shared/diagram/geometry-types.ts';
import { moveIntoLanes } from '../../shared/diagram/lane-edits.ts';
import { autoLayout } from '../../shared/flows/auto-layout.ts';
import {
  addNote,
  pasteSelection,
  removeDiagramElements,
  replaceDiagram,
  updateFlow,
  updateNote,
  updateSystem,
  type Clipboard,
} from '../../shared/flows/diagram-edits.ts';
import { addFlow, addSystem, moveSystems, removeSystems } from '../../shared/model/edits.ts';
import { newId } from '../../shared/model/ids.ts';
import type { Flow, ProjectDocument, TraceSystem } from '../../shared/model/schema.ts';
import type { AppState } from './app-store.ts';
import type { Gesture } from './gesture-history.ts';

type Note = ProjectDocument['flows']['notes'][number];
type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Diagram actions. Each is one undo step: a drag commits once when it ends, a typed field one
 * word at a time, a paste or a deletion of many elements at once.
 */
export type FlowsSlice = {
  addSystem: (system: TraceSystem) => void;
  updateSystem: (id: string, patch: Partial<Omit<TraceSystem, 'id'>>, gesture?: Gesture) => void;
  /** One call per drag: pass the same gesture for the whole drag. */
  moveSystems: (moves: Positions, gesture?: Gesture) => void;
  /**
   * Moves systems and notes at the end of a drag or a layout run; systems dropped into another
   * lane's band take that lane (same undo step).
   */
  moveDiagramElements: (positions: Positions, lanes?: ReadonlyMap<string, Lane>) => void;
  removeSystems: (ids: ReadonlySet<string>) => void;
  removeDiagramElements: (ids: {
    systems?: ReadonlySet<string>;
    flows?: ReadonlySet<string>;
    notes?: ReadonlySet<string>;
  }) => void;
  addFlow: (flow: Flow) => void;
  updateFlow: (id: string, patch: Partial<Omit<Flow, 'id'>>, gesture?: Gesture) => void;
  /** Pastes copied systems and returns the ids of the copies. */
  pasteSystems: (clipboard: Clipboard) => string[];
  addNote: (note: Note) => void;
  updateNote: (id: string, patch: Partial<Omit<Note, 'id'>>, gesture?: Gesture) => void;
  replaceDiagram: (diagram: ProjectDocument['flows']) => void;
  /** Lays the diagram out with ELK, lanes left to right; one undo step. */
  autoLayout: () => Promise<void>;
};

export const createFlowsSlice: StateCreator<AppState, [], [], FlowsSlice> = (_set, get) => ({
  addSystem(system) {
    get().editDocument((doc) => addSystem(doc, system));
  },
  updateSystem(id, patch, gesture) {
    get().editDocument((doc) => updateSystem(doc, id, patch), gesture);
  },
  moveSystems(moves, gesture) {
    get().editDocument((doc) => moveSystems(doc, moves), gesture);
  },
  moveDiagramElements(positions, lanes) {
    get().editDocument((doc) => moveIntoLanes(doc, positions, lanes));
  },
  removeSystems(ids) {
    get().editDocument((doc) => removeSystems(doc, ids));
  },
  removeDiagramElements(ids) {
    get().editDocument((doc) => removeDiagramElements(doc, ids));
  },
  addFlow(flow) {
    get().editDocument((doc) => addFlow(doc, flow));
  },
  updateFlow(id, patch, gesture) {
    get().editDocument((doc) => updateFlow(doc, id, patch), gesture);
  },
  pasteSystems(clipboard) {
    let pasted: string[] = [];
    get().editDocument((doc) => {
      const result = pasteSelection(doc, clipboard, newId);
      pasted = result.systemIds;
      return result.doc;
    });
    return pasted;
  },
  addNote(note) {
    get().editDocument((doc) => addNote(doc, note));
  },
  updateNote(id, patch, gesture) {
    get().editDocument((doc) => updateNote(doc, id, patch), gesture);
  },
  replaceDiagram(diagram) {
    get().editDocument((doc) => replaceDiagram(doc, diagram));
  },
  async autoLayout() {
    const doc = get().doc;
    if (!doc) return;
    const positions = await autoLayout(doc.flows);
    get().moveDiagramElements(positions);
  },
});
