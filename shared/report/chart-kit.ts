import { GState } from 'jspdf';
import { drawable, INK, setFont, type PdfContext, type Rgb } from './pdf-context.ts';
import { hexToRgb } from './pdf-context.ts';

/** Small drawing helpers shared by the report's vector charts. */

export type Box = { x: number; y: number; width: number; height: number };
export type Pt = { x: number; y: number };

export const GRID: Rgb = [222, 226, 230];

/** A closed polygon, filled with `fill` at `opacity` and/or stroked. */
export function polygon(
  ctx: PdfContext,
  points: readonly Pt[],
  options: { fill?: string; opacity?: number; stroke?: string | Rgb; lineWidth?: number },
) {
  const [first, ...rest] = points;
  if (!first) return;
  const { pdf } = ctx;
  const deltas: [number, number][] = [];
  let previous = first;
  for (const p of rest) {
    deltas.push([p.x - previous.x, p.y - previous.y]);
    previous = p;
  }
  if (options.fill) {
    pdf.saveGraphicsState();
    pdf.setGState(new GState({ opacity: options.opacity ?? 1 }));
    pdf.setFillColor(...hexToRgb(options.fill));
    pdf.lines(deltas, first.x, first.y, [1, 1], 'F', true);
    pdf.restoreGraphicsState();
  }
  if (options.stroke) {
    const rgb = typeof options.stroke === 'string' ? hexToRgb(options.stroke) : options.stroke;
    pdf.setDrawColor(...rgb);
    pdf.setLineWidth(options.lineWidth ?? 0.8);
    pdf.lines(deltas, first.x, first.y, [1, 1], 'S', true);
  }
}

/** One line of small text, shortened with … to `maxWidth`. */
export function label(
  ctx: PdfContext,
  text: string,
  at: Pt,
  options: {
    size?: number;
    align?: 'left' | 'center' | 'right';
    maxWidth?: number;
    color?: Rgb | readonly number[];
    isBold?: boolean;
  } = {},
) {
  const size = options.size ?? 7;
  setFont(ctx, size, options.isBold ?? false, options.color ?? INK.text);
  let line = drawable(ctx, text);
  const width = (s: string) => ctx.pdf.getStringUnitWidth(s) * size;
  if (options.maxWidth !== undefined && width(line) > options.maxWidth) {
    const chars = [...line];
    while (chars.length > 1 && width(chars.join('') + '…') > options.maxWidth) chars.pop();
    line = chars.join('') + '…';
  }
  ctx.pdf.text(line, at.x, at.y + size * 0.35, { align: options.align ?? 'left' });
}

/** A legend row of coloured squares and names, centred under a chart. */
export function legend(
  ctx: PdfContext,
  items: readonly { name: string; color: string }[],
  box: Box,
  y = box.y + box.height - 4,
) {
  const size = 7;
  setFont(ctx, size);
  const widths = items.map((i) => ctx.pdf.getStringUnitWidth(drawable(ctx, i.name)) * size + 18);
  const total = widths.reduce((s, w) => s + w, 0);
  let x = box.x + Math.max(0, (box.width - total) / 2);
  items.forEach((item, i) => {
    ctx.pdf.setFillColor(...hexToRgb(item.color));
    ctx.pdf.rect(x, y - 3, 7, 7, 'F');
    label(ctx, item.name, { x: x + 10, y: y + 0.5 }, { size, maxWidth: widths[i]! - 14 });
    x += widths[i]!;
  });
}

/** Tick values for an axis from `min` to `max`: about `count` round steps. */
export function ticks(min: number, max: number, count = 5): number[] {
  const span = max - min || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    out.push(Math.round(v / step) * step);
  }
  return out;
}

/** 1,234,567 → "1.2M" (en) or "123.5万" (zh-CN). */
export function compactNumber(value: number, isChinese: boolean): string {
  const abs = Math.abs(value);
  if (isChinese) {
    if (abs >= 1e8) return `${(value / 1e8).toFixed(1)}亿`;
    if (abs >= 1e4) return `${(value / 1e4).toFixed(abs >= 1e6 ? 0 : 1)}万`;
    return String(Math.round(value));
  }
  if (abs >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${(value / 1e3).toFixed(0)}k`;
  return String(Math.round(value));
}
