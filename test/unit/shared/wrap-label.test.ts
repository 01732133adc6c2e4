import { describe, expect, it } from 'vitest';
import { displayWidth, alignColumns } from '../../../shared/text/display-width.ts';
import { wrapLabel } from '../../../shared/text/wrap-label.ts';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['数据安全性', 10],
    ['方案 A：云溯', 12],
    ['（0–100）', 9],
    ['', 0],
  ])('%s is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('aligns columns of mixed scripts to the same width', () => {
    const lines = alignColumns([
      ['初期投入成本', '17.5%'],
      ['Data security', '21.3%'],
    ]);
    expect(lines.map(displayWidth)).toEqual([20, 20]);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Ownership and governance', 14, ['Ownership and', 'governance']],
    ['Existing systems and data quality', 16, ['Existing systems', 'and data quality']],
    ['Key data flows', 20, ['Key data flows']],
    ['业务主导与项目治理', 10, ['业务主导与', '项目治理']],
    ['追溯目标与颗粒度', 14, ['追溯目标', '与颗粒度']],
    ['Traceability', 8, ['Traceab-', 'ility']],
    ['Project-management capability', 14, ['Project-', 'management', 'capability']],
    ['ERP/MES-integration', 12, ['ERP/MES-', 'integration']],
    ['one two three four five six', 5, ['one', 'two', 'thre…']],
  ])('%s at %i columns', (text, columns, expected) => {
    const lines = wrapLabel(text, columns);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
  });
});
