import { boxesIntersect, type Box } from './geometry-types.ts';
import type { Point } from './scene-types.ts';

/** Space kept free around a label, px. */
const LABEL_MARGIN = 4;
/** Where along a segment a label is tried, best first. */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

/** Segments of a route, longest first. */
function segmentsByLength(points: readonly Point[]): [Point, Point][] {
  const segments: [Point, Point][] = [];
  for (let i = 1; i < points.length; i++) segments.push([points[i - 1]!, points[i]!]);
  const length = ([a, b]: [Point, Point]) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  return segments.sort((a, b) => length(b) - length(a));
}

/**
 * A place for a `size` label on `route`: centred on the route (on its longest segments first,
 * then beside them), clear of every box in `obstacles`. `null` when there is none.
 */
export function placeLabel(
  route: readonly Point[],
  size: { width: number; height: number },
  obstacles: readonly Box[],
): Box | null {
  const fits = (box: Box) => !obstacles.some((o) => boxesIntersect(grow(box, LABEL_MARGIN), o));
  const offsets = [
    { x: 0, y: 0 },
    { x: 0, y: -(size.height / 2 + LABEL_MARGIN) },
    { x: 0, y: size.height / 2 + LABEL_MARGIN },
    { x: size.width / 2 + LABEL_MARGIN, y: 0 },
    { x: -(size.width / 2 + LABEL_MARGIN), y: 0 },
  ];
  for (const offset of offsets) {
    for (const [a, b] of segmentsByLength(route)) {
      for (const t of ALONG) {
        const box = {
          x: a.x + (b.x - a.x) * t + offset.x - size.width / 2,
          y: a.y + (b.y - a.y) * t + offset.y - size.height / 2,
          ...size,
        };
        if (fits(box)) return box;
      }
    }
  }
  return null;
}
