import ExcelJS from 'exceljs';
import { RATING_MAX, RATING_MIN } from '../decision/normalise.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import { setWeight } from '../model/edits.ts';
import type { ProjectDocument } from '../model/schema.ts';
import { columnLetter } from './cell-text.ts';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_INFLATED_BYTES,
  MAX_IMPORT_ROWS,
  mergeScores,
  parseCellNumber,
  zipInflatedSize,
} from './import-guards.ts';
import { SCORE_SHEET_MARKER, SHEET, type Scope } from './score-workbook.ts';

/** A problem in an imported workbook: which sheet, which cell, why — in both languages. */
export type SheetError = { sheet: string; cell: string; message: Localized };

export type ScoreImport =
  | { ok: true; document: ProjectDocument; raters: number; scores: number }
  | { ok: false; errors: SheetError[] };

type Cell = { sheet: string; cell: string };
type ScoreEntry = { raterId: string; subjectId: string; criterionId: string; value: number | null };
type WeightEntry = { raterId: string; criterionId: string; value: number };

/** A cell's value as a number, `null` when empty, or `undefined` when it is not a number. */
function numberIn(value: ExcelJS.CellValue): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseCellNumber(value);
  if (typeof value === 'object' && 'result' in value) return numberIn(value.result);
  return undefined;
}

const textIn = (value: ExcelJS.CellValue): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/**
 * Reads score sheets back into the project: every rater sheet's scores and weights, matched by
 * the ids in the sheet. All or nothing — if any cell is wrong, the project is left unchanged and
 * every problem is returned with its sheet and cell.
 */
export async function importScoreWorkbook(
  doc: ProjectDocument,
  bytes: Uint8Array,
  scope: Scope,
  newId: () => string,
): Promise<ScoreImport> {
  const inflated = zipInflatedSize(bytes);
  if (
    bytes.length > MAX_IMPORT_BYTES ||
    (inflated !== null && inflated > MAX_IMPORT_INFLATED_BYTES)
  ) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    return fail(
      { sheet: '', cell: '' },
      localized(
        `The workbook is too large to be a score sheet (limit ${mb(MAX_IMPORT_BYTES)} MB, ${mb(MAX_IMPORT_INFLATED_BYTES)} MB unzipped); nothing was imported.`,
        `工作簿过大，不像评分表（上限 ${mb(MAX_IMPORT_BYTES)} MB，解压后 ${mb(MAX_IMPORT_INFLATED_BYTES)} MB）；未导入任何内容。`,
      ),
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return fail(
      { sheet: '', cell: '' },
      localized('This is not an Excel workbook (.xlsx).', '这不是 Excel 工作簿（.xlsx）。'),
    );
  }
  const errors: SheetError[] = [];
  const scores: ScoreEntry[] = [];
  const weights: WeightEntry[] = [];
  const raters = new Set(doc.decision.raters.map((r) => r.id));
  const subjects = new Set(
    (scope === 'option' ? doc.decision.candidates : doc.decision.vendors).map((s) => s.id),
  );
  const criteria = new Map(
    doc.decision.criteria.filter((c) => c.scope === scope).map((c) => [c.id, c]),
  );
  let raterSheets = 0;
  const sheetOfRater = new Map<string, string>();

  workbook.eachSheet((sheet) => {
    const at = (cell: string): Cell => ({ sheet: sheet.name, cell });
    if (textIn(sheet.getCell('A1').value) !== SCORE_SHEET_MARKER) return; // instructions, notes
    const raterId = textIn(sheet.getCell(SHEET.raterIdCell).value);
    if (!raters.has(raterId)) {
      errors.push(
        error(
          at(SHEET.raterIdCell),
          localized(
            `"${raterId}" is not a rater of this project; was the sheet made from another project?`,
            `"${raterId}" 不是本项目的评分人；该表是否来自其他项目？`,
          ),
        ),
      );
      return;
    }
    const sheetScope = textIn(sheet.getCell(SHEET.scopeCell).value);
    if (sheetScope !== scope) {
      errors.push(
        error(
          at(SHEET.scopeCell),
          localized(
            `This sheet scores "${sheetScope}", not "${scope}".`,
            `该表评估的是“${sheetScope}”，不是“${scope}”。`,
          ),
        ),
      );
      return;
    }
    const sameRater = sheetOfRater.get(raterId);
    if (sameRater !== undefined) {
      errors.push(
        error(
          at(SHEET.raterIdCell),
          localized(
            `Rater "${raterId}" already has the sheet "${sameRater}"; keep one sheet per rater.`,
            `评分人 "${raterId}" 已有工作表“${sameRater}”；每位评分人只保留一张表。`,
          ),
        ),
      );
      return;
    }
    sheetOfRater.set(raterId, sheet.name);
    raterSheets += 1;
    if (sheet.rowCount > MAX_IMPORT_ROWS || sheet.columnCount > MAX_IMPORT_COLUMNS) {
      errors.push(
        error(
          at(''),
          localized(
            `The sheet has ${sheet.rowCount} rows and ${sheet.columnCount} columns; a score sheet has at most ${MAX_IMPORT_ROWS} rows and ${MAX_IMPORT_COLUMNS} columns.`,
            `该表有 ${sheet.rowCount} 行、${sheet.columnCount} 列；评分表最多 ${MAX_IMPORT_ROWS} 行、${MAX_IMPORT_COLUMNS} 列。`,
          ),
        ),
      );
      return;
    }
    const merged = (row: number, column: number) => {
      const cell = sheet.getCell(row, column);
      return cell.isMerged && cell.master !== cell;
    };
    const columns: { column: number; subjectId: string }[] = [];
    const seenSubjects = new Map<string, string>();
    // Read to the sheet's last used column: a blank column must not hide the ones after it.
    for (let column = SHEET.firstSubjectColumn; column <= sheet.columnCount; column++) {
      const id = textIn(sheet.getCell(SHEET.idRow, column).value);
      if (id === '') continue;
      const idCell = `${columnLetter(column)}${SHEET.idRow}`;
      const first = seenSubjects.get(id);
      if (first !== undefined) {
        errors.push(
          error(
            at(idCell),
            localized(
              `"${id}" already has column ${first}; each candidate or vendor needs one column.`,
              `"${id}" 已在第 ${first} 列；每个候选方案或供应商只能有一列。`,
            ),
          ),
        );
        continue;
      }
      seenSubjects.set(id, columnLetter(column));
      if (!subjects.has(id)) {
        errors.push(
          error(
            at(`${columnLetter(column)}${SHEET.idRow}`),
            localized(
              `"${id}" is not a ${scope === 'option' ? 'candidate' : 'vendor'} of this project.`,
              `"${id}" 不是本项目的${scope === 'option' ? '候选方案' : '供应商'}。`,
            ),
          ),
        );
      } else columns.push({ column, subjectId: id });
    }
    const seenCriteria = new Map<string, number>();
    // Read to the next section title (the normalised block: a label in column B, no id in A):
    // a blank row inside the scores used to drop every row after it.
    for (let row = SHEET.firstCriterionRow; row <= sheet.rowCount; row++) {
      const criterionId = textIn(sheet.getCell(row, 1).value);
      if (criterionId === '' && textIn(sheet.getCell(row, 2).value) !== '') break;
      if (criterionId === '') {
        const stray = columns.find(
          ({ column }) => numberIn(sheet.getCell(row, column).value) !== null,
        );
        if (stray) {
          errors.push(
            error(
              at(`${columnLetter(stray.column)}${row}`),
              localized(
                'This row holds scores but no criterion id in column A; they cannot be matched.',
                '该行有评分但 A 列没有评估维度 id，无法匹配。',
              ),
            ),
          );
        }
        continue;
      }
      const firstRow = seenCriteria.get(criterionId);
      if (firstRow !== undefined) {
        errors.push(
          error(
            at(`A${row}`),
            localized(
              `"${criterionId}" already has row ${firstRow}; each criterion needs one row.`,
              `"${criterionId}" 已在第 ${firstRow} 行；每个评估维度只能有一行。`,
            ),
          ),
        );
        continue;
      }
      seenCriteria.set(criterionId, row);
      const criterion = criteria.get(criterionId);
      if (!criterion) {
        errors.push(
          error(
            at(`A${row}`),
            localized(
              `"${criterionId}" is not a criterion of this project.`,
              `"${criterionId}" 不是本项目的评估维度。`,
            ),
          ),
        );
        continue;
      }
      const weight = numberIn(sheet.getCell(row, SHEET.weightColumn).value);
      const weightCell = `${columnLetter(SHEET.weightColumn)}${row}`;
      if (weight === undefined || (weight !== null && weight < 0)) {
        errors.push(
          error(
            at(weightCell),
            localized('A weight must be a number ≥ 0 or empty.', '权重必须是 ≥ 0 的数字或留空。'),
          ),
        );
      } else if (weight !== null) {
        weights.push({ raterId, criterionId, value: weight });
      }
      for (const { column, subjectId } of columns) {
        const cell = `${columnLetter(column)}${row}`;
        if (merged(row, column)) {
          // A merged range shows one value over several candidates; copying it to each of them
          // would invent scores nobody gave.
          errors.push(
            error(
              at(cell),
              localized(
                'This cell is part of a merged range; unmerge it and give each candidate its own score.',
                '该单元格属于合并区域；请取消合并，为每个对象分别评分。',
              ),
            ),
          );
          continue;
        }
        const value = numberIn(sheet.getCell(row, column).value);
        const problem = scoreProblem(value, criterion.scale);
        if (problem) errors.push(error(at(cell), problem));
        else scores.push({ raterId, subjectId, criterionId, value: value ?? null });
      }
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  if (raterSheets === 0) {
    return fail(
      { sheet: '', cell: '' },
      localized(
        'The workbook has no TraceReady score sheet.',
        '该工作簿中没有 TraceReady 评分表。',
      ),
    );
  }
  return {
    ok: true,
    document: applyScores(doc, scores, weights, newId),
    raters: raterSheets,
    scores: scores.length,
  };
}

function scoreProblem(
  value: number | null | undefined,
  scale: 'rating' | 'value',
): Localized | null {
  if (value === undefined) return localized('Not a number.', '不是数字。');
  if (value === null) return null;
  if (scale === 'rating' && (value < RATING_MIN || value > RATING_MAX)) {
    return localized(
      `A rating must be between ${RATING_MIN} and ${RATING_MAX}; this cell holds ${value}.`,
      `评分必须在 ${RATING_MIN} 到 ${RATING_MAX} 之间；该单元格为 ${value}。`,
    );
  }
  if (scale === 'value' && value < 0)
    return localized('A value cannot be negative.', '数值不能为负。');
  return null;
}

/** Writes the imported scores and weights into the document, keeping existing score ids. */
function applyScores(
  doc: ProjectDocument,
  scores: readonly ScoreEntry[],
  weights: readonly WeightEntry[],
  newId: () => string,
): ProjectDocument {
  const list = mergeScores(doc.decision.scores, scores, (entry, existing) => {
    if (!existing && entry.value === null) return null;
    return existing
      ? { ...existing, value: entry.value }
      : { id: newId(), ...entry, low: null, high: null, note: '' };
  });
  let next: ProjectDocument = { ...doc, decision: { ...doc.decision, scores: list } };
  for (const w of weights) next = setWeight(next, w.raterId, w.criterionId, w.value, newId);
  return next;
}

const error = (at: Cell, message: Localized): SheetError => ({ ...at, message });
const fail = (at: Cell, message: Localized): ScoreImport => ({
  ok: false,
  errors: [error(at, message)],
});
