/**
 * Terminal columns of text, so that tables with Chinese names line up: East Asian Wide and
 * Fullwidth characters take two columns (Unicode Standard Annex #11, "East Asian Width").
 * The ranges cover Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility
 * ideographs, vertical and compatibility forms, and the fullwidth forms.
 */
const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns a terminal draws `text` in (wide characters count 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE_CHARACTER.test(ch) ? 2 : 1;
  return width;
}

/** `text` padded with spaces on the right to `width` columns. */
export const padEndToWidth = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` padded with spaces on the left to `width` columns. */
export const padStartToWidth = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/**
 * Rows laid out as columns two spaces apart: the first column left-aligned, the others
 * right-aligned (numbers), each as wide as its widest cell.
 */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === 0 ? padEndToWidth(cell, widths[i] ?? 0) : padStartToWidth(cell, widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}
