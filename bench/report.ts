// The full worked-example report in Node (model + PDF), against bare jsPDF + autotable writing
// the same number of pages of comparable content — a heading, a paragraph, vector shapes and an
// 18-row table per page, made of the report's own text so both embed the same glyphs — with the
// same two Noto Sans SC weights, in the same run.
import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { loadReportFonts } from '../cli/report-command.ts';
import { parseProject } from '../shared/model/parse.ts';
import { buildReportModel } from '../shared/report/model.ts';
import { renderReport } from '../shared/report/render-pdf.ts';
import type { Chart, ReportFonts, ReportModel } from '../shared/report/types.ts';
import { measure } from './measure.ts';

const TODAY = '2026-11-30';

function exampleDocument(language: 'en' | 'zh-CN') {
  const url = new URL(`../templates/examples/food-plant.${language}.json`, import.meta.url);
  const parsed = parseProject(readFileSync(url, 'utf8'));
  if (!parsed.ok) throw new Error('the worked example must parse');
  return parsed.document;
}

const binary = (bytes: Uint8Array) => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]);
  }
  return text;
};

/** Text drawn in a chart: axes, categories, series, Gantt rows, the diagram's labels. */
function chartTexts(chart: Chart): string[] {
  switch (chart.kind) {
    case 'radar':
      return [...chart.axes, ...chart.series.map((s) => s.name)];
    case 'stacked-bars':
      return [...chart.categories, ...chart.series.map((s) => s.name)];
    case 'tornado':
      return chart.rows.map((r) => r.label);
    case 'lines':
      return [...chart.xLabels, ...chart.series.map((s) => s.name)];
    case 'gantt':
      return chart.rows.map((r) => r.label);
    case 'heat-map':
      return [chart.likelihoodLabel, chart.impactLabel];
    case 'scene':
      return chart.scene.items.flatMap((i) => (i.type === 'text' ? [i.text] : []));
  }
}

/** Every text of the model: titles, paragraphs, list items, cells and chart labels. */
function modelTexts(model: ReportModel): string[] {
  const blocks = model.chapters.flatMap((chapter) => [
    { kind: 'heading' as const, text: chapter.title },
    ...chapter.intro,
    ...chapter.subsections.flatMap((s) => [
      { kind: 'heading' as const, text: s.title },
      ...s.blocks,
    ]),
  ]);
  return blocks.flatMap((block): string[] =>
    block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'notice'
      ? [block.text]
      : block.kind === 'bullets'
        ? block.items
        : block.kind === 'table'
          ? [...block.columns.map((c) => c.header), ...block.rows.flat()]
          : block.kind === 'chart'
            ? [block.title, ...chartTexts(block.chart)]
            : [],
  );
}

/** Bare jsPDF: `pages` pages of a heading, a paragraph, shapes and an 18-row table. */
function barePdf(
  fonts: { regular: string; bold: string },
  pages: number,
  texts: readonly string[],
) {
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  pdf.addFileToVFS('r.ttf', fonts.regular);
  pdf.addFont('r.ttf', 'Noto', 'normal');
  pdf.addFileToVFS('b.ttf', fonts.bold);
  pdf.addFont('b.ttf', 'Noto', 'bold');
  const perPage = Math.ceil(texts.length / pages);
  for (let p = 0; p < pages; p += 1) {
    const own = texts.slice(p * perPage, (p + 1) * perPage);
    if (p > 0) pdf.addPage();
    pdf
      .setFont('Noto', 'bold')
      .setFontSize(18)
      .text(own[0] ?? '', 56, 80);
    const lines = pdf.splitTextToSize(own.slice(1, 4).join(' '), 480) as string[];
    pdf.setFont('Noto', 'normal').setFontSize(9.5).text(lines, 56, 110);
    for (let i = 0; i < 12; i += 1) {
      pdf.setFillColor(14, 124, 102).rect(56 + i * 40, 200, 30, 20 + i * 4, 'F');
      pdf.line(56, 240 + i, 536, 240 + i);
    }
    const cells = own.slice(4);
    autoTable(pdf, {
      startY: 300,
      styles: { font: 'Noto', fontSize: 8 },
      headStyles: { fontStyle: 'bold' },
      head: [['#', 'A', 'B']],
      body: Array.from({ length: 18 }, (_, i) => [
        String(i + 1),
        cells[i * 2] ?? '',
        cells[i * 2 + 1] ?? '',
      ]),
    });
  }
  pdf.setCreationDate(new Date(`${TODAY}T00:00:00Z`));
  return new Uint8Array(pdf.output('arraybuffer'));
}

type Row = [name: string, ms: number, baselineMs: number];

/** Median wall time of an async `fn` in ms over 5 runs after one unmeasured run. */
async function measureAsync(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function runReportBench(): Promise<{ rows: Row[] }> {
  const fonts: ReportFonts = await loadReportFonts();
  const strings = { regular: binary(fonts.regular), bold: binary(fonts.bold) };
  const rows: Row[] = [];
  for (const language of ['en', 'zh-CN'] as const) {
    const doc = exampleDocument(language);
    const model = await buildReportModel(doc, {}, TODAY);
    const once = renderReport(model, fonts);
    const texts = modelTexts(model);
    const bare = barePdf(strings, once.pageCount, texts);
    const ours = await measureAsync(async () =>
      renderReport(await buildReportModel(doc, {}, TODAY), fonts),
    );
    const base = measure(() => barePdf(strings, once.pageCount, texts), 5, 1);
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    rows.push([
      `example report ${language}: ${once.pageCount} pages, ${kb(once.bytes.length)} (bare ${kb(bare.length)})`,
      ours,
      base,
    ]);
  }
  return { rows };
}
