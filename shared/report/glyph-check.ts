import type { GlyphCoverage } from './cmap.ts';

/**
 * Text made drawable by the report's font: characters the font lacks are replaced by a visible
 * mark and listed, invisible format characters (bidi marks, zero-width joiners) are removed and
 * listed — nothing disappears silently.
 */

/** Shown where the font has no glyph for a character (WHITE SQUARE, in Noto Sans SC). */
export const MISSING_GLYPH_MARK = '□';

/** Format characters (Unicode category Cf), such as U+200F RIGHT-TO-LEFT MARK. */
const FORMAT_CHARACTER = /\p{Cf}/u;

export type DrawableText = { text: string; missing: string[] };

/** Makes `text` drawable with a font of the given coverage. */
export function drawableText(text: string, hasGlyph: GlyphCoverage): DrawableText {
  let out = '';
  const missing: string[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') out += ch === '\t' ? ' ' : ch;
    else if (FORMAT_CHARACTER.test(ch)) missing.push(ch);
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) missing.push(ch);
    else if (hasGlyph(code)) out += ch;
    else {
      missing.push(ch);
      out += MISSING_GLYPH_MARK;
    }
  }
  return { text: out, missing };
}

/** "U+20000 𠀀" — how a missing character is named in a warning. */
export function describeCharacter(ch: string): string {
  const codePoint = ch.codePointAt(0)!;
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const isInvisible = FORMAT_CHARACTER.test(ch) || codePoint < 0x20 || codePoint === 0x7f;
  return isInvisible ? `U+${hex}` : `U+${hex} ${ch}`;
}
