import { createContext } from 'react';
import { lightPalette, type DiagramPalette } from '../../../shared/diagram/palette.ts';

/**
 * The canvas's `.react-flow__edgelabel-renderer` layer, where edge labels are portalled; the
 * canvas finds it once. React Flow's `<EdgeLabelRenderer>` finds it with `querySelector` on
 * every React Flow store update, once per edge: with 2,000 labelled edges that was most of each
 * drag frame (bench/diagram-bench.ts).
 */
export const EdgeLabelLayer = createContext<Element | null>(null);

/** The diagram's colours in the app's theme (light or dark). */
export const DiagramPaletteContext = createContext<DiagramPalette>(lightPalette);

/** The flows selected on the canvas, so a bundled edge can show which of its flows is. */
export const SelectedFlowsContext = createContext<ReadonlySet<string>>(new Set());

/** Selects one flow (a chip of a bundled edge's label was clicked). */
export const SelectFlowContext = createContext<(flowId: string) => void>(() => undefined);

export type ArrowTone = 'normal' | 'warning' | 'selected';
export const arrowMarkerId = (tone: ArrowTone) => `traceready-arrow-${tone}`;
