import { EDGE_STUB } from './dimensions.ts';
import type { Box } from './geometry-types.ts';
import type { Point } from './scene-types.ts';

/**
 * Orthogonal routes between boxes from their current positions — used for edges whose systems
 * were moved by hand since the last auto-layout, until the next one re-routes them with ELK.
 */

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** An edge to route: its two boxes. */
export type RouteRequest = { id: string; source: Box; target: Box };

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * The sides an edge leaves and enters by: left/right when the boxes stand apart horizontally
 * (room for two stubs between them), else bottom/top.
 */
export function routeSides(source: Box, target: Box): [Side, Side] {
  if (target.x - (source.x + source.width) >= 2 * EDGE_STUB) return ['right', 'left'];
  if (source.x - (target.x + target.width) >= 2 * EDGE_STUB) return ['left', 'right'];
  return centre(target).y >= centre(source).y ? ['bottom', 'top'] : ['top', 'bottom'];
}

/** The point on `side` of `box` at fraction `t` along it (top-to-bottom or left-to-right). */
function portPoint(box: Box, side: Side, t: number): Point {
  switch (side) {
    case 'left':
      return { x: box.x, y: box.y + box.height * t };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height * t };
    case 'top':
      return { x: box.x + box.width * t, y: box.y };
    case 'bottom':
      return { x: box.x + box.width * t, y: box.y + box.height };
  }
}

/** A three-segment orthogonal route between two ports (two when they line up). */
function connect(start: Point, end: Point, isHorizontal: boolean): Point[] {
  if (isHorizontal) {
    if (Math.abs(start.y - end.y) < 0.5) return [start, { x: end.x, y: start.y }];
    const mx = (start.x + end.x) / 2;
    return [start, { x: mx, y: start.y }, { x: mx, y: end.y }, end];
  }
  if (Math.abs(start.x - end.x) < 0.5) return [start, { x: start.x, y: end.y }];
  const my = (start.y + end.y) / 2;
  return [start, { x: start.x, y: my }, { x: end.x, y: my }, end];
}

/**
 * Orthogonal routes for edges, with the edges meeting each side of a box spread evenly along it,
 * ordered by where their other end lies (so neighbouring edges do not cross at the box).
 */
export function routeOrthogonally(requests: readonly RouteRequest[]): Map<string, Point[]> {
  type End = { request: RouteRequest; isSource: boolean; side: Side; other: Point };
  const bySide = new Map<string, End[]>();
  const sides = new Map<string, [Side, Side]>();
  for (const request of requests) {
    const pair = routeSides(request.source, request.target);
    sides.set(request.id, pair);
    const ends: End[] = [
      { request, isSource: true, side: pair[0], other: centre(request.target) },
      { request, isSource: false, side: pair[1], other: centre(request.source) },
    ];
    for (const end of ends) {
      const box = end.isSource ? request.source : request.target;
      const key = `${box.x},${box.y},${box.width},${box.height},${end.side}`;
      bySide.set(key, [...(bySide.get(key) ?? []), end]);
    }
  }
  const ports = new Map<string, Point>();
  for (const ends of bySide.values()) {
    const isVerticalSide = ends[0]!.side === 'left' || ends[0]!.side === 'right';
    ends.sort((a, b) => (isVerticalSide ? a.other.y - b.other.y : a.other.x - b.other.x));
    ends.forEach((end, i) => {
      const box = end.isSource ? end.request.source : end.request.target;
      const point = portPoint(box, end.side, (i + 1) / (ends.length + 1));
      ports.set(`${end.request.id}:${end.isSource ? 's' : 't'}`, point);
    });
  }
  const routes = new Map<string, Point[]>();
  for (const request of requests) {
    const [sourceSide] = sides.get(request.id)!;
    const start = ports.get(`${request.id}:s`)!;
    const end = ports.get(`${request.id}:t`)!;
    routes.set(request.id, connect(start, end, sourceSide === 'left' || sourceSide === 'right'));
  }
  return routes;
}
