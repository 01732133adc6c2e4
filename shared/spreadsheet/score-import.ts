import ExcelJS from 'exceljs';
import { localized, type Localized } from '../i18n/localized.ts';
import { setWeight } from '../model/edits.ts';
import type { ProjectDocument } from '../model/schema.ts';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CELLS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_INFLATED_BYTES,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_SHEETS,
  mergeScores,
  zipInflatedSize,
} from './import-guards.ts';
import {
  readRaterSheet,
  textIn,
  type ScoreEntry,
  type SheetError,
  type WeightEntry,
} from './score-sheet-read.ts';
import { SCORE_SHEET_MARKER, SHEET, type Scope } from './score-workbook.ts';
import { workbookOverBounds, zipEntries, type BoundPassed } from './zip-scan.ts';

export type { SheetError } from './score-sheet-read.ts';

export type ScoreImport =
  | {
      ok: true;
      document: ProjectDocument;
      raters: number;
      scores: number;
      /** Cells read past, each with its sheet, cell and why (a sub-heading, an unlabelled column). */
      skipped: SheetError[];
    }
  /** `unread`: refused from the zip's counts, before the workbook was parsed. */
  | { ok: false; errors: SheetError[]; unread?: true };

type Cell = { sheet: string; cell: string };

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
  const zip = zipEntries(bytes);
  const inflated = zipInflatedSize(zip);
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
  // Counted in the zip before exceljs builds its model: a few KB can unzip to millions of rows.
  const passed = await workbookOverBounds(
    bytes,
    {
      sheets: MAX_IMPORT_SHEETS,
      rowsPerSheet: MAX_IMPORT_ROWS,
      cells: MAX_IMPORT_CELLS,
      strings: MAX_IMPORT_CELLS,
      inflatedBytes: MAX_IMPORT_INFLATED_BYTES,
    },
    zip,
  );
  if (passed !== null) return { ok: false, errors: [tooLarge(passed)], unread: true };
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
  const skipped: SheetError[] = [];
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
    const read = readRaterSheet(sheet, raterId, scope, subjects, criteria);
    errors.push(...read.errors);
    skipped.push(...read.skipped);
    scores.push(...read.scores);
    weights.push(...read.weights);
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
    skipped,
  };
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

/** Why a workbook passed a bound, located at its sheet. */
function tooLarge(passed: BoundPassed): SheetError {
  const n = passed.limit.toLocaleString('en');
  const mb = Math.round(passed.limit / 1024 / 1024);
  const messages: Record<BoundPassed['bound'], Localized> = {
    sheets: localized(
      `The workbook has more than ${n} sheets; a score workbook has one per rater (at most ${n}). Nothing was imported.`,
      `工作簿超过 ${n} 张工作表；评分工作簿每位评分人一张（最多 ${n} 张）。未导入任何内容。`,
    ),
    rowsPerSheet: localized(
      `This sheet has more than ${n} rows; a score sheet has at most ${n}. Nothing was imported.`,
      `该工作表超过 ${n} 行；评分表最多 ${n} 行。未导入任何内容。`,
    ),
    cells: localized(
      `The workbook has more than ${n} cells; a score workbook never has that many. Nothing was imported.`,
      `工作簿超过 ${n} 个单元格；评分工作簿不会有这么多。未导入任何内容。`,
    ),
    strings: localized(
      `The workbook has more than ${n} distinct texts; a score workbook never has that many. Nothing was imported.`,
      `工作簿中的不同文本超过 ${n} 条；评分工作簿不会有这么多。未导入任何内容。`,
    ),
    inflatedBytes: localized(
      `The workbook unzips to more than ${mb} MB; a score workbook never does. Nothing was imported.`,
      `工作簿解压后超过 ${mb} MB；评分工作簿不会这么大。未导入任何内容。`,
    ),
  };
  return { sheet: passed.sheet, cell: '', message: messages[passed.bound] };
}
