/**
 * Saaty's 1/9…9 judgements on a slider from −8 to 8: the handle moves toward the more important
 * criterion. Left of the centre (negative) the row criterion is more important (−2 → 3), right
 * of it the column criterion (2 → 1/3); the centre is "equally important" (1).
 */
export const SAATY_SLIDER_MAX = 8;

/** Slider position of a judgement; non-integer group means round to the nearest step. */
export function sliderPosition(judgement: number | null): number {
  if (judgement === null || !(judgement > 0)) return 0;
  const step = judgement >= 1 ? -(judgement - 1) : 1 / judgement - 1;
  return Math.max(-SAATY_SLIDER_MAX, Math.min(SAATY_SLIDER_MAX, Math.round(step)));
}

/** The judgement "row is x times as important as column" at a slider position. */
export function judgementAt(position: number): number {
  return position <= 0 ? 1 - position : 1 / (1 + position);
}
