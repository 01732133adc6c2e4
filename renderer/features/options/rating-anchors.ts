/**
 * The anchored descriptions of the 1–10 rating scale, so raters in different departments mean
 * the same by a 7: 1–2 poor, 3–4 weak, 5–6 adequate, 7–8 good, 9–10 excellent.
 */
export const ratingAnchors = [
  { key: 'poor', range: '1–2', color: 'red' },
  { key: 'weak', range: '3–4', color: 'orange' },
  { key: 'adequate', range: '5–6', color: 'gold' },
  { key: 'good', range: '7–8', color: 'green' },
  { key: 'excellent', range: '9–10', color: 'cyan' },
] as const;

export type RatingAnchor = (typeof ratingAnchors)[number]['key'];

/** The anchor a rating falls in (values outside 1–10 take the nearest end). */
export function anchorOf(rating: number): RatingAnchor {
  const index = Math.min(4, Math.max(0, Math.ceil(rating / 2) - 1));
  return ratingAnchors[index]!.key;
}
