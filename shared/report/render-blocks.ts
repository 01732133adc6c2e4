import { autoTable } from 'jspdf-autotable';
import { drawChart } from './draw-charts.ts';
import { REPORT_FONT } from './fonts.ts';
import { breakLines } from './line-break.ts';
import {
  drawLines,
  drawable,
  ensureSpace,
  INK,
  LEADING,
  measure,
  newPage,
  setFont,
  textWidth,
  tint,
  wrap,
  type PdfContext,
} from './pdf-context.ts';
import type { Block, TableColumn } from './types.ts';

/** Lays out the blocks of the report model: paragraphs, lists, figures, tables, charts. */

export const SIZE = { body: 9.5, small: 8, table: 8, h1: 20, h2: 13, h3: 10.5 } as const;
const GAP = 8;

function paragraph(ctx: PdfContext, text: string, tone: 'normal' | 'muted' | 'alert') {
  setFont(ctx, SIZE.body, false, INK[tone === 'normal' ? 'text' : tone]);
  drawLines(ctx, wrap(ctx, text, textWidth(ctx)), ctx.page.left, SIZE.body);
  ctx.y += GAP * 0.6;
}

function bullets(ctx: PdfContext, items: readonly string[]) {
  setFont(ctx, SIZE.body);
  const indent = 12;
  for (const item of items) {
    const lines = wrap(ctx, item, textWidth(ctx) - indent);
    ensureSpace(ctx, SIZE.body * LEADING);
    ctx.pdf.setFillColor(...ctx.brand);
    ctx.pdf.circle(ctx.page.left + 3.5, ctx.y + SIZE.body * 0.72, 1.6, 'F');
    drawLines(ctx, lines, ctx.page.left + indent, SIZE.body);
    ctx.y += 1.5;
  }
  ctx.y += GAP * 0.5;
}

function heading(ctx: PdfContext, text: string, next: readonly Block[]) {
  // Keep the heading with what follows: its paragraph and the start of its table or chart.
  const [first, second] = next;
  const keep =
    first?.kind === 'paragraph'
      ? SIZE.body * LEADING * 2 + minimumHeight(second)
      : minimumHeight(first);
  ensureSpace(ctx, SIZE.h3 * LEADING * 2 + keep);
  ctx.y += 4;
  setFont(ctx, SIZE.h3, true, ctx.brand);
  drawLines(ctx, wrap(ctx, text, textWidth(ctx)), ctx.page.left, SIZE.h3);
  ctx.y += 2;
}

function figures(ctx: PdfContext, items: readonly { label: string; value: string }[]) {
  const perRow = Math.min(4, Math.max(1, items.length));
  const gap = 8;
  const width = (textWidth(ctx) - gap * (perRow - 1)) / perRow;
  for (let start = 0; start < items.length; start += perRow) {
    const row = items.slice(start, start + perRow);
    setFont(ctx, SIZE.small);
    const labels = row.map((f) => wrap(ctx, f.label, width - 12));
    // Long values (a candidate's name) in a smaller size, so the tiles stay one row high.
    setFont(ctx, 15, true);
    const valueSize = row.some((f) => measure(ctx, f.value) > (width - 12) * 1.6) ? 11 : 15;
    setFont(ctx, valueSize, true);
    const values = row.map((f) => wrap(ctx, f.value, width - 12));
    const height =
      12 +
      Math.max(...values.map((v) => v.length)) * 15 * 1.25 +
      Math.max(...labels.map((l) => l.length)) * SIZE.small * LEADING;
    ensureSpace(ctx, height + gap);
    row.forEach((_, i) => {
      const x = ctx.page.left + i * (width + gap);
      ctx.pdf.setFillColor(...tint(ctx.brand, 0.9));
      ctx.pdf.roundedRect(x, ctx.y, width, height, 3, 3, 'F');
      ctx.pdf.setFillColor(...ctx.brand);
      ctx.pdf.rect(x, ctx.y, 2.5, height, 'F');
      setFont(ctx, valueSize, true, ctx.brand);
      values[i]!.forEach((line, j) =>
        ctx.pdf.text(line, x + 8, ctx.y + 6 + valueSize + j * valueSize * 1.25),
      );
      setFont(ctx, SIZE.small, false, INK.muted);
      const labelTop = ctx.y + 10 + values[i]!.length * valueSize * 1.25;
      labels[i]!.forEach((line, j) =>
        ctx.pdf.text(line, x + 8, labelTop + SIZE.small * (1 + j * LEADING)),
      );
    });
    ctx.y += height + gap;
  }
}

/** Column widths in points: given shares first, the rest shared equally. */
function columnWidths(columns: readonly TableColumn[], total: number): number[] {
  const given = columns.reduce((s, c) => s + (c.width ?? 0), 0);
  const free = columns.filter((c) => c.width === undefined).length;
  const rest = free > 0 ? Math.max(0, 1 - given) / free : 0;
  const scale = given + rest * free > 0 ? 1 / (given + rest * free) : 1;
  return columns.map((c) => (c.width ?? rest) * scale * total);
}

function table(
  ctx: PdfContext,
  columns: readonly TableColumn[],
  rows: readonly string[][],
  emphasis: readonly number[],
) {
  const widths = columnWidths(columns, textWidth(ctx));
  const emphasised = new Set(emphasis);
  ensureSpace(ctx, 48);
  autoTable(ctx.pdf, {
    startY: ctx.y,
    margin: {
      left: ctx.page.left,
      right: ctx.page.right,
      top: ctx.page.top,
      bottom: ctx.page.bottom,
    },
    head: [columns.map((c) => drawable(ctx, c.header))],
    body: rows.map((row) => row.map((cell) => drawable(ctx, cell))),
    theme: 'grid',
    rowPageBreak: 'avoid',
    styles: {
      font: REPORT_FONT,
      fontStyle: 'normal',
      fontSize: SIZE.table,
      cellPadding: { top: 3, bottom: 3, left: 4, right: 4 },
      textColor: [...INK.text],
      lineColor: [222, 226, 230],
      lineWidth: 0.4,
      valign: 'top',
      // Chinese has no spaces: cells break with the same CJK-aware breaker as paragraphs.
      overflow: (text, width) =>
        breakLines(Array.isArray(text) ? text.join('\n') : text, width, (s) => measure(ctx, s)),
    },
    headStyles: { fillColor: ctx.brand, textColor: [255, 255, 255], fontStyle: 'bold' },
    alternateRowStyles: { fillColor: tint(ctx.brand, 0.95) },
    columnStyles: Object.fromEntries(
      columns.map((c, i) => [i, { cellWidth: widths[i]!, halign: c.align ?? 'left' }]),
    ),
    didParseCell: (data) => {
      if (data.section === 'body' && emphasised.has(data.row.index)) {
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });
  const finalY = (ctx.pdf as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
  ctx.y = finalY + GAP * 1.5;
}

function notice(ctx: PdfContext, text: string) {
  setFont(ctx, SIZE.body, false, INK.muted);
  const lines = wrap(ctx, text, textWidth(ctx) - 20);
  const height = lines.length * SIZE.body * LEADING + 14;
  ensureSpace(ctx, height);
  ctx.pdf.setDrawColor(...ctx.brand);
  ctx.pdf.setLineDashPattern([3, 2], 0);
  ctx.pdf.setLineWidth(0.6);
  ctx.pdf.roundedRect(ctx.page.left, ctx.y, textWidth(ctx), height, 3, 3, 'S');
  ctx.pdf.setLineDashPattern([], 0);
  ctx.y += 7;
  drawLines(ctx, lines, ctx.page.left + 10, SIZE.body);
  ctx.y += 7 + GAP;
}

/** Height a block needs at least on the page where it starts (a chart: all of it). */
export function minimumHeight(block: Block | undefined): number {
  if (!block) return 0;
  if (block.kind === 'chart') return block.height + SIZE.h3 * LEADING + GAP;
  if (block.kind === 'table') return 60;
  if (block.kind === 'figures') return 70;
  return SIZE.body * LEADING * 3;
}

/** Draws one block at the cursor. */
export function drawBlock(ctx: PdfContext, block: Block, next: readonly Block[] = []) {
  switch (block.kind) {
    case 'heading':
      return heading(ctx, block.text, next);
    case 'paragraph':
      return paragraph(ctx, block.text, block.tone ?? 'normal');
    case 'bullets':
      return bullets(ctx, block.items);
    case 'figures':
      return figures(ctx, block.items);
    case 'table':
      return table(ctx, block.columns, block.rows, block.emphasisRows ?? []);
    case 'notice':
      return notice(ctx, block.text);
    case 'page-break':
      return newPage(ctx);
    case 'chart': {
      const titleHeight = SIZE.h3 * LEADING;
      ensureSpace(ctx, block.height + titleHeight + GAP);
      setFont(ctx, SIZE.small + 1, true, INK.muted);
      drawLines(ctx, wrap(ctx, block.title, textWidth(ctx)), ctx.page.left, SIZE.small + 1);
      drawChart(ctx, block.chart, {
        x: ctx.page.left,
        y: ctx.y + 2,
        width: textWidth(ctx),
        height: block.height,
      });
      ctx.y += block.height + GAP * 2;
      return;
    }
  }
}
