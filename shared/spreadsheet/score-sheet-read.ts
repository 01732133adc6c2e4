import type ExcelJS from 'exceljs';
import { RATING_MAX, RATING_MIN } from '../decision/normalise.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { ProjectDocument } from '../model/schema.ts';
import { columnLetter } from './cell-text.ts';
import { parseCellNumber } from './import-guards.ts';
import { NORMALISED_HEADING, SHEET, type Scope } from './score-workbook.ts';

/** A cell of an imported workbook or CSV, and what is wrong with it or why it was skipped. */
export type SheetError = { sheet: string; cell: string; message: Localized };

/** One score cell read: rater × subject × criterion, `null` when left empty. */
export type ScoreEntry = {
  raterId: string;
  subjectId: string;
  criterionId: string;
  value: number | null;
};
/** One weight cell read (empty weights are not entries). */
export type WeightEntry = { raterId: string; criterionId: string; value: number };

/** What one rater sheet holds: its scores and weights, its errors, the cells it skipped. */
export type SheetRead = {
  scores: ScoreEntry[];
  weights: WeightEntry[];
  errors: SheetError[];
  skipped: SheetError[];
};

type Criterion = ProjectDocument['decision']['criteria'][number];

/** A cell's value as a number, `null` when empty, or `undefined` when it is not a number. */
export function numberIn(value: ExcelJS.CellValue): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseCellNumber(value);
  if (typeof value === 'object' && 'result' in value) return numberIn(value.result);
  return undefined;
}

/** A cell's text (numbers as written), '' for anything else. */
export const textIn = (value: ExcelJS.CellValue): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

const isFormula = (value: ExcelJS.CellValue) =>
  typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

const MERGED_SCORE = localized(
  'This cell is part of a merged range; unmerge it and give each candidate its own score.',
  '该单元格属于合并区域；请取消合并，为每个对象分别评分。',
);
const MERGED_WEIGHT = localized(
  'This weight cell is part of a merged range; unmerge it and give each criterion its own weight.',
  '该权重单元格属于合并区域；请取消合并，为每个评估维度分别填写权重。',
);

/**
 * Reads the score block of one rater sheet: subject ids across row 5, criterion ids down column
 * A, weights in column E. Reading ends at the normalised block's title, not at the first row
 * without an id: a sub-heading (a label in column B only) or a row whose id was deleted is
 * reported as skipped and the rows after it are still read. Scores or weights without an id are
 * errors (they cannot be matched); a labelled row or column without one is skipped, located.
 */
export function readRaterSheet(
  sheet: ExcelJS.Worksheet,
  raterId: string,
  scope: Scope,
  subjects: ReadonlySet<string>,
  criteria: ReadonlyMap<string, Criterion>,
): SheetRead {
  const read: SheetRead = { scores: [], weights: [], errors: [], skipped: [] };
  const at = (cell: string, message: Localized): SheetError => ({
    sheet: sheet.name,
    cell,
    message,
  });
  const merged = (row: number, column: number) => {
    const cell = sheet.getCell(row, column);
    return cell.isMerged && cell.master !== cell;
  };
  const subjectWord = localized(
    scope === 'option' ? 'candidate' : 'vendor',
    scope === 'option' ? '候选方案' : '供应商',
  );
  const columns: { column: number; subjectId: string }[] = [];
  const idless: number[] = [];
  const seenSubjects = new Map<string, string>();
  // Read to the sheet's last used column: a blank column must not hide the ones after it.
  for (let column = SHEET.firstSubjectColumn; column <= sheet.columnCount; column++) {
    const id = textIn(sheet.getCell(SHEET.idRow, column).value);
    const idCell = `${columnLetter(column)}${SHEET.idRow}`;
    if (id === '') {
      idless.push(column);
      continue;
    }
    const first = seenSubjects.get(id);
    if (first !== undefined) {
      read.errors.push(
        at(
          idCell,
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
      read.errors.push(
        at(
          idCell,
          localized(
            `"${id}" is not a ${subjectWord.en} of this project.`,
            `"${id}" 不是本项目的${subjectWord['zh-CN']}。`,
          ),
        ),
      );
    } else columns.push({ column, subjectId: id });
  }

  const isSectionEnd = (row: number) => {
    const label = textIn(sheet.getCell(row, 2).value);
    if (label === NORMALISED_HEADING.en || label === NORMALISED_HEADING['zh-CN']) return true;
    // A renamed title: the row below repeats the scores as formulas.
    const below = columns.map(({ column }) => sheet.getCell(row + 1, column).value);
    return below.length > 0 && below.every(isFormula);
  };
  let lastRow = sheet.rowCount;
  for (let row = SHEET.firstCriterionRow; row <= sheet.rowCount; row++) {
    if (textIn(sheet.getCell(row, 1).value) === '' && isSectionEnd(row)) {
      lastRow = row - 1;
      break;
    }
  }

  // Cells in columns without an id: numbers are scores nobody can match; text is skipped.
  for (const column of idless) {
    const letter = columnLetter(column);
    let text = textIn(sheet.getCell(SHEET.headerRow, column).value) !== '';
    let stray: number | null = null;
    for (let row = SHEET.firstCriterionRow; row <= lastRow && stray === null; row++) {
      const value = sheet.getCell(row, column).value;
      if (numberIn(value) !== null && numberIn(value) !== undefined) stray = row;
      else if (textIn(value) !== '') text = true;
    }
    if (stray !== null) {
      read.errors.push(
        at(
          `${letter}${stray}`,
          localized(
            `Column ${letter} holds scores but no ${subjectWord.en} id in row ${SHEET.idRow}; they cannot be matched.`,
            `${letter} 列有评分，但第 ${SHEET.idRow} 行没有${subjectWord['zh-CN']} id，无法匹配。`,
          ),
        ),
      );
    } else if (text) {
      read.skipped.push(
        at(
          `${letter}${SHEET.idRow}`,
          localized(
            `Column ${letter} has no ${subjectWord.en} id in row ${SHEET.idRow}; its text was not read.`,
            `${letter} 列第 ${SHEET.idRow} 行没有${subjectWord['zh-CN']} id；其中的文字未读取。`,
          ),
        ),
      );
    }
  }

  const seenCriteria = new Map<string, number>();
  for (let row = SHEET.firstCriterionRow; row <= lastRow; row++) {
    const criterionId = textIn(sheet.getCell(row, 1).value);
    if (criterionId === '') {
      const stray = [SHEET.weightColumn, ...columns.map((c) => c.column)].find((column) => {
        const n = numberIn(sheet.getCell(row, column).value);
        return n !== null && n !== undefined;
      });
      if (stray !== undefined) {
        read.errors.push(
          at(
            `${columnLetter(stray)}${row}`,
            localized(
              'This row holds scores or a weight but no criterion id in column A; they cannot be matched.',
              '该行有评分或权重，但 A 列没有评估维度 id，无法匹配。',
            ),
          ),
        );
      } else if (textIn(sheet.getCell(row, 2).value) !== '') {
        read.skipped.push(
          at(
            `A${row}`,
            localized(
              'A label without a criterion id in column A (a sub-heading?); the row was skipped and the rows below were read.',
              '该行只有标签，A 列没有评估维度 id（小标题？）；已跳过该行，并继续读取下面的行。',
            ),
          ),
        );
      }
      continue;
    }
    const firstRow = seenCriteria.get(criterionId);
    if (firstRow !== undefined) {
      read.errors.push(
        at(
          `A${row}`,
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
      read.errors.push(
        at(
          `A${row}`,
          localized(
            `"${criterionId}" is not a criterion of this project.`,
            `"${criterionId}" 不是本项目的评估维度。`,
          ),
        ),
      );
      continue;
    }
    const weightCell = `${columnLetter(SHEET.weightColumn)}${row}`;
    // A weight merged over several rows would be copied to each of their criteria.
    if (merged(row, SHEET.weightColumn)) read.errors.push(at(weightCell, MERGED_WEIGHT));
    else {
      const weight = numberIn(sheet.getCell(row, SHEET.weightColumn).value);
      if (weight === undefined || (weight !== null && weight < 0)) {
        read.errors.push(
          at(
            weightCell,
            localized('A weight must be a number ≥ 0 or empty.', '权重必须是 ≥ 0 的数字或留空。'),
          ),
        );
      } else if (weight !== null) read.weights.push({ raterId, criterionId, value: weight });
    }
    for (const { column, subjectId } of columns) {
      const cell = `${columnLetter(column)}${row}`;
      // A merged range shows one value over several candidates; copying it to each of them
      // would invent scores nobody gave.
      if (merged(row, column)) {
        read.errors.push(at(cell, MERGED_SCORE));
        continue;
      }
      const value = numberIn(sheet.getCell(row, column).value);
      const problem = scoreProblem(value, criterion.scale);
      if (problem) read.errors.push(at(cell, problem));
      else read.scores.push({ raterId, subjectId, criterionId, value: value ?? null });
    }
  }
  return read;
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
