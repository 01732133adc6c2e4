import type { Point } from '../../../shared/diagram/scene-types.ts';

/** An SVG path through orthogonal `points`, corners rounded with up to `radius` px. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  const [first] = points;
  let d = `M ${first!.x} ${first!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const corner = points[i]!;
    const next = points[i + 1]!;
    const r = Math.min(
      radius,
      Math.hypot(corner.x - prev.x, corner.y - prev.y) / 2,
      Math.hypot(next.x - corner.x, next.y - corner.y) / 2,
    );
    const toward = (from: Point, to: Point, by: number) => {
      const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return {
        x: from.x + ((to.x - from.x) / length) * by,
        y: from.y + ((to.y - from.y) / length) * by,
      };
    };
    const a = toward(corner, prev, r);
    const b = toward(corner, next, r);
    d += ` L ${a.x} ${a.y} Q ${corner.x} ${corner.y} ${b.x} ${b.y}`;
  }
  const last = points.at(-1)!;
  return `${d} L ${last.x} ${last.y}`;
}

/** The middle of the longest segment: where a label goes on a route not yet laid out. */
export function routeMiddle(points: readonly Point[]): Point {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let bestLength = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (length > bestLength) {
      bestLength = length;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
