import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/model.ts';
import { renderReport } from '../../../shared/report/render-pdf.ts';
import { example, fonts, pageText, poppler, TODAY, writeTemp } from './report-fixtures.ts';

// The PDFs are checked with poppler-utils, as a reader would open them.
const render = async (language: 'en' | 'zh-CN', paper?: 'a4' | 'letter') => {
  const report = renderReport(
    await buildReportModel(example(language), paper ? { paper } : {}, TODAY),
    fonts,
  );
  return { report, path: writeTemp(report.bytes, `food-plant.${language}.pdf`) };
};

const en = await render('en');
const zh = await render('zh-CN');

describe.each([
  [
    'en',
    en,
    [
      'Executive summary',
      'Step 1 — Self-audit',
      'Readiness per dimension',
      'Huaxin Foods Co., Ltd.',
      'Critical path:',
    ],
  ],
  ['zh-CN', zh, ['执行摘要', '第一步：内部需求自审', '各维度准备度', '关键路径：', '华欣食品']],
] as const)('the worked example in %s', (_, { report, path }, phrases) => {
  it('extracts its text exactly (pdftotext)', () => {
    const text = poppler('pdftotext', path, '-');
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('puts every heading of the table of contents on the page it says', () => {
    expect(report.outline.length).toBeGreaterThan(10);
    for (const entry of report.outline) {
      expect(pageText(path, entry.page).replace(/\s+/g, ' ')).toContain(
        entry.title.replace(/\s+/g, ' '),
      );
    }
    const toc = pageText(path, 2);
    for (const entry of report.outline.filter((e) => e.level === 1))
      expect(toc).toContain(entry.title);
  });

  it('is A4 with the page count it reports, and a page x of y footer (pdfinfo)', () => {
    const info = poppler('pdfinfo', path);
    expect(info).toMatch(new RegExp(`Pages:\\s+${report.pageCount}\\n`));
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(report.pageCount).toBeGreaterThanOrEqual(12);
    const last = pageText(path, report.pageCount);
    expect(last).toMatch(
      new RegExp(
        `(Page ${report.pageCount} of ${report.pageCount}|第 ${report.pageCount} 页，共 ${report.pageCount} 页)`,
      ),
    );
  });

  it('embeds Noto Sans SC as a subset (pdffonts)', () => {
    const fontsTable = poppler('pdffonts', path);
    expect(fontsTable).toMatch(/[A-Z]{6}\+NotoSansSC\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('reports no missing glyph in the example', () => {
    expect(report.warnings).toEqual([]);
  });
});

describe('paper and determinism', { timeout: 60_000 }, () => {
  it('renders US Letter on request', async () => {
    const { path } = await render('en', 'letter');
    expect(poppler('pdfinfo', path)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('gives the same bytes for the same document, options and day', async () => {
    const again = renderReport(await buildReportModel(example('en'), {}, TODAY), fonts);
    expect(Buffer.from(again.bytes).equals(Buffer.from(en.report.bytes))).toBe(true);
  });

  it('renders pages to PNG with pdftoppm for a person to look at', () => {
    const prefix = join(dirname(zh.path), 'page');
    poppler('pdftoppm', '-png', '-r', '40', '-f', '1', '-l', '3', zh.path, prefix);
    const pngs = readdirSync(dirname(zh.path)).filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(3);
    for (const png of pngs) {
      const file = join(dirname(zh.path), png);
      expect(existsSync(file) && statSync(file).size).toBeGreaterThan(2000);
    }
  });
});
