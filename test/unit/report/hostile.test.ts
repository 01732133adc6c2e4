import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { buildReportModel } from '../../../shared/report/model.ts';
import { renderReport } from '../../../shared/report/render-pdf.ts';
import { blank, example, fonts, poppler, TODAY, writeTemp } from './report-fixtures.ts';

/** The example with hostile text in names that appear throughout the report. */
function hostile(): ProjectDocument {
  const doc = example('zh-CN');
  const long = '超长名称'.repeat(45);
  return {
    ...doc,
    meta: {
      ...doc.meta,
      title: `<script>alert("x")</script> ${long}`,
      client: '\u200f\u202eRTL 客户 \u200f',
    },
    decision: {
      ...doc.decision,
      vendors: doc.decision.vendors.map((v, i) =>
        i === 0
          ? { ...v, name: '𠀀供应商 鿏 😀 <b>bold</b>' }
          : { ...v, name: `${v.name} ${'W'.repeat(150)}` },
      ),
      candidates: doc.decision.candidates.map((c, i) =>
        i === 0 ? { ...c, name: `${c.name} ${'数据'.repeat(90)}` } : c,
      ),
    },
    rollout: {
      ...doc.rollout,
      risks: doc.rollout.risks.map((r) => ({ ...r, text: `${r.text} 🚨 ${'风险'.repeat(200)}` })),
    },
  };
}

const hostileReport = renderReport(await buildReportModel(hostile(), {}, TODAY), fonts);

describe('hostile text', () => {
  const report = hostileReport;
  const path = writeTemp(report.bytes);

  it('still gives a valid PDF that extracts', () => {
    expect(poppler('pdfinfo', path)).toMatch(/Pages:\s+\d+/);
    const text = poppler('pdftotext', path, '-');
    expect(text).toContain('鿏');
    expect(text).toContain('<script>alert("x")</script>');
  });

  it('lists every character the font cannot draw, none dropped silently', () => {
    const missing = report.warnings.map((w) => w.character);
    expect(missing).toEqual(
      expect.arrayContaining(['U+20000 𠀀', 'U+1F600 😀', 'U+1F6A8 🚨', 'U+200F']),
    );
    expect(missing).not.toContain('U+9FCF 鿏');
    // A bidi override never reaches the PDF: the report is built from the document as exported.
    expect(missing).not.toContain('U+202E');
    const vendor = report.warnings.find((w) => w.character === 'U+20000 𠀀');
    expect(vendor?.places).toContain('第二步：对接方案与供应商选型');
  });
});

describe('an empty project', { timeout: 60_000 }, () => {
  it('gives a short, valid PDF that says what is missing', async () => {
    const report = renderReport(await buildReportModel(blank(), {}, TODAY), fonts);
    const path = writeTemp(report.bytes);
    expect(poppler('pdfinfo', path)).toMatch(new RegExp(`Pages:\\s+${report.pageCount}`));
    expect(poppler('pdftotext', path, '-')).toContain('Step 3 has not been filled in yet');
  });
});
