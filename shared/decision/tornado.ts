import { scoresAtWeight, type WeightLines } from './sensitivity.ts';

/**
 * Data for a tornado diagram of weight sensitivity: one bar per criterion showing how today's
 * top subject's lead over the best other subject moves when that criterion's weight swings by
 * ±`swing` (percentage points, clamped to 0…100 %), the other weights rescaled proportionally
 * as in `reweight` (sensitivity.ts). A bar that crosses zero means the swing alone changes the winner;
 * longer bars are criteria whose weights deserve the most care. Bars are sorted longest first.
 */
export type TornadoBar = {
  /** Index of the criterion in the list given. */
  criterion: number;
  currentWeight: number;
  lowWeight: number;
  highWeight: number;
  /** Top subject's weighted-sum score at the low and the high weight. */
  topScoreAtLow: number;
  topScoreAtHigh: number;
  /** Top subject's score minus the best other subject's, at the low and the high weight. */
  marginAtLow: number;
  marginAtHigh: number;
};

/**
 * Default swing: ±10 percentage points of weight. TraceReady's choice, not from a source: about
 * the spread between raters' direct weights in the worked example (10–35 % per criterion).
 */
export const DEFAULT_TORNADO_SWING = 0.1;

function margin(scores: readonly number[], top: number): number {
  let other = Number.NEGATIVE_INFINITY;
  scores.forEach((s, i) => {
    if (i !== top && s > other) other = s;
  });
  return other === Number.NEGATIVE_INFINITY ? 0 : scores[top]! - other;
}

/**
 * Tornado bars for criteria given as their {@link WeightLines}; `top` is today's top subject.
 * With a single subject every margin is 0.
 */
export function tornadoBars(
  lines: readonly WeightLines[],
  top: number,
  swing = DEFAULT_TORNADO_SWING,
): TornadoBar[] {
  if (top < 0) return [];
  const bars = lines.map((l, criterion): TornadoBar => {
    const lowWeight = l.isAdjustable ? Math.max(0, l.weight - swing) : l.weight;
    const highWeight = l.isAdjustable ? Math.min(1, l.weight + swing) : l.weight;
    const low = scoresAtWeight(l, lowWeight);
    const high = scoresAtWeight(l, highWeight);
    return {
      criterion,
      currentWeight: l.weight,
      lowWeight,
      highWeight,
      topScoreAtLow: low[top] ?? 0,
      topScoreAtHigh: high[top] ?? 0,
      marginAtLow: margin(low, top),
      marginAtHigh: margin(high, top),
    };
  });
  const length = (b: TornadoBar) => Math.abs(b.marginAtHigh - b.marginAtLow);
  return bars.sort((a, b) => length(b) - length(a) || a.criterion - b.criterion);
}
