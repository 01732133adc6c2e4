import { describe, expect, it } from 'vitest';
import { moveIntoLanes } from '../../../shared/diagram/lane-edits.ts';
import { shortenToWidth, textWidth, wrapText } from '../../../shared/diagram/text-metrics.ts';
import { exampleDocument } from '../shared/fixtures.ts';

describe('text metrics', () => {
  it.each([
    ['CJK characters are one em', '追溯平台', 12, 48],
    ['full-width punctuation is one em', '（）', 10, 20],
    ['an empty string is nothing', '', 12, 0],
  ])('%s', (_name, text, size, width) => {
    expect(textWidth(text, size)).toBeCloseTo(width);
  });

  it('estimates Latin text a little wider than Arial (so it never overflows)', () => {
    // Arial: "Traceability platform" at 12 px is about 112 px wide.
    const width = textWidth('Traceability platform', 12);
    expect(width).toBeGreaterThan(112);
    expect(width).toBeLessThan(140);
    expect(textWidth('Traceability platform', 12, true)).toBeGreaterThan(width);
  });

  it.each([
    ['Goods receipt with supplier lot', 108, 12],
    ['实验室信息管理系统（LIMS）', 108, 12],
    ['x'.repeat(200), 50, 12],
  ])('shortens %s to fit, ending with an ellipsis', (text, max, size) => {
    const short = shortenToWidth(text, max, size);
    expect(textWidth(short, size)).toBeLessThanOrEqual(max);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1).trimEnd())).toBe(true);
  });

  it('leaves text that fits alone', () => {
    expect(shortenToWidth('ERP', 100, 12)).toBe('ERP');
  });

  it('wraps Latin at spaces and CJK anywhere, within the width and line count', () => {
    expect(wrapText('Retail customer portal', 120, 19, 3, true)).toEqual([
      'Retail',
      'customer',
      'portal',
    ]);
    const zh = wrapText('收货时扫描供应商 GS1 DataMatrix（GTIN + 批号 AI 10）。', 164, 12);
    for (const line of zh) expect(textWidth(line, 12)).toBeLessThanOrEqual(164);
    expect(zh.join('').replace(/\s/g, '')).toBe(
      '收货时扫描供应商 GS1 DataMatrix（GTIN + 批号 AI 10）。'.replace(/\s/g, ''),
    );
    const two = wrapText('A very long system name that goes on and on', 100, 19, 2, true);
    expect(two).toHaveLength(2);
    expect(two[1]!.endsWith('…')).toBe(true);
  });
});

describe('dropping systems into lanes', () => {
  it('moves and re-lanes in one edit, leaving the others alone', () => {
    const doc = exampleDocument('en');
    const next = moveIntoLanes(
      doc,
      new Map([
        ['sys-wms', { x: 0, y: 600 }],
        ['sys-erp', { x: 240, y: 0 }],
      ]),
      new Map([['sys-wms', 'upstream' as const]]),
    );
    const system = (id: string) => next.flows.systems.find((s) => s.id === id)!;
    expect(system('sys-wms')).toMatchObject({ lane: 'upstream', position: { x: 0, y: 600 } });
    expect(system('sys-erp')).toMatchObject({ lane: 'internal', position: { x: 240, y: 0 } });
    expect(system('sys-mes')).toBe(doc.flows.systems.find((s) => s.id === 'sys-mes'));
  });

  it('is a plain move without lanes', () => {
    const doc = exampleDocument('en');
    const next = moveIntoLanes(doc, new Map([['note-scan', { x: 5, y: 5 }]]));
    expect(next.flows.notes[0]!.position).toEqual({ x: 5, y: 5 });
    expect(next.flows.systems).toEqual(doc.flows.systems);
  });
});
