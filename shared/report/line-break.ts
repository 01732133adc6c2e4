/**
 * Line breaking for mixed Chinese and Latin text. jsPDF's `splitTextToSize` breaks only at
 * spaces, so a Chinese paragraph would run off the page. Here a line may break between any two
 * CJK characters, Latin words stay whole (unless one alone is wider than the line), and the
 * basic kinsoku rules of Chinese and Japanese typesetting hold: no line starts with closing
 * punctuation and none ends with opening punctuation (W3C, "Requirements for Chinese Text
 * Layout" §3.1.7, https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end).
 */

/** Characters that may not start a line (closing and middle punctuation). */
export const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕〗…‥·・%,.;:?!)]}']);
/** Characters that may not end a line (opening punctuation). */
export const NO_LINE_END = new Set([...'（「『《〈【〔〖([{']);

/** Width of a string in the caller's unit (points, at the current font and size). */
export type Measure = (text: string) => number;

/** CJK ideographs, kana, Hangul, full-width forms and CJK punctuation: each one a break unit. */
const isCjk = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x20000 && c <= 0x3ffff) ||
    ch === '…' ||
    ch === '·'
  );
};

/** Splits a line of text into break units: CJK characters, Latin words, runs of spaces. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  const flush = () => {
    if (word !== '') units.push(word);
    word = '';
  };
  for (const ch of text) {
    if (ch === ' ' || ch === '\t') {
      flush();
      if (units.at(-1)?.trim() === '') units[units.length - 1] += ' ';
      else units.push(' ');
    } else if (isCjk(ch)) {
      // Latin closing punctuation after a CJK character stays a unit of its own.
      flush();
      units.push(ch);
    } else if (NO_LINE_START.has(ch) && word === '' && units.length > 0) {
      units[units.length - 1] += ch;
    } else word += ch;
  }
  flush();
  return units;
}

const isSpace = (unit: string) => unit.trim() === '';
const firstChar = (unit: string) => [...unit][0] ?? '';
const lastChar = (unit: string) => [...unit].at(-1) ?? '';

/** Splits one unit wider than the line into pieces that fit, character by character. */
function splitLongUnit(unit: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of unit) {
    if (piece !== '' && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Breaks one paragraph (no newlines) into lines no wider than `maxWidth`. */
function breakParagraph(text: string, maxWidth: number, measure: Measure): string[] {
  const units = breakUnits(text).flatMap((u) =>
    !isSpace(u) && measure(u) > maxWidth ? splitLongUnit(u, maxWidth, measure) : [u],
  );
  const lines: string[] = [];
  let start = 0;
  while (start < units.length) {
    while (start < units.length && isSpace(units[start]!)) start += 1;
    if (start >= units.length) break;
    let end = start;
    let width = 0;
    while (end < units.length) {
      const w = measure(units[end]!);
      if (end > start && width + w > maxWidth && !isSpace(units[end]!)) break;
      width += w;
      end += 1;
    }
    if (end < units.length) {
      // Kinsoku: pull characters back so the next line does not start with closing
      // punctuation and this one does not end with opening punctuation.
      let cut = end;
      while (cut > start + 1 && NO_LINE_START.has(firstChar(units[cut]!))) cut -= 1;
      while (cut > start + 1 && NO_LINE_END.has(lastChar(units[cut - 1]!))) cut -= 1;
      end = cut;
    }
    lines.push(units.slice(start, end).join('').trimEnd());
    start = end;
  }
  return lines.length > 0 ? lines : [''];
}

/**
 * Breaks text into lines no wider than `maxWidth` as measured by `measure`; newlines in the
 * text are kept as line breaks.
 *
 * @example breakLines('数据清理完成后，方可上线。', 60, measure) // ['数据清理完成', '后，方可上线。'] (widths permitting)
 */
export function breakLines(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => breakParagraph(paragraph, maxWidth, measure));
}
