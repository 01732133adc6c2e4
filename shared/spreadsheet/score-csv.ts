import { exportedDocument } from '../text/document-text.ts';
import Papa from 'papaparse';
import { criterionLabel } from '../decision/builtin-criteria.ts';
import { RATING_MAX, RATING_MIN } from '../decision/normalise.ts';
import { localized } from '../i18n/localized.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import { columnLetter, safeCellText } from './cell-text.ts';
import type { SheetError } from './score-import.ts';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CSV_ROWS,
  mergeScores,
  parseCellNumber,
  scoreKey,
} from './import-guards.ts';
import type { Scope } from './score-workbook.ts';

/** Columns of the score CSV: ids to match on, names for people, then the score. */
export const SCORE_CSV_COLUMNS = [
  'raterId',
  'rater',
  'subjectId',
  'subject',
  'criterionId',
  'criterion',
  'value',
  'low',
  'high',
  'note',
] as const;

/**
 * Every rater × subject × criterion of a scope as one CSV row (UTF-8, with a byte-order mark so
 * Excel shows Chinese correctly). Names and notes are formula-injection safe.
 */
export function exportScoresCsv(input: ProjectDocument, scope: Scope, language: Language): string {
  // Written from the document as exported (shared/text/document-text.ts).
  const doc = exportedDocument(input);
  const subjects = scope === 'option' ? doc.decision.candidates : doc.decision.vendors;
  const criteria = doc.decision.criteria.filter((c) => c.scope === scope);
  const rows: string[][] = [];
  for (const rater of doc.decision.raters) {
    for (const subject of subjects) {
      for (const criterion of criteria) {
        const score = doc.decision.scores.find(
          (s) =>
            s.raterId === rater.id && s.subjectId === subject.id && s.criterionId === criterion.id,
        );
        const number = (n: number | null | undefined) =>
          n === null || n === undefined ? '' : String(n);
        rows.push([
          rater.id,
          safeCellText(rater.name),
          subject.id,
          safeCellText(subject.name),
          criterion.id,
          safeCellText(criterionLabel(criterion, language)),
          number(score?.value),
          number(score?.low),
          number(score?.high),
          safeCellText(score?.note ?? ''),
        ]);
      }
    }
  }
  return '\uFEFF' + Papa.unparse({ fields: [...SCORE_CSV_COLUMNS], data: rows });
}

/** The longest score note the schema accepts (`scoreSchema.note`, `text()` in schema.ts). */
const MAX_NOTE_LENGTH = 2000;

/**
 * Reads a score CSV back: rows matched by ids, all or nothing, every problem located by row and
 * column (row 1 is the header).
 */
export function importScoresCsv(
  doc: ProjectDocument,
  text: string,
  scope: Scope,
  newId: () => string,
):
  | { ok: true; document: ProjectDocument; scores: number; skipped: SheetError[] }
  | { ok: false; errors: SheetError[] } {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      errors: [
        {
          sheet: 'CSV',
          cell: '',
          message: localized(
            `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a score CSV never is. Nothing was imported.`,
            `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，不是评分 CSV；未导入任何内容。`,
          ),
        },
      ],
    };
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    preview: MAX_IMPORT_CSV_ROWS + 1,
  });
  if (parsed.data.length > MAX_IMPORT_CSV_ROWS) {
    return {
      ok: false,
      errors: [
        {
          sheet: 'CSV',
          cell: `row ${MAX_IMPORT_CSV_ROWS + 2}`,
          message: localized(
            `More than ${MAX_IMPORT_CSV_ROWS} rows; a project holds at most that many scores. Nothing was imported.`,
            `超过 ${MAX_IMPORT_CSV_ROWS} 行；项目最多只有这么多评分。未导入任何内容。`,
          ),
        },
      ],
    };
  }
  const errors: SheetError[] = parsed.errors.map((e) => ({
    sheet: 'CSV',
    cell: `row ${(e.row ?? 0) + 2}`,
    message: localized(e.message, `CSV 格式错误：${e.message}`),
  }));
  const fields = parsed.meta.fields ?? [];
  // Papa renames a repeated header ("value" → "value_1"); a second column of one name is
  // ambiguous, so it is refused rather than letting the last one win.
  const duplicated = fields.filter(
    (f) => /_\d+$/.test(f) && fields.includes(f.replace(/_\d+$/, '')),
  );
  if (duplicated.length > 0) {
    const names = duplicated.map((f) => f.replace(/_\d+$/, ''));
    return {
      ok: false,
      errors: [
        {
          sheet: 'CSV',
          cell: 'row 1',
          message: localized(
            `Columns appear twice: ${names.join(', ')}`,
            `列重复：${names.join('、')}`,
          ),
        },
      ],
    };
  }
  const missing = ['raterId', 'subjectId', 'criterionId', 'value'].filter(
    (c) => !fields.includes(c),
  );
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [
        {
          sheet: 'CSV',
          cell: 'row 1',
          message: localized(
            `Missing columns: ${missing.join(', ')}`,
            `缺少列：${missing.join('、')}`,
          ),
        },
      ],
    };
  }
  // A column the import does not know (a typo such as "vaule") is reported, never dropped unseen.
  const known = new Set<string>(SCORE_CSV_COLUMNS);
  const skipped: SheetError[] = fields
    .filter((f) => !known.has(f) && (f !== '' || parsed.data.some((row) => row[f]?.trim())))
    .map((f) => ({
      sheet: 'CSV',
      cell: `row 1, ${f === '' ? `column ${columnLetter(fields.indexOf(f) + 1)}` : f}`,
      message: localized(
        `Not a column of the score CSV (${SCORE_CSV_COLUMNS.join(', ')}); its values were not read.`,
        `不是评分 CSV 的列（${SCORE_CSV_COLUMNS.join('、')}）；其中的值未读取。`,
      ),
    }));
  const raters = new Set(doc.decision.raters.map((r) => r.id));
  const subjects = new Set(
    (scope === 'option' ? doc.decision.candidates : doc.decision.vendors).map((s) => s.id),
  );
  const criteria = new Map(
    doc.decision.criteria.filter((c) => c.scope === scope).map((c) => [c.id, c]),
  );
  type Entry = {
    raterId: string;
    subjectId: string;
    criterionId: string;
    value: number | null;
    low: number | null;
    high: number | null;
    note: string;
  };
  const entries: Entry[] = [];
  const firstLineOf = new Map<string, number>();
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const at = (column: string) => ({ sheet: 'CSV', cell: `row ${line}, ${column}` });
    const raterId = (row.raterId ?? '').trim();
    const subjectId = (row.subjectId ?? '').trim();
    const criterionId = (row.criterionId ?? '').trim();
    const criterion = criteria.get(criterionId);
    if (!raters.has(raterId))
      errors.push({
        ...at('raterId'),
        message: localized(`Unknown rater "${raterId}".`, `未知评分人 "${raterId}"。`),
      });
    if (!subjects.has(subjectId))
      errors.push({
        ...at('subjectId'),
        message: localized(`Unknown subject "${subjectId}".`, `未知评估对象 "${subjectId}"。`),
      });
    if (!criterion)
      errors.push({
        ...at('criterionId'),
        message: localized(`Unknown criterion "${criterionId}".`, `未知维度 "${criterionId}"。`),
      });
    const numbers: Record<'value' | 'low' | 'high', number | null> = {
      value: null,
      low: null,
      high: null,
    };
    for (const column of ['value', 'low', 'high'] as const) {
      const raw = (row[column] ?? '').trim();
      if (raw === '') continue;
      const n = parseCellNumber(raw) ?? Number.NaN;
      const isRatingOutside = criterion?.scale === 'rating' && (n < RATING_MIN || n > RATING_MAX);
      if (!Number.isFinite(n) || isRatingOutside || n < 0) {
        errors.push({
          ...at(column),
          message: localized(
            `"${raw}" is not a valid ${criterion?.scale === 'rating' ? `rating (${RATING_MIN}–${RATING_MAX})` : 'value (≥ 0)'}.`,
            `"${raw}" 不是有效的${criterion?.scale === 'rating' ? `评分（${RATING_MIN}–${RATING_MAX}）` : '数值（≥ 0）'}。`,
          ),
        });
      } else numbers[column] = n;
    }
    if (errors.length > 0) return;
    const key = scoreKey({ raterId, subjectId, criterionId });
    const firstLine = firstLineOf.get(key);
    if (firstLine !== undefined) {
      errors.push({
        ...at('criterionId'),
        message: localized(
          `This rater, subject and criterion are already on row ${firstLine}; keep one row each.`,
          `该评分人、对象和维度已在第 ${firstLine} 行；每组只保留一行。`,
        ),
      });
      return;
    }
    firstLineOf.set(key, line);
    const note = (row.note ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
    // What an import accepts must save: a note longer than the schema allows is refused here,
    // located, instead of making every later save fail.
    if (note.length > MAX_NOTE_LENGTH) {
      errors.push({
        ...at('note'),
        message: localized(
          `The note has ${note.length} characters; a score note holds at most ${MAX_NOTE_LENGTH}.`,
          `备注有 ${note.length} 个字符；评分备注最多 ${MAX_NOTE_LENGTH} 个字符。`,
        ),
      });
      return;
    }
    entries.push({ raterId, subjectId, criterionId, ...numbers, note });
  });
  let count = 0;
  const scores = mergeScores(doc.decision.scores, entries, (entry, existing) => {
    if (!existing && entry.value === null) return null;
    count += 1;
    return { id: existing?.id ?? newId(), ...entry };
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    document: { ...doc, decision: { ...doc.decision, scores } },
    scores: count,
    skipped,
  };
}
