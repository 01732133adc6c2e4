/** Characters that make a spreadsheet read a cell as a formula, full-width forms included. */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * Text that a spreadsheet will not run as a formula. A cell starting with = + - @ (their
 * full-width forms, or a tab or carriage return that some programs strip) is prefixed with a
 * single quote, as OWASP's CSV injection guidance recommends; Excel and WPS show it as text.
 *
 * @example safeCellText('=HYPERLINK("http://x")') === "'=HYPERLINK(\"http://x\")"
 */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Column letters of a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A worksheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}
