import type { TraceSystem } from '../model/schema.ts';
import type { Point } from './scene-types.ts';

/**
 * The laid-out picture of a data-flow diagram, before it is drawn: lanes, system boxes, routed
 * edges and placed labels in one coordinate space (the canvas's, CSS px at zoom 1). Derived from
 * the document's positions, never stored: the canvas, the SVG/PNG exports and the PDF report all
 * draw this.
 */

/** An axis-aligned rectangle. */
export type Box = { x: number; y: number; width: number; height: number };

/** The three swim lanes, left to right. */
export type Lane = TraceSystem['lane'];

/** A swim-lane band behind the systems of one lane (`isEmpty`: drawn as a drop target only). */
export type LaneBand = Box & { lane: Lane; isEmpty: boolean };

/** A system's box where the document puts it. */
export type SystemBox = Box & { id: string };

/** One row of an edge label: a data object's name, shortened to fit, and its full name. */
export type LabelRow = { key: string; text: string; fullText: string };

/**
 * The label of an edge: one chip per data object, stacked, at most {@link MAX_LABEL_ROWS} rows
 * (the last says "+n" when more objects travel). `isHidden` when no free place was found: the
 * edge then shows its object count on hover only.
 */
export type EdgeLabel = Box & { rows: LabelRow[]; moreCount: number; isHidden: boolean };

/**
 * One drawn edge: every flow between the same two systems in the same direction, bundled.
 * `points` run from the source's border to the target's; orthogonal. `isElkRoute` when the
 * route is ELK's own (the systems sit where the last auto-layout put them), else re-routed from
 * the systems' current positions.
 */
export type RoutedEdge = {
  id: string;
  flowIds: string[];
  sourceId: string;
  targetId: string;
  isTwoWay: boolean;
  isCore: boolean;
  points: Point[];
  label: EdgeLabel | null;
  isElkRoute: boolean;
};

/** A sticky note's box and text. */
export type NoteBox = Box & { id: string; text: string };

/** The whole laid-out diagram; `bounds` encloses everything drawn. */
export type DiagramGeometry = {
  lanes: LaneBand[];
  systems: SystemBox[];
  edges: RoutedEdge[];
  notes: NoteBox[];
  bounds: Box;
};

/** At most this many data-object chips per edge label; the rest are counted ("+n"). */
export const MAX_LABEL_ROWS = 3;

/** Whether two boxes overlap (touching edges do not count). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest box around boxes and points; a zero box for nothing. */
export function enclose(boxes: readonly Box[], points: readonly Point[] = []): Box {
  const xs = [...boxes.map((b) => b.x), ...points.map((p) => p.x)];
  const ys = [...boxes.map((b) => b.y), ...points.map((p) => p.y)];
  const x2 = [...boxes.map((b) => b.x + b.width), ...points.map((p) => p.x)];
  const y2 = [...boxes.map((b) => b.y + b.height), ...points.map((p) => p.y)];
  if (xs.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...x2) - x, height: Math.max(...y2) - y };
}
