import { describe, expect, it } from 'vitest';
import {
  breakLines,
  breakUnits,
  NO_LINE_END,
  NO_LINE_START,
} from '../../../shared/report/line-break.ts';

// A monospaced measure: CJK characters 1 unit, everything else ½ unit.
const measure = (text: string) =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5), 0);

describe('breakLines', () => {
  it.each([
    [
      'breaks Chinese between any two characters',
      '数据清理完成后方可上线',
      4,
      ['数据清理', '完成后方', '可上线'],
    ],
    [
      'never starts a line with a comma: pulls a character down',
      '数据清理，完成后',
      4,
      ['数据清', '理，完成', '后'],
    ],
    [
      'never starts a line with a full stop or closing bracket',
      '甲乙丙丁。）戊己',
      4,
      ['甲乙丙', '丁。）戊', '己'],
    ],
    ['never ends a line with an opening bracket', '甲乙丙（丁戊）', 4, ['甲乙丙', '（丁戊）']],
    ['keeps Latin words whole', 'Batch management on', 6, ['Batch', 'management', 'on']],
    [
      'mixes Chinese, Latin and digits',
      '批次管理 ERP 系统 38%',
      5,
      ['批次管理', 'ERP 系统', '38%'],
    ],
    ['splits a word wider than the line', 'abcdefghij', 2, ['abcd', 'efgh', 'ij']],
    ['keeps hard line breaks', '第一行\n第二行', 10, ['第一行', '第二行']],
    ['gives one empty line for empty text', '', 10, ['']],
  ])('%s', (_, text, width, lines) => {
    expect(breakLines(text, width, measure)).toEqual(lines);
  });

  it('holds the kinsoku rules on a long paragraph at every width', () => {
    const text =
      '“最全接口清单”是常见误区：只同步必须流动的数据（批次、质检结果、收货），其余按需查询。ERP 与 MES 之间的工单、物料消耗，必须在第一阶段打通；供应商（上游）与客户（下游）在第二阶段接入。';
    for (let width = 3; width <= 30; width += 1) {
      const lines = breakLines(text, width, measure);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      lines.slice(1).forEach((line) => expect(NO_LINE_START.has([...line][0] ?? '')).toBe(false));
      lines
        .slice(0, -1)
        .forEach((line) => expect(NO_LINE_END.has([...line].at(-1) ?? '')).toBe(false));
      lines.forEach((line) => expect(measure(line)).toBeLessThanOrEqual(width + 2));
    }
  });

  it('splits into units: CJK characters, words, spaces', () => {
    expect(breakUnits('追溯 API 对接')).toEqual(['追', '溯', ' ', 'API', ' ', '对', '接']);
  });
});
