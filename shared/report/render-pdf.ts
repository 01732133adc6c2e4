import { jsPDF } from 'jspdf';
import { fontCoverage, registerReportFonts } from './fonts.ts';
import { describeCharacter } from './glyph-check.ts';
import {
  drawLines,
  hexToRgb,
  INK,
  LEADING,
  newPage,
  setFont,
  textWidth,
  tint,
  wrap,
  type GlyphWarning,
  type OutlineEntry,
  type PageGeometry,
  type PdfContext,
} from './pdf-context.ts';
import { drawBlock, minimumHeight, SIZE } from './render-blocks.ts';
import { drawCover } from './render-cover.ts';
import type { Block, ReportFonts, ReportModel } from './types.ts';

export type { GlyphWarning, OutlineEntry } from './pdf-context.ts';

/**
 * Lays the report model out as a PDF with jsPDF and jspdf-autotable — no DOM, so the app, the
 * CLI and the tests produce the same bytes for the same model and fonts.
 */

/** Paper sizes in points (ISO 216 A4 210 × 297 mm; US Letter 8.5 × 11 in). */
export const PAPER = { a4: [595.28, 841.89], letter: [612, 792] } as const;

/** The PDF and what a caller should tell the user. */
export type RenderedReport = {
  bytes: Uint8Array;
  pageCount: number;
  /** Chapters and subsections with the page each starts on (as in the table of contents). */
  outline: OutlineEntry[];
  /** Characters the font could not draw (shown as □ or, if invisible, left out). */
  warnings: GlyphWarning[];
};

const TOC_LINES_PER_PAGE = 38;

function geometry(paper: ReportModel['paper']): PageGeometry {
  const [width, height] = PAPER[paper];
  return { width, height, left: 56, right: 56, top: 64, bottom: 58 };
}

function chapterHeading(ctx: PdfContext, title: string) {
  setFont(ctx, SIZE.h1, true, ctx.brand);
  drawLines(ctx, wrap(ctx, title, textWidth(ctx)), ctx.page.left, SIZE.h1);
  ctx.pdf.setDrawColor(...ctx.brand);
  ctx.pdf.setLineWidth(1.2);
  ctx.pdf.line(ctx.page.left, ctx.y + 2, ctx.page.left + 48, ctx.y + 2);
  ctx.y += 14;
}

function subsectionHeading(ctx: PdfContext, title: string, first: Block | undefined) {
  const size = SIZE.h2;
  const keep = size * LEADING * 2 + minimumHeight(first);
  if (ctx.y + keep > ctx.page.height - ctx.page.bottom) newPage(ctx);
  ctx.y += 6;
  setFont(ctx, size, true);
  drawLines(ctx, wrap(ctx, title, textWidth(ctx)), ctx.page.left, size);
  ctx.y += 3;
}

/** Number of table-of-contents pages the model needs (reserved before the chapters). */
function tocPages(model: ReportModel): number {
  const lines = model.chapters.reduce((n, c) => n + 1 + c.subsections.length, 0);
  return Math.max(1, Math.ceil(lines / TOC_LINES_PER_PAGE));
}

function drawToc(ctx: PdfContext, firstPage: number) {
  const { pdf, page } = ctx;
  pdf.setPage(firstPage);
  ctx.y = page.top;
  setFont(ctx, SIZE.h1, true, ctx.brand);
  drawLines(ctx, [ctx.model.words.contents], page.left, SIZE.h1);
  ctx.y += 10;
  let line = 0;
  for (const entry of ctx.outline) {
    if (line > 0 && line % TOC_LINES_PER_PAGE === 0) {
      pdf.setPage(firstPage + line / TOC_LINES_PER_PAGE);
      ctx.y = page.top;
    }
    line += 1;
    const isChapter = entry.level === 1;
    const size = isChapter ? 11 : 9.5;
    const indent = isChapter ? 0 : 14;
    if (isChapter) ctx.y += 5;
    setFont(ctx, size, isChapter, isChapter ? INK.text : INK.muted);
    const number = String(entry.page);
    const numberWidth = pdf.getStringUnitWidth(number) * size;
    const [title = ''] = wrap(ctx, entry.title, textWidth(ctx) - indent - numberWidth - 24);
    const baseline = ctx.y + size * 1.05;
    pdf.text(title, page.left + indent, baseline);
    pdf.text(number, page.width - page.right, baseline, { align: 'right' });
    const titleEnd = page.left + indent + pdf.getStringUnitWidth(title) * size + 4;
    pdf.setDrawColor(190, 190, 190);
    pdf.setLineWidth(0.5);
    pdf.setLineDashPattern([0.6, 2.4], 0);
    pdf.line(titleEnd, baseline, page.width - page.right - numberWidth - 4, baseline);
    pdf.setLineDashPattern([], 0);
    pdf.link(page.left, ctx.y, textWidth(ctx), size * LEADING, { pageNumber: entry.page });
    ctx.y += size * LEADING + 1;
  }
}

/** Running header (title, consultancy) and footer (confidentiality, page x of y). */
function drawRunningHeads(ctx: PdfContext) {
  const { pdf, page, model } = ctx;
  const total = pdf.getNumberOfPages();
  for (let p = 2; p <= total; p += 1) {
    pdf.setPage(p);
    setFont(ctx, 7.5, false, INK.muted);
    const half = textWidth(ctx) / 2 - 8;
    const [header = ''] = wrap(ctx, model.words.header, half);
    pdf.text(header, page.left, 38);
    const [consultancy = ''] = wrap(ctx, model.cover.subtitle, half);
    pdf.text(consultancy, page.width - page.right, 38, { align: 'right' });
    pdf.setDrawColor(...tint(ctx.brand, 0.5));
    pdf.setLineWidth(0.5);
    pdf.line(page.left, 44, page.width - page.right, 44);
    const footerY = page.height - 30;
    pdf.line(page.left, footerY - 12, page.width - page.right, footerY - 12);
    if (model.confidentiality !== '') {
      const [line = ''] = wrap(ctx, model.confidentiality, textWidth(ctx) - 90);
      pdf.text(line, page.left, footerY);
    }
    const pageOf = model.words.pageOf
      .replace('{page}', String(p))
      .replace('{total}', String(total));
    pdf.text(pageOf, page.width - page.right, footerY, { align: 'right' });
  }
}

/**
 * Renders the report step by step: yields the share done (0–1) after each chapter, returns the
 * PDF. `renderReport` runs it to the end; the app awaits between steps to show progress.
 */
export function* renderReportSteps(
  model: ReportModel,
  fonts: ReportFonts,
): Generator<number, RenderedReport> {
  const page = geometry(model.paper);
  const pdf = new jsPDF({ unit: 'pt', format: [page.width, page.height], compress: true });
  registerReportFonts(pdf, fonts);
  const ctx: PdfContext = {
    pdf,
    model,
    page,
    y: page.top,
    brand: hexToRgb(model.brandColor),
    coverage: fontCoverage(fonts),
    place: model.cover.title,
    missing: new Map(),
    outline: [],
  };
  drawCover(ctx);
  const tocStart = 2;
  const tocCount = tocPages(model);
  for (let i = 0; i < tocCount; i += 1) newPage(ctx);
  yield 0.05;
  for (const [index, chapter] of model.chapters.entries()) {
    ctx.place = chapter.title;
    newPage(ctx);
    ctx.outline.push({ title: chapter.title, level: 1, page: pdf.getNumberOfPages() });
    chapterHeading(ctx, chapter.title);
    chapter.intro.forEach((block, i) => drawBlock(ctx, block, chapter.intro.slice(i + 1)));
    for (const sub of chapter.subsections) {
      subsectionHeading(ctx, sub.title, sub.blocks[0]);
      // The heading may have moved to a new page: record where it was drawn.
      ctx.outline.push({ title: sub.title, level: 2, page: pdf.getCurrentPageInfo().pageNumber });
      sub.blocks.forEach((block, i) => drawBlock(ctx, block, sub.blocks.slice(i + 1)));
    }
    yield 0.05 + (0.85 * (index + 1)) / model.chapters.length;
  }
  ctx.place = model.words.contents;
  drawToc(ctx, tocStart);
  drawRunningHeads(ctx);
  for (const entry of ctx.outline) {
    if (entry.level === 1) pdf.outline.add(null, entry.title, { pageNumber: entry.page });
  }
  const date = new Date(`${model.date}T00:00:00Z`);
  pdf.setCreationDate(date);
  pdf.setDocumentProperties({
    title: model.cover.title,
    subject: model.cover.subtitle,
    creator: 'TraceReady',
  });
  pdf.setFileId('0'.repeat(32));
  const bytes = new Uint8Array(pdf.output('arraybuffer'));
  const warnings = [...ctx.missing].map(([character, places]) => ({
    character: describeCharacter(character),
    places: [...places],
  }));
  return { bytes, pageCount: pdf.getNumberOfPages(), outline: ctx.outline, warnings };
}

/** Renders the whole report at once (CLI, tests, benchmark). */
export function renderReport(model: ReportModel, fonts: ReportFonts): RenderedReport {
  const steps = renderReportSteps(model, fonts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The PDF bytes of the report. */
export function renderReportPdf(model: ReportModel, fonts: ReportFonts): Uint8Array {
  return renderReport(model, fonts).bytes;
}
