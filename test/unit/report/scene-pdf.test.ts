import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../shared/diagram/scene-types.ts';
import { renderReport } from '../../../shared/report/render-pdf.ts';
import type { ReportModel } from '../../../shared/report/types.ts';
import { fonts, pageText, poppler, TODAY, writeTemp } from './report-fixtures.ts';

const scene: Scene = {
  width: 400,
  height: 200,
  background: '#ffffff',
  items: [
    {
      type: 'rect',
      x: 10,
      y: 10,
      width: 120,
      height: 60,
      radius: 6,
      fill: '#e8f3f0',
      stroke: '#0e7c66',
      strokeWidth: 1,
    },
    {
      type: 'text',
      x: 70,
      y: 40,
      text: 'ERP 系统',
      fontSize: 14,
      fill: '#212529',
      anchor: 'middle',
      lang: 'zh-CN',
    },
    {
      type: 'rect',
      x: 260,
      y: 120,
      width: 120,
      height: 60,
      fill: '#fff',
      stroke: '#333',
      dash: [4, 2],
    },
    {
      type: 'text',
      x: 320,
      y: 150,
      text: 'MES',
      fontSize: 14,
      fill: '#212529',
      anchor: 'middle',
      fontWeight: 'bold',
    },
    {
      type: 'path',
      points: [
        { x: 130, y: 40 },
        { x: 200, y: 40 },
        { x: 200, y: 150 },
        { x: 260, y: 150 },
      ],
      stroke: '#555555',
      strokeWidth: 1.5,
      arrowEnd: true,
      arrowStart: true,
    },
  ],
};

const model: ReportModel = {
  language: 'zh-CN',
  paper: 'a4',
  brandColor: '#0e7c66',
  logo: '',
  date: TODAY,
  confidentiality: '',
  cover: { title: '场景测试', subtitle: '测试', lines: [] },
  words: { contents: '目录', pageOf: '第 {page} 页，共 {total} 页', header: '场景' },
  chapters: [
    {
      id: 'flows',
      title: '数据流',
      intro: [{ kind: 'chart', title: '手绘场景', height: 200, chart: { kind: 'scene', scene } }],
      subsections: [],
    },
  ],
};

describe('sceneToPdf', { timeout: 60_000 }, () => {
  it('draws a hand-made scene: boxes, an orthogonal arrow, Chinese and Latin labels', () => {
    const report = renderReport(model, fonts);
    const path = writeTemp(report.bytes);
    expect(report.pageCount).toBe(3);
    const text = pageText(path, 3);
    expect(text).toContain('ERP 系统');
    expect(text).toContain('MES');
    expect(report.warnings).toEqual([]);
    expect(poppler('pdfinfo', path)).toContain('Pages:');
  });
});
