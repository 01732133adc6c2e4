/**
 * Text from a project file written into an export (XML, Markdown, CSV, YAML, JSON, iCalendar,
 * PDF): characters that would make the file ill-formed or make it lie to its reader are left
 * out, so every export is well-formed and shows what it says. The CLI's screen output makes the
 * same characters visible instead (`inertText`, ./inert-text.ts); `validate` warns about them
 * (./document-text.ts).
 *
 * Left out (the "unsafe" set):
 * - every character XML 1.0 forbids — XML 1.0 (Fifth Edition) §2.2, production [2] `Char` allows
 *   only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]: so the C0
 *   controls except TAB, LF and CR, lone surrogates (U+D800–U+DFFF unpaired) and U+FFFE/U+FFFF;
 * - DEL and the C1 controls (U+007F–U+009F), which §2.2 "discourages" and terminals execute
 *   (0x9B is a one-byte CSI) — an export is often read with `cat` or `less`;
 * - the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (Unicode UAX #9,
 *   "Unicode Bidirectional Algorithm", §2.1–2.2): they reorder the text that follows until their
 *   terminator, the "Trojan Source" attack (CVE-2021-42574, Boucher & Anderson 2021).
 *
 * Kept: the implicit directional marks U+200E LRM, U+200F RLM and U+061C ALM (UAX #9 §2.6). They
 * only set the direction of neighbouring neutral characters, cannot reorder a run of strong
 * characters, and are needed to write mixed Arabic/Hebrew and Latin names correctly. (On the
 * terminal `inertText` still shows them escaped.) TAB, LF and CR are XML-legal; whether a field
 * keeps them depends on the field (see {@link exportText}).
 */

/** The unsafe set (see the module comment); `u` flag: a surrogate pair is one code point. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/gu;

/** Line breaks and tabs, which a single-line field (a name, a title) turns into one space. */
const LINE_BREAKS = /\r\n|[\t\n\r\u2028\u2029]/g;

/** `true` when `text` holds at least one character of the unsafe set. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * The distinct unsafe characters of `text` as `U+XXXX`, in order of first appearance.
 *
 * @example unsafeCodePoints('A\u001b[2J\u202e') // → ['U+001B', 'U+202E']
 */
export function unsafeCodePoints(text: string): string[] {
  const found = new Set<string>();
  for (const [ch] of text.matchAll(UNSAFE)) {
    found.add(`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...found];
}

/**
 * `text` without its unsafe characters; TAB, LF and CR are kept. Pure and idempotent.
 *
 * @example fileSafeText('Plant\u001b[2J\u202e') // → 'Plant[2J'
 */
export function fileSafeText(text: string): string {
  return hasUnsafeCharacters(text) ? text.replace(UNSAFE, '') : text;
}

/** How a text field is written: one line (names, titles) or several (notes, descriptions). */
export type TextShape = 'single-line' | 'multi-line';

/**
 * A field's text as exported: {@link fileSafeText}, then a single-line field has each line break
 * or tab replaced by a space (so a name cannot start a new line or row), and a multi-line field
 * has CRLF and lone CR normalised to LF (a lone CR returns to the start of a line on a terminal).
 * U+2028/U+2029 (line/paragraph separator) count as line breaks.
 *
 * @example exportText('ERP\n✓ x: valid', 'single-line') // → 'ERP ✓ x: valid'
 * @example exportText('one\r\ntwo\rthree', 'multi-line') // → 'one\ntwo\nthree'
 */
export function exportText(text: string, shape: TextShape): string {
  const safe = fileSafeText(text);
  if (shape === 'single-line') return safe.replace(LINE_BREAKS, ' ');
  return safe.replace(/\r\n?|[\u2028\u2029]/g, '\n');
}
