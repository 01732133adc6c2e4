import { SAATY_SLIDER_MAX, judgementAt, sliderPosition } from '../options/saaty-scale.ts';

/**
 * Saaty's verbal scale for the intensities 1…9 (Saaty 1980, The Analytic Hierarchy Process,
 * table 1.1): odd values have their own words, even values are "between" their neighbours.
 * Keys of `workshop.saaty` in the i18n files, index = intensity − 1.
 */
export const SAATY_VERBAL_KEYS = [
  'equal',
  'equalModerate',
  'moderate',
  'moderateStrong',
  'strong',
  'strongVeryStrong',
  'veryStrong',
  'veryStrongExtreme',
  'extreme',
] as const;
export type SaatyVerbalKey = (typeof SAATY_VERBAL_KEYS)[number];

/** How a judgement reads: which side is more important, and by which intensity (1…9). */
export type SaatyReading = {
  side: 'row' | 'col' | 'equal';
  intensity: number;
  key: SaatyVerbalKey;
};

/** The reading of a judgement "row is `value` times as important as column". */
export function saatyReading(value: number): SaatyReading {
  const position = sliderPosition(value);
  const intensity = Math.abs(position) + 1;
  return {
    side: position < 0 ? 'row' : position > 0 ? 'col' : 'equal',
    intensity,
    key: SAATY_VERBAL_KEYS[intensity - 1]!,
  };
}

export { SAATY_SLIDER_MAX, judgementAt, sliderPosition };
