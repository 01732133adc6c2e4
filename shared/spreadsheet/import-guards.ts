import { LIMITS } from '../model/limits.ts';
import type { ProjectDocument } from '../model/schema.ts';
import type { ZipEntry } from './zip-scan.ts';

/**
 * Bounds and number reading shared by the score workbook and CSV imports, so both refuse the
 * same hostile inputs with a located error instead of running out of memory or reading "1,000"
 * as 1.
 */

/** Largest .xlsx or CSV file read, in bytes: a score sheet of 100 subjects × 500 criteria is < 1 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Largest total of the workbook's unzipped parts (catches zip bombs, e.g. 12 M empty rows). */
export const MAX_IMPORT_INFLATED_BYTES = 64 * 1024 * 1024;
/**
 * Rows of one score sheet: a sheet has two rows per criterion (its scores, and again in the
 * normalised block) plus a dozen header and total rows, so 2 × LIMITS.criteria with room for
 * blank and note rows. Counted in the zip before parsing (zip-scan.ts) and again after.
 */
export const MAX_IMPORT_ROWS = 2 * LIMITS.criteria + 100;
/** Columns read from one score sheet (subjects, with room). */
export const MAX_IMPORT_COLUMNS = 2 * Math.max(LIMITS.candidates, LIMITS.vendors) + 10;
/** Worksheets in a score workbook: one per rater, the instructions, and room for notes. */
export const MAX_IMPORT_SHEETS = LIMITS.raters + 10;
/**
 * Cells in a whole score workbook. Each rater sheet holds its scores twice (the ratings and the
 * normalised formulas) — at most 2 × LIMITS.scores over all raters — and about seven cells per
 * criterion row (id, label, scale, direction, weight; id and label again in the normalised block)
 * — at most 7 × LIMITS.weights (raters × criteria); one more per criterion row covers headers.
 */
export const MAX_IMPORT_CELLS = 2 * LIMITS.scores + 8 * LIMITS.weights;
/** Data rows read from a score CSV. */
export const MAX_IMPORT_CSV_ROWS = LIMITS.scores;

/**
 * A typed number, as people type them in Excel in both locales: "1,000" and "1,234,567.5" use
 * thousands separators (→ 1000, 1234567.5); "8,5" is a decimal comma (→ 8.5); full-width digits
 * and spaces are accepted. `null` for an empty cell; `undefined` when it is not a number — never
 * a silently different number ("1,000" used to become 1).
 */
export function parseCellNumber(raw: string): number | null | undefined {
  const text = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0C]/g, ',')
    .replace(/[\uFF0E]/g, '.')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  let normalised: string;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normalised = text.replaceAll(',', '');
  else if (/^[+-]?\d+,\d+$/.test(text)) normalised = text.replace(',', '.');
  else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) normalised = text;
  else return undefined;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The total unzipped size an .xlsx (a zip) declares in its central directory — from the
 * `zipEntries` of its bytes (zip-scan.ts) — read without inflating anything; `null` when the bytes are
 * not a zip that reader understands (then the workbook library decides). Zip64 entries count as
 * infinitely large: no score sheet needs them.
 */
export function zipInflatedSize(entries: readonly ZipEntry[] | null): number | null {
  return entries === null ? null : entries.reduce((total, e) => total + e.declaredSize, 0);
}

type Score = ProjectDocument['decision']['scores'][number];

/** The identity of a score: one per rater × subject × criterion. */
export const scoreKey = (s: { raterId: string; subjectId: string; criterionId: string }) =>
  `${s.raterId}\u0000${s.subjectId}\u0000${s.criterionId}`;

/**
 * Applies imported scores to the list in one pass (a map by rater × subject × criterion), keeping
 * existing ids and order; `upsert` returns the new score for an entry, or null to skip it. The
 * import used a `find` per row — quadratic: 47,900 CSV rows took over 15 minutes.
 */
export function mergeScores<E extends { raterId: string; subjectId: string; criterionId: string }>(
  scores: readonly Score[],
  entries: readonly E[],
  upsert: (entry: E, existing: Score | undefined) => Score | null,
): Score[] {
  const list = [...scores];
  const index = new Map(list.map((s, i) => [scoreKey(s), i]));
  for (const entry of entries) {
    const key = scoreKey(entry);
    const at = index.get(key);
    const next = upsert(entry, at === undefined ? undefined : list[at]);
    if (next === null) continue;
    if (at === undefined) {
      index.set(key, list.length);
      list.push(next);
    } else list[at] = next;
  }
  return list;
}
