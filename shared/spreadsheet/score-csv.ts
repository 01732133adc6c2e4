import Papa from 'papaparse';
import { criterionLabel } from '../decision/builtin-criteria.ts';
import { RATING_MAX, RATING_MIN } from '../decision/normalise.ts';
import { localized } from '../i18n/localized.ts';
import { upsertById } from '../model/edits.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import { safeCellText } from './cell-text.ts';
import type { SheetError } from './score-import.ts';
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
export function exportScoresCsv(doc: ProjectDocument, scope: Scope, language: Language): string {
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

/**
 * Reads a score CSV back: rows matched by ids, all or nothing, every problem located by row and
 * column (row 1 is the header).
 */
export function importScoresCsv(
  doc: ProjectDocument,
  text: string,
  scope: Scope,
  newId: () => string,
): { ok: true; document: ProjectDocument; scores: number } | { ok: false; errors: SheetError[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const errors: SheetError[] = parsed.errors.map((e) => ({
    sheet: 'CSV',
    cell: `row ${(e.row ?? 0) + 2}`,
    message: localized(e.message, `CSV 格式错误：${e.message}`),
  }));
  const missing = ['raterId', 'subjectId', 'criterionId', 'value'].filter(
    (c) => !(parsed.meta.fields ?? []).includes(c),
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
  const raters = new Set(doc.decision.raters.map((r) => r.id));
  const subjects = new Set(
    (scope === 'option' ? doc.decision.candidates : doc.decision.vendors).map((s) => s.id),
  );
  const criteria = new Map(
    doc.decision.criteria.filter((c) => c.scope === scope).map((c) => [c.id, c]),
  );
  let scores = doc.decision.scores;
  let count = 0;
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
      const n = Number(raw.replace(',', '.'));
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
    const existing = scores.find(
      (s) => s.raterId === raterId && s.subjectId === subjectId && s.criterionId === criterionId,
    );
    if (!existing && numbers.value === null) return;
    const note = (row.note ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
    scores = upsertById(scores, {
      id: existing?.id ?? newId(),
      raterId,
      subjectId,
      criterionId,
      ...numbers,
      note,
    });
    count += 1;
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, document: { ...doc, decision: { ...doc.decision, scores } }, scores: count };
}
