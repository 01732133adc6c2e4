/**
 * Saaty's fundamental scale of pairwise judgements (Saaty, T. L. (1980), The Analytic Hierarchy
 * Process, McGraw-Hill, table 1.1) as the app shows it: the judgements 1/9…9 on a slider from −8
 * to 8 whose handle moves toward the more important criterion, and their verbal reading. Left of
 * the centre (negative) the row criterion is more important (−2 → 3), right of it the column
 * criterion (2 → 1/3); the centre is "equally important" (1).
 */

export const SAATY_SLIDER_MAX = 8;

/**
 * Slider position of a judgement; a non-integer group mean rounds to the nearest step.
 *
 * @example sliderPosition(3) // → -2
 * @example sliderPosition(1 / 3) // → 2
 */
export function sliderPosition(judgement: number | null): number {
  if (judgement === null || !(judgement > 0)) return 0;
  const step = judgement >= 1 ? 1 - judgement : 1 / judgement - 1;
  return Math.max(-SAATY_SLIDER_MAX, Math.min(SAATY_SLIDER_MAX, Math.round(step)));
}

/**
 * The judgement "row is x times as important as column" at a slider position.
 *
 * @example judgementAt(-2) // → 3
 * @example judgementAt(2) // → 1/3
 */
export function judgementAt(position: number): number {
  return position <= 0 ? 1 - position : 1 / (1 + position);
}

/**
 * The verbal scale for the intensities 1…9 (index = intensity − 1): odd values have their own
 * words, even values are "between" their neighbours. The UI's words are these keys under
 * `workshop.saaty` in the i18n files.
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

/**
 * The reading of a judgement "row is `value` times as important as column".
 *
 * @example saatyReading(1 / 5) // → { side: 'col', intensity: 5, key: 'strong' }
 */
export function saatyReading(value: number): SaatyReading {
  const position = sliderPosition(value);
  const intensity = Math.abs(position) + 1;
  return {
    side: position < 0 ? 'row' : position > 0 ? 'col' : 'equal',
    intensity,
    key: SAATY_VERBAL_KEYS[intensity - 1]!,
  };
}
