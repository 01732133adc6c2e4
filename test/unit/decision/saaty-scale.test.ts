import { describe, expect, it } from 'vitest';
import {
  judgementAt,
  saatyReading,
  SAATY_SLIDER_MAX,
  sliderPosition,
} from '../../../shared/decision/saaty-scale.ts';

describe("Saaty's scale on a slider", () => {
  it.each([
    [-8, 9],
    [-2, 3],
    [0, 1],
    [2, 1 / 3],
    [8, 1 / 9],
  ])('position %d is the judgement %d, and back', (position, judgement) => {
    expect(judgementAt(position)).toBeCloseTo(judgement, 12);
    expect(sliderPosition(judgement)).toBe(position);
  });

  it('rounds a group mean to the nearest step and keeps to the scale', () => {
    expect(sliderPosition(2.4)).toBe(-1);
    expect(sliderPosition(1 / 2.6)).toBe(2);
    expect(sliderPosition(20)).toBe(-SAATY_SLIDER_MAX);
    expect(sliderPosition(null)).toBe(0);
    expect(sliderPosition(0)).toBe(0);
  });

  it.each([
    [1, { side: 'equal', intensity: 1, key: 'equal' }],
    [3, { side: 'row', intensity: 3, key: 'moderate' }],
    [1 / 5, { side: 'col', intensity: 5, key: 'strong' }],
    [8, { side: 'row', intensity: 8, key: 'veryStrongExtreme' }],
    [1 / 9, { side: 'col', intensity: 9, key: 'extreme' }],
  ] as const)('reads %d in words (Saaty 1980, table 1.1)', (value, reading) => {
    expect(saatyReading(value)).toEqual(reading);
  });
});
