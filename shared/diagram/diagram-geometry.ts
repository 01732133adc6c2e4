import type { Language, ProjectDocument } from '../model/schema.ts';
import {
  LABEL_WIDTH,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  NOTE_FONT_SIZE,
  NOTE_SIZE,
  SYSTEM_NODE_SIZE,
} from './dimensions.ts';
import { bundleFlows, labelHeight, labelRows, objectNames } from './edge-bundles.ts';
import { layoutWithElk, type ElkPlacement } from './elk-layout.ts';
import {
  boxesIntersect,
  enclose,
  type Box,
  type DiagramGeometry,
  type EdgeLabel,
  type Lane,
  type LaneBand,
  type NoteBox,
  type RoutedEdge,
  type SystemBox,
} from './geometry-types.ts';
import { placeLabel } from './label-placement.ts';
import { routeOrthogonally } from './orthogonal-routes.ts';
import { wrapText } from './text-metrics.ts';

/** Above this many systems the geometry is not given ELK routes (the canvas re-routes). */
export const ELK_ROUTING_LIMIT = 400;

const LANES: readonly Lane[] = ['upstream', 'internal', 'downstream'];

/** A note's box: its text wrapped at the note's width. */
export function noteBox(note: ProjectDocument['flows']['notes'][number]): NoteBox {
  const lines = wrapText(note.text, NOTE_SIZE.width - 16, NOTE_FONT_SIZE).length;
  const height = Math.max(NOTE_SIZE.minHeight, lines * NOTE_FONT_SIZE * 1.5 + 16);
  return { id: note.id, text: note.text, ...note.position, width: NOTE_SIZE.width, height };
}

/**
 * The swim-lane bands: each as wide as its systems plus padding, neighbours meeting halfway
 * across the gap between them, all as tall as the content. A lane with no system gets an empty
 * band one box wide at its place, as a drop target.
 */
export function laneBands(
  systems: readonly (SystemBox & { lane: Lane })[],
  content: Box,
): LaneBand[] {
  if (systems.length === 0) return [];
  const top = content.y - LANE_PADDING - LANE_HEADER_HEIGHT;
  const height = content.height + 2 * LANE_PADDING + LANE_HEADER_HEIGHT;
  const emptyWidth = SYSTEM_NODE_SIZE.width + 2 * LANE_PADDING;
  const natural = LANES.map((lane) => {
    const own = systems.filter((s) => s.lane === lane);
    if (own.length === 0) return null;
    const box = enclose(own);
    return { lane, left: box.x - LANE_PADDING, right: box.x + box.width + LANE_PADDING };
  });
  const bands: { lane: Lane; left: number; right: number; isEmpty: boolean }[] = [];
  LANES.forEach((lane, i) => {
    const own = natural[i];
    if (own) return bands.push({ ...own, isEmpty: false });
    const previous = bands.at(-1);
    const next = natural.slice(i + 1).find((n) => n !== null);
    const left = previous ? previous.right : next!.left - emptyWidth;
    bands.push({ lane, left, right: left + emptyWidth, isEmpty: true });
  });
  for (let i = 1; i < bands.length; i++) {
    const a = bands[i - 1]!;
    const b = bands[i]!;
    const boundary = a.isEmpty ? a.right : b.isEmpty ? a.right : (a.right + b.left) / 2;
    if (b.isEmpty) b.right = boundary + (b.right - b.left);
    a.right = boundary;
    b.left = boundary;
  }
  return bands.map((b) => ({
    lane: b.lane,
    isEmpty: b.isEmpty,
    x: b.left,
    y: top,
    width: Math.max(0, b.right - b.left),
    height,
  }));
}

/** The lane under a point (for drops), or `null` outside every band. */
export function laneAt(lanes: readonly LaneBand[], point: { x: number; y: number }): Lane | null {
  const band = lanes.find((l) => point.x >= l.x && point.x < l.x + l.width);
  return band && point.y >= band.y && point.y <= band.y + band.height ? band.lane : null;
}

const isAt = (a: { x: number; y: number }, b: { x: number; y: number } | undefined) =>
  b !== undefined && Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1;

/**
 * The laid-out diagram from the document's positions: ELK's routes and label places for edges
 * whose two systems sit where `elk` put them, orthogonal re-routes from the current positions
 * for the others, every label placed clear of systems, notes and other labels (or hidden).
 */
export function geometryFromPlacement(
  diagram: ProjectDocument['flows'],
  language: Language,
  elk: ElkPlacement | null,
): DiagramGeometry {
  const systems = diagram.systems.map((s) => ({
    id: s.id,
    lane: s.lane,
    ...s.position,
    ...SYSTEM_NODE_SIZE,
  }));
  const byId = new Map(systems.map((s) => [s.id, s]));
  const notes = diagram.notes.map(noteBox);
  const names = objectNames(diagram, language);
  const bundles = bundleFlows(diagram.flows).filter(
    (b) => byId.has(b.sourceId) && byId.has(b.targetId),
  );
  const isElk = (id: string) => isAt(byId.get(id)!, elk?.positions.get(id));
  const rerouted = routeOrthogonally(
    bundles
      .filter((b) => !(isElk(b.sourceId) && isElk(b.targetId) && elk?.routes.has(b.id)))
      .map((b) => ({ id: b.id, source: byId.get(b.sourceId)!, target: byId.get(b.targetId)! })),
  );
  const obstacles: Box[] = [...systems, ...notes];
  const edges: RoutedEdge[] = [];
  const pending: { edge: RoutedEdge; label: Omit<EdgeLabel, keyof Box> }[] = [];
  for (const bundle of bundles) {
    const elkRoute = rerouted.has(bundle.id) ? undefined : elk?.routes.get(bundle.id);
    const edge: RoutedEdge = {
      id: bundle.id,
      flowIds: bundle.flowIds,
      sourceId: bundle.sourceId,
      targetId: bundle.targetId,
      isTwoWay: bundle.isTwoWay,
      isCore: bundle.isCore,
      points: elkRoute?.points ?? rerouted.get(bundle.id)!,
      label: null,
      isElkRoute: elkRoute !== undefined,
    };
    edges.push(edge);
    if (bundle.objectKeys.length === 0) continue;
    const { rows, moreCount } = labelRows(bundle.objectKeys, names);
    const label = { rows, moreCount, isHidden: false };
    const box = elkRoute?.label;
    if (box && !obstacles.some((o) => boxesIntersect(box, o))) {
      edge.label = { ...box, ...label };
      obstacles.push(box);
    } else pending.push({ edge, label });
  }
  // Labels ELK placed are fixed first; the re-routed edges' labels find room around them.
  for (const { edge, label } of pending) {
    const size = {
      width: LABEL_WIDTH,
      height: labelHeight(label.rows.length + (label.moreCount > 0 ? 1 : 0)),
    };
    const box = placeLabel(edge.points, size, obstacles);
    if (box) obstacles.push(box);
    edge.label = box
      ? { ...box, ...label }
      : { ...size, x: edge.points[0]!.x, y: edge.points[0]!.y, ...label, isHidden: true };
  }
  const content = enclose(
    [...systems, ...edges.flatMap((e) => (e.label && !e.label.isHidden ? [e.label] : []))],
    edges.flatMap((e) => e.points),
  );
  const lanes = laneBands(systems, content);
  return {
    lanes,
    systems: systems.map(({ lane: _lane, ...box }) => box),
    edges,
    notes,
    bounds: enclose([...lanes, ...notes, content]),
  };
}

/**
 * The box around a diagram's lanes, systems and notes from their positions alone (no routing):
 * what "fit to view" frames, available at once after an edit.
 */
export function diagramBounds(diagram: ProjectDocument['flows']): Box {
  const systems = diagram.systems.map((s) => ({
    id: s.id,
    lane: s.lane,
    ...s.position,
    ...SYSTEM_NODE_SIZE,
  }));
  const lanes = laneBands(systems, enclose(systems));
  return enclose([...lanes, ...systems, ...diagram.notes.map(noteBox)]);
}

/**
 * The laid-out diagram (see {@link geometryFromPlacement}), running ELK for diagrams up to
 * {@link ELK_ROUTING_LIMIT} systems. Async because ELK is.
 */
export async function diagramGeometry(
  diagram: ProjectDocument['flows'],
  language: Language,
): Promise<DiagramGeometry> {
  const elk =
    diagram.systems.length > 0 && diagram.systems.length <= ELK_ROUTING_LIMIT
      ? await layoutWithElk(diagram)
      : null;
  return geometryFromPlacement(diagram, language, elk);
}
