/**
 * Text widths estimated without a font engine (shared/ runs in Node and in workers): CJK and
 * full-width characters are one em wide; Latin letters by class, a little above Arial/Helvetica
 * widths (lowercase ~0.5 em, capitals ~0.67 em), so estimated text does not overflow its box.
 */

const isWide = (code: number) =>
  (code >= 0x2e80 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6);

/** Estimated width of one character, in em. */
function charEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (char === ' ') return 0.28;
  if (/[il.,:;'’|!()[\]]/.test(char)) return 0.28;
  if (/[fjrt/-]/.test(char)) return 0.36;
  if (/[mwMW@%]/.test(char)) return 0.82;
  if (/[A-Z]/.test(char)) return 0.68;
  if (/[0-9]/.test(char)) return 0.56;
  return 0.54;
}

/** Estimated width of `text` at `fontSize` px (bold adds 6 %). */
export function textWidth(text: string, fontSize: number, isBold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (isBold ? 1.06 : 1);
}

/**
 * `text` cut to fit `maxWidth` at `fontSize`, with an ellipsis when cut.
 * @example shortenToWidth('Goods receipt with supplier lot', 100, 12) // 'Goods receipt w…'
 */
export function shortenToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  isBold = false,
): string {
  if (textWidth(text, fontSize, isBold) <= maxWidth) return text;
  const chars = [...text];
  let kept = '';
  for (const char of chars) {
    if (textWidth(kept + char + '…', fontSize, isBold) > maxWidth) break;
    kept += char;
  }
  return kept.trimEnd() + '…';
}

/**
 * `text` broken into lines no wider than `maxWidth`: at spaces for Latin text, between any two
 * characters for CJK; explicit line breaks kept; at most `maxLines` (the last one shortened).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Infinity,
  isBold = false,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Tokens: a Latin word with its trailing space, or a single CJK character.
    const tokens = paragraph.match(
      /[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g,
    ) ?? [''];
    let line = '';
    for (const token of tokens) {
      if (line !== '' && textWidth((line + token).trimEnd(), fontSize, isBold) > maxWidth) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line += token;
    }
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shortenToWidth(kept[maxLines - 1]! + '…', maxWidth, fontSize, isBold);
  return kept;
}
