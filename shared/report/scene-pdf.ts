import type { Scene, ScenePath, SceneText } from '../diagram/scene-types.ts';
import { drawable, hexToRgb, setFont, type PdfContext } from './pdf-context.ts';

/**
 * Draws any Scene (shared/diagram/scene-types.ts) into an area of the current PDF page, scaled
 * to fit and centred — the same picture as the diagram's SVG export. Text uses the report font
 * (Noto Sans SC covers Chinese and Latin), so `lang` needs no font switch here.
 */

export type PdfBox = { x: number; y: number; width: number; height: number };

const ARROW = { length: 7, width: 5 };

function arrowHead(
  ctx: PdfContext,
  from: { x: number; y: number },
  to: { x: number; y: number },
  scale: number,
) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return;
  const ux = dx / length;
  const uy = dy / length;
  const l = ARROW.length * Math.max(0.6, scale);
  const w = (ARROW.width * Math.max(0.6, scale)) / 2;
  const bx = to.x - ux * l;
  const by = to.y - uy * l;
  ctx.pdf.triangle(to.x, to.y, bx - uy * w, by + ux * w, bx + uy * w, by - ux * w, 'F');
}

function path(
  ctx: PdfContext,
  item: ScenePath,
  map: (p: { x: number; y: number }) => { x: number; y: number },
  scale: number,
) {
  const points = item.points.map(map);
  if (points.length < 2) return;
  const rgb = hexToRgb(item.stroke);
  ctx.pdf.setDrawColor(...rgb);
  ctx.pdf.setFillColor(...rgb);
  ctx.pdf.setLineWidth(Math.max(0.3, item.strokeWidth * scale));
  ctx.pdf.setLineDashPattern(
    (item.dash ?? []).map((d) => d * scale),
    0,
  );
  for (let i = 1; i < points.length; i += 1) {
    ctx.pdf.line(points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y);
  }
  ctx.pdf.setLineDashPattern([], 0);
  if (item.arrowEnd) arrowHead(ctx, points.at(-2)!, points.at(-1)!, scale);
  if (item.arrowStart) arrowHead(ctx, points[1]!, points[0]!, scale);
}

function text(ctx: PdfContext, item: SceneText, at: { x: number; y: number }, scale: number) {
  const size = Math.max(3, item.fontSize * scale);
  setFont(ctx, size, item.fontWeight === 'bold', hexToRgb(item.fill));
  const align = item.anchor === 'start' ? 'left' : item.anchor === 'end' ? 'right' : 'center';
  const y = item.baseline === 'alphabetic' ? at.y : at.y + size * 0.35;
  ctx.pdf.text(drawable(ctx, item.text), at.x, y, { align });
}

/** Draws `scene` into `box` (points, top-left origin), keeping its aspect ratio. */
export function sceneToPdf(scene: Scene, ctx: PdfContext, box: PdfBox) {
  if (scene.width <= 0 || scene.height <= 0) return;
  const scale = Math.min(box.width / scene.width, box.height / scene.height);
  const ox = box.x + (box.width - scene.width * scale) / 2;
  const oy = box.y + (box.height - scene.height * scale) / 2;
  const map = (p: { x: number; y: number }) => ({ x: ox + p.x * scale, y: oy + p.y * scale });
  const { pdf } = ctx;
  if (scene.background) {
    pdf.setFillColor(...hexToRgb(scene.background));
    pdf.rect(ox, oy, scene.width * scale, scene.height * scale, 'F');
  }
  for (const item of scene.items) {
    if (item.type === 'rect') {
      const p = map(item);
      const style = item.fill && item.stroke ? 'FD' : item.fill ? 'F' : 'S';
      if (item.fill) pdf.setFillColor(...hexToRgb(item.fill));
      if (item.stroke) pdf.setDrawColor(...hexToRgb(item.stroke));
      if (!item.fill && !item.stroke) continue;
      pdf.setLineWidth(Math.max(0.3, (item.strokeWidth ?? 1) * scale));
      pdf.setLineDashPattern(
        (item.dash ?? []).map((d) => d * scale),
        0,
      );
      const r = (item.radius ?? 0) * scale;
      if (r > 0) pdf.roundedRect(p.x, p.y, item.width * scale, item.height * scale, r, r, style);
      else pdf.rect(p.x, p.y, item.width * scale, item.height * scale, style);
      pdf.setLineDashPattern([], 0);
    } else if (item.type === 'path') path(ctx, item, map, scale);
    else text(ctx, item, map(item), scale);
  }
}
