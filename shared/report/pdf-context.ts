import type { jsPDF } from 'jspdf';
import type { GlyphCoverage } from './cmap.ts';
import { REPORT_FONT } from './fonts.ts';
import { drawableText } from './glyph-check.ts';
import { breakLines } from './line-break.ts';
import type { ReportModel } from './types.ts';

/**
 * The state of one PDF being laid out: the page geometry, the cursor, the brand colour, and the
 * characters the font could not draw (collected for the warning list).
 */

export type Rgb = [number, number, number];

/** A character the font has no glyph for, and where it occurred. */
export type GlyphWarning = { character: string; places: string[] };

/** Where a heading landed, for the table of contents and the PDF outline. */
export type OutlineEntry = { title: string; level: 1 | 2; page: number };

export type PageGeometry = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
};

export type PdfContext = {
  pdf: jsPDF;
  model: ReportModel;
  page: PageGeometry;
  /** The cursor: top of the next block, in points from the top of the page. */
  y: number;
  brand: Rgb;
  coverage: GlyphCoverage;
  /** The chapter being drawn, named in glyph warnings. */
  place: string;
  missing: Map<string, Set<string>>;
  outline: OutlineEntry[];
};

/** Text colours of the layout. */
export const INK = { text: [33, 37, 41], muted: [108, 117, 125], alert: [176, 42, 55] } as const;

/** Line height as a multiple of the font size. */
export const LEADING = 1.45;

export function hexToRgb(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const n = Number.parseInt(full, 16);
  return Number.isFinite(n) ? [(n >> 16) & 255, (n >> 8) & 255, n & 255] : [14, 124, 102];
}

/** `rgb` mixed with white: `amount` 0 is the colour, 1 is white. */
export function tint(rgb: Rgb, amount: number): Rgb {
  return rgb.map((c) => Math.round(c + (255 - c) * amount)) as Rgb;
}

export const textWidth = (ctx: PdfContext) => ctx.page.width - ctx.page.left - ctx.page.right;

/** Text the font can draw; what it cannot is replaced by a visible mark and recorded. */
export function drawable(ctx: PdfContext, text: string): string {
  // Noto Sans SC draws curly quotes and the ellipsis full-width (CJK style): in English text
  // they would gape, so English gets their ASCII forms.
  const typeset =
    ctx.model.language === 'en'
      ? text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...')
      : text;
  const result = drawableText(typeset, ctx.coverage);
  for (const ch of result.missing) {
    const places = ctx.missing.get(ch) ?? new Set<string>();
    places.add(ctx.place);
    ctx.missing.set(ch, places);
  }
  return result.text;
}

export function setFont(
  ctx: PdfContext,
  size: number,
  isBold = false,
  color: Rgb | readonly number[] = INK.text,
) {
  ctx.pdf.setFont(REPORT_FONT, isBold ? 'bold' : 'normal');
  ctx.pdf.setFontSize(size);
  ctx.pdf.setTextColor(color[0], color[1], color[2]);
}

/** Width of `text` in points at the current font and size. */
export function measure(ctx: PdfContext, text: string): number {
  return ctx.pdf.getStringUnitWidth(text) * ctx.pdf.getFontSize();
}

/** Lines of `text` (made drawable) that fit `width` at the current font. */
export function wrap(ctx: PdfContext, text: string, width: number): string[] {
  return breakLines(drawable(ctx, text), width, (s) => measure(ctx, s));
}

/** Starts a new page and puts the cursor at the top margin. */
export function newPage(ctx: PdfContext) {
  ctx.pdf.addPage();
  ctx.y = ctx.page.top;
}

/** Makes sure `height` points fit below the cursor, else starts a new page. */
export function ensureSpace(ctx: PdfContext, height: number) {
  if (ctx.y + height > ctx.page.height - ctx.page.bottom) newPage(ctx);
}

/**
 * Draws already-wrapped lines from the cursor, breaking pages between lines. Returns nothing;
 * the cursor ends below the last line.
 */
export function drawLines(
  ctx: PdfContext,
  lines: readonly string[],
  x: number,
  size: number,
  align: 'left' | 'right' | 'center' = 'left',
  width = textWidth(ctx),
) {
  const lineHeight = size * LEADING;
  for (const line of lines) {
    ensureSpace(ctx, lineHeight);
    const at = align === 'left' ? x : align === 'right' ? x + width : x + width / 2;
    ctx.pdf.text(line, at, ctx.y + size * 1.05, { align });
    ctx.y += lineHeight;
  }
}
