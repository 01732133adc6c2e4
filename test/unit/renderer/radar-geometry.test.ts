import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../shared/text/display-width.ts';
import {
  fitRadar,
  labelPlacement,
  labelTop,
  RADAR_LABEL,
} from '../../../renderer/components/charts/radar-geometry.ts';

const VENDOR_CRITERIA = [
  'Industry experience',
  'Local service capability',
  'Project-management capability',
  'References',
];
const READINESS = [
  'Ownership and governance',
  'Existing systems and data quality',
  'Key data flows',
  'Supplier and customer readiness',
  'Traceability goals and granularity',
  'Budget and timeline',
];
const ZH = ['初期投入成本', '长期维护成本', '实施速度', '数据安全性', '未来扩展性'];

/** The box every wrapped label takes at a laid-out radar, as the chart draws it. */
function labelBoxes(width: number, plotHeight: number, labels: string[]) {
  const layout = fitRadar(width, plotHeight, labels);
  return {
    layout,
    boxes: layout.labelLines.map((lines, i) => {
      const angle = Math.PI / 2 - (2 * Math.PI * i) / labels.length;
      const reach = layout.radius + RADAR_LABEL.tickOffset;
      const x = layout.cx + reach * Math.cos(angle);
      const y = layout.cy - reach * Math.sin(angle);
      const top = labelTop(y, labelPlacement(layout.cy - y), lines.length);
      const wide = Math.max(...lines.map(displayWidth)) * RADAR_LABEL.columnPx;
      // Anchored in the middle on the vertical axis, else at the end nearer the centre.
      const left = Math.abs(x - layout.cx) < 8 ? x - wide / 2 : x > layout.cx ? x : x - wide;
      return {
        top: top - RADAR_LABEL.ascent,
        bottom: top + (lines.length - 1) * RADAR_LABEL.lineHeight + RADAR_LABEL.descent,
        left,
        right: left + wide,
      };
    }),
  };
}

describe('fitRadar', () => {
  it.each([
    ['vendor criteria', VENDOR_CRITERIA, 440, 300],
    ['vendor criteria, wide', VENDOR_CRITERIA, 620, 300],
    ['readiness dimensions', READINESS, 400, 280],
    ['five Chinese criteria', ZH, 440, 320],
    ['eight axes', [...READINESS, 'Training', 'Change management'], 360, 300],
  ])('keeps every label of the %s inside the plot', (_, labels, width, plotHeight) => {
    const { layout, boxes } = labelBoxes(width, plotHeight, labels);
    expect(layout.radius).toBeGreaterThanOrEqual(40);
    for (const box of boxes) {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(plotHeight);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
    }
  });

  it('grows with the room it is given and shrinks for a longer bottom label', () => {
    // Wide enough that the height decides.
    const small = fitRadar(900, 260, VENDOR_CRITERIA).radius;
    const large = fitRadar(900, 360, VENDOR_CRITERIA).radius;
    expect(large).toBeGreaterThan(small);
    const shortBottom = fitRadar(900, 300, ['A', 'B', 'C', 'D']).radius;
    const longBottom = fitRadar(900, 300, ['A', 'B', 'A very long criterion name here', 'D']);
    expect(longBottom.labelLines[2]!.length).toBeGreaterThan(1);
    expect(longBottom.radius).toBeLessThan(shortBottom);
  });

  it('centres the picture between its highest and lowest label', () => {
    const { boxes } = labelBoxes(440, 400, ['Top', 'Right', 'Bottom', 'Left']);
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    expect(top).toBeCloseTo(400 - bottom, 0);
  });
});
