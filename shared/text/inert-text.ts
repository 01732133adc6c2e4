/**
 * Text from a project file shown where characters have effects: a terminal runs escape
 * sequences (a project title could clear the screen or rewrite earlier lines), and bidi
 * overrides reorder what the reader sees ("Trojan Source", CVE-2021-42574). `inertText` makes
 * such characters visible instead of active, so what is printed is what the file holds.
 */

/**
 * C0 controls except tab and line feed, DEL, C1 controls (U+0080–U+009F: 0x9B is a one-byte CSI
 * on some terminals), the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the invisible marks that steer bidi (U+200E, U+200F, U+061C), and the line and
 * paragraph separators that some terminals treat as new lines; lone surrogates and U+FFFE/U+FFFF,
 * which are not characters (a terminal would get U+FFFD or a byte-order mark). A line break inside
 * a single-line value (a name) is shown as "↵" before the line is printed (`shownDocument`,
 * ./document-text.ts): here a line feed is the line structure of the output and is kept.
 */
const ACTIVE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/gu;

/**
 * Replaces every active character with its visible escape (`\u001b`, `\u202e`); tab and line
 * feed are kept so multi-line output stays readable. A carriage return is escaped too: it can
 * overwrite the start of a line.
 *
 * @example inertText('Plant\u001b[2J A') // → 'Plant\\u001b[2J A'
 */
export function inertText(text: string): string {
  return text.replace(ACTIVE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
