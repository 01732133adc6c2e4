import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/model.ts';
import type { Block, ReportModel } from '../../../shared/report/types.ts';
import { blank, example, TODAY } from './report-fixtures.ts';

const blocksOf = (model: ReportModel): Block[] =>
  model.chapters.flatMap((c) => [...c.intro, ...c.subsections.flatMap((s) => s.blocks)]);

describe('buildReportModel', () => {
  it.each(['en', 'zh-CN'] as const)('the worked example in %s (snapshot)', async (language) => {
    const model = await buildReportModel(example(language), {}, TODAY);
    expect(model.language).toBe(language);
    expect(model).toMatchSnapshot();
  });

  it('has every chart the issue asks for', async () => {
    const kinds = blocksOf(await buildReportModel(example('en'), {}, TODAY)).flatMap((b) =>
      b.kind === 'chart' ? [b.chart.kind] : [],
    );
    expect(new Set(kinds)).toEqual(
      new Set(['radar', 'stacked-bars', 'tornado', 'lines', 'gantt', 'heat-map', 'scene']),
    );
  });

  it('follows the options: language, sections, paper; the date falls back to today', async () => {
    const doc = example('en');
    const model = await buildReportModel(
      doc,
      { language: 'zh-CN', sections: ['summary', 'flows'], paper: 'letter' },
      TODAY,
    );
    expect(model.chapters.map((c) => c.id)).toEqual(['summary', 'flows']);
    expect(model.chapters[0]!.title).toBe('执行摘要');
    expect(model.paper).toBe('letter');
    expect(model.date).toBe(TODAY);
    const dated = await buildReportModel(
      { ...doc, report: { ...doc.report, date: '2027-01-05' } },
      {},
      TODAY,
    );
    expect(dated.date).toBe('2027-01-05');
  });

  it('says plainly which steps are not filled in, instead of empty tables', async () => {
    const model = await buildReportModel(blank(), {}, TODAY);
    const notices = blocksOf(model).filter((b) => b.kind === 'notice');
    expect(notices.map((n) => (n.kind === 'notice' ? n.text : ''))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Step 1 has not been filled in'),
        expect.stringContaining('Step 2 has not been filled in'),
        expect.stringContaining('diagram is empty'),
        expect.stringContaining('Step 3 has not been filled in'),
      ]),
    );
    expect(blocksOf(model).some((b) => b.kind === 'table' && b.rows.length === 0)).toBe(false);
  });
});
