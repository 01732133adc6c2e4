import type { Language } from '../../../shared/model/schema.ts';

/** Display helpers of the step-2 page (number formats only; no decision maths here). */

/** A 0…1 share as "41.3%". */
export const percent = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;

/** A score or mean with at most one decimal. */
export const oneDecimal = (value: number | null) =>
  value === null ? '—' : String(Math.round(value * 10) / 10);

/**
 * Money in the project's currency in the UI language's format: whole units, or `compact`
 * ("CN¥1.55M", "¥155万") where columns are narrow.
 */
export function money(amount: number, currency: string, language: Language, compact = false) {
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      ...(compact
        ? { notation: 'compact', maximumSignificantDigits: 3 }
        : { maximumFractionDigits: 0 }),
    }).format(amount);
  } catch {
    // A currency code Intl does not know (free text in the file): plain number and the code.
    return `${new Intl.NumberFormat(language).format(Math.round(amount))} ${currency}`;
  }
}

/** Series colours of the charts, distinguishable in light and dark themes. */
export const SERIES_COLORS = [
  '#0e7c66',
  '#d4862b',
  '#3f6fd8',
  '#b8458f',
  '#6a9a1f',
  '#8c5a3c',
  '#2b9bb0',
  '#c0392b',
  '#7a6bd1',
  '#9a9a2b',
];
export const seriesColor = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length]!;
