/**
 * Small helpers for the derived text of the decision analysis, in both languages.
 */

/**
 * A 0…1 share as a percentage with at most one decimal ("41%", "40.6%"): thresholds are exact,
 * and rounding 40.6 % up to 41 % would state a weight at which the change has already happened.
 * `up` / `down` round toward the side a sentence needs to stay true ("more than" / "less than").
 * A share strictly between 0 and 1 that would round to "100%" or "0%" that way gets as many
 * decimals as it needs (up to 6): "more than 99.9999%", not the vacuous "more than 100%".
 */
export function formatPercent(
  share: number,
  rounding: 'nearest' | 'up' | 'down' = 'nearest',
): string {
  const isInside = share > 0 && share < 1;
  for (let decimals = 1; ; decimals++) {
    // The 1e-9 keeps a share that is exactly on a tenth (0.4 → 399.99999999999994) where it is.
    const scaled = share * 100 * 10 ** decimals;
    const rounded =
      rounding === 'up'
        ? Math.ceil(scaled - 1e-9)
        : rounding === 'down'
          ? Math.floor(scaled + 1e-9)
          : Math.round(scaled);
    const percent = rounded / 10 ** decimals;
    const isVacuous =
      isInside && ((rounding === 'up' && percent >= 100) || (rounding === 'down' && percent <= 0));
    if (isVacuous && decimals < 6) continue;
    return `${Number(percent.toFixed(decimals))}%`;
  }
}

const isHan = (ch: string | undefined) => ch !== undefined && /[\u3400-\u9fff]/.test(ch);
const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9%]/.test(ch);

/**
 * Concatenates pieces of a Chinese sentence, adding the customary space where a Han character
 * meets a Latin letter or digit at a seam between pieces ("超过 SaaS", "超过 41% 时"). Text inside
 * a piece — a user's candidate name — is left exactly as typed.
 */
export function joinChinese(...pieces: string[]): string {
  return pieces.reduce((text, piece) => {
    const a = text.at(-1);
    const b = piece.at(0);
    const needsSpace = (isHan(a) && isLatin(b)) || (isLatin(a) && isHan(b));
    return needsSpace ? `${text} ${piece}` : text + piece;
  }, '');
}

/** A list of names: "A, B and C" / "A、B 和 C"… kept short: "A, B and 3 more" past `limit`. */
export function nameList(names: readonly string[], limit = 3): { en: string; zh: string } {
  const shown = names.slice(0, limit);
  const rest = names.length - shown.length;
  if (rest > 0) {
    return {
      en: `${shown.join(', ')} and ${rest} more`,
      zh: joinChinese(shown.join('、'), `等 ${names.length} 项`),
    };
  }
  if (shown.length <= 1) return { en: shown[0] ?? '', zh: shown[0] ?? '' };
  return {
    en: `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`,
    zh: joinChinese(shown.slice(0, -1).join('、'), '和', shown.at(-1)!),
  };
}

/** A number with at most `digits` decimals, no trailing zeros ("0.17", "6", "1.13"). */
export function formatNumber(x: number, digits = 2): string {
  return String(Number(x.toFixed(digits)));
}

/** A pairwise judgement as people write it: "3", "1/3", "1.13", "1/2.5". */
export function formatJudgement(value: number): string {
  return value >= 1 ? formatNumber(value) : `1/${formatNumber(1 / value)}`;
}
