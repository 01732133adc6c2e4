import { exportedDocument } from '../text/document-text.ts';
import ExcelJS from 'exceljs';
import { criterionLabel } from '../decision/builtin-criteria.ts';
import { normaliseRating, RATING_MAX, RATING_MIN } from '../decision/normalise.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import { columnLetter, safeCellText, sheetName } from './cell-text.ts';

/**
 * Step 2's score sheets as an Excel workbook: one sheet per rater, consultants send them out
 * and collect them back. The sheets keep live formulas — normalised scores, weighted totals and
 * ranks — so they recalculate when someone edits a score in Excel or WPS. Ids sit in row 5 and
 * column A so the import matches by id, never by position or name.
 */

export type Scope = 'option' | 'vendor';

/** Layout of a rater sheet (1-based rows and columns). */
export const SHEET = {
  raterIdCell: 'B2',
  projectIdCell: 'B3',
  scopeCell: 'B4',
  idRow: 5,
  headerRow: 6,
  firstCriterionRow: 7,
  firstSubjectColumn: 6, // F
  weightColumn: 5, // E
} as const;

/** Column B's title over the normalised block: where the import stops reading scores. */
export const NORMALISED_HEADING = localized('Normalised (0–1)', '归一化（0–1）');

/** A1 of every rater sheet: how the import recognises one. */
export const SCORE_SHEET_MARKER = 'TraceReady score sheet';

type Subject = { id: string; name: string };

function subjectsOf(doc: ProjectDocument, scope: Scope): Subject[] {
  return scope === 'option' ? doc.decision.candidates : doc.decision.vendors;
}

/** Leaf criteria of a scope: the ones that are scored (parents only carry weight). */
function scoredCriteria(doc: ProjectDocument, scope: Scope) {
  const criteria = doc.decision.criteria.filter((c) => c.scope === scope);
  const parents = new Set(criteria.map((c) => c.parentId).filter((id) => id !== null));
  return criteria.filter((c) => !parents.has(c.id));
}

const t = (text: Localized, language: Language) => text[language];

/** Builds the score workbook of one scope (options or vendors) in the project's language. */
export async function exportScoreWorkbook(
  input: ProjectDocument,
  scope: Scope,
  language: Language,
): Promise<Uint8Array<ArrayBuffer>> {
  // Written from the document as exported (shared/text/document-text.ts).
  const doc = exportedDocument(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TraceReady';
  const subjects = subjectsOf(doc, scope);
  const criteria = scoredCriteria(doc, scope);
  const taken = new Set<string>();

  const about = workbook.addWorksheet(
    sheetName(t(localized('How to fill in', '填写说明'), language), taken),
  );
  taken.add(about.name.toLowerCase());
  about.getColumn(1).width = 100;
  [
    localized('TraceReady — how to fill in the score sheets', 'TraceReady — 评分表填写说明'),
    localized(
      `One sheet per rater. Enter ratings ${RATING_MIN}–${RATING_MAX} (10 is best, also for cost criteria) or raw values where the scale says "value". Weights are relative: they need not add up to 100.`,
      `每位评分人一张工作表。在评分栏填写 ${RATING_MIN}–${RATING_MAX} 分（10 分最好，成本类维度同样如此），或在量纲为“value”的维度填写原始数值。权重为相对值，合计不必为 100。`,
    ),
    localized(
      'Do not change the ids in row 5, column A or cells B2–B4: TraceReady matches scores by them.',
      '请勿修改第 5 行、A 列及 B2–B4 单元格中的 id：TraceReady 依据它们匹配评分。',
    ),
  ].forEach((line, i) => (about.getCell(i + 1, 1).value = t(line, language)));

  for (const rater of doc.decision.raters) {
    const sheet = workbook.addWorksheet(sheetName(rater.name || rater.id, taken));
    taken.add(sheet.name.toLowerCase());
    writeRaterSheet(sheet, doc, scope, language, rater.id, subjects, criteria);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function writeRaterSheet(
  sheet: ExcelJS.Worksheet,
  doc: ProjectDocument,
  scope: Scope,
  language: Language,
  raterId: string,
  subjects: Subject[],
  criteria: ReturnType<typeof scoredCriteria>,
) {
  const rater = doc.decision.raters.find((r) => r.id === raterId);
  sheet.getCell('A1').value = SCORE_SHEET_MARKER;
  sheet.getCell('A2').value = t(localized('Rater id', '评分人 id'), language);
  sheet.getCell(SHEET.raterIdCell).value = raterId;
  sheet.getCell('C2').value = safeCellText(rater?.name ?? '');
  sheet.getCell('A3').value = t(localized('Project id', '项目 id'), language);
  sheet.getCell(SHEET.projectIdCell).value = doc.id;
  sheet.getCell('A4').value = t(localized('Scope', '评估对象'), language);
  sheet.getCell(SHEET.scopeCell).value = scope;

  const header = [
    t(localized('Criterion id', '维度 id'), language),
    t(localized('Criterion', '维度'), language),
    t(localized('Scale', '量纲'), language),
    t(localized('Direction', '方向'), language),
    t(localized('Weight', '权重'), language),
  ];
  header.forEach((text, i) => (sheet.getCell(SHEET.headerRow, i + 1).value = text));
  const firstCol = SHEET.firstSubjectColumn;
  const lastCol = firstCol + Math.max(subjects.length, 1) - 1;
  subjects.forEach((s, j) => {
    sheet.getCell(SHEET.idRow, firstCol + j).value = s.id;
    sheet.getCell(SHEET.headerRow, firstCol + j).value = safeCellText(s.name || s.id);
  });
  sheet.getRow(SHEET.headerRow).font = { bold: true };
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 28;

  const scoreOf = (subjectId: string, criterionId: string) =>
    doc.decision.scores.find(
      (s) => s.raterId === raterId && s.subjectId === subjectId && s.criterionId === criterionId,
    )?.value ?? null;
  const weightOf = (criterionId: string) =>
    doc.decision.weights.find((w) => w.raterId === raterId && w.criterionId === criterionId)
      ?.value ?? null;

  const first = SHEET.firstCriterionRow;
  const last = first + criteria.length - 1;
  criteria.forEach((c, i) => {
    const row = first + i;
    sheet.getCell(row, 1).value = c.id;
    sheet.getCell(row, 2).value = safeCellText(criterionLabel(c, language));
    sheet.getCell(row, 3).value = c.scale;
    sheet.getCell(row, 4).value = c.direction;
    sheet.getCell(row, SHEET.weightColumn).value = weightOf(c.id);
    subjects.forEach((s, j) => (sheet.getCell(row, firstCol + j).value = scoreOf(s.id, c.id)));
  });
  if (criteria.length === 0 || subjects.length === 0) return;

  // Normalised block: the same rules as shared/decision/normalise.ts, as live formulas.
  const normStart = last + 3;
  sheet.getCell(normStart - 1, 2).value = t(NORMALISED_HEADING, language);
  const F = columnLetter(firstCol);
  const L = columnLetter(lastCol);
  criteria.forEach((c, i) => {
    const source = first + i;
    const row = normStart + i;
    sheet.getCell(row, 1).value = c.id;
    sheet.getCell(row, 2).value = safeCellText(criterionLabel(c, language));
    subjects.forEach((_, j) => {
      const col = columnLetter(firstCol + j);
      const cell = `${col}${source}`;
      const range = `$${F}${source}:$${L}${source}`;
      const formula =
        c.scale === 'rating'
          ? `IF(${cell}="","",(MIN(${RATING_MAX},MAX(${RATING_MIN},${cell}))-${RATING_MIN})/${RATING_MAX - RATING_MIN})`
          : c.direction === 'benefit'
            ? `IF(${cell}="","",IF(MAX(${range})=0,1,${cell}/MAX(${range})))`
            : `IF(${cell}="","",IF(${cell}=0,1,MIN(${range})/${cell}))`;
      sheet.getCell(row, firstCol + j).value = {
        formula,
        result: normalisedResult(c, scoreOf, subjects, j),
      };
    });
  });
  const normEnd = normStart + criteria.length - 1;
  const totalRow = normEnd + 2;
  const rankRow = totalRow + 1;
  sheet.getCell(totalRow, 2).value = t(localized('Weighted total', '加权得分'), language);
  sheet.getCell(rankRow, 2).value = t(localized('Rank', '排名'), language);
  const weights = `$E$${first}:$E$${last}`;
  subjects.forEach((_, j) => {
    const col = columnLetter(firstCol + j);
    sheet.getCell(totalRow, firstCol + j).value = {
      formula: `IFERROR(SUMPRODUCT(${weights},${col}${normStart}:${col}${normEnd})/SUM(${weights}),"")`,
    };
    sheet.getCell(rankRow, firstCol + j).value = {
      formula: `IF(${col}${totalRow}="","",RANK(${col}${totalRow},$${F}$${totalRow}:$${L}$${totalRow}))`,
    };
  });
  sheet.getRow(totalRow).font = { bold: true };
}

/** The cached result of a normalised-score formula, for viewers that do not recalculate. */
function normalisedResult(
  criterion: { id: string; scale: 'rating' | 'value'; direction: 'benefit' | 'cost' },
  scoreOf: (subjectId: string, criterionId: string) => number | null,
  subjects: Subject[],
  j: number,
): number | string {
  const values = subjects.map((s) => scoreOf(s.id, criterion.id));
  const value = values[j];
  if (value === null || value === undefined) return '';
  if (criterion.scale === 'rating') return normaliseRating(value);
  const present = values.filter((v): v is number => v !== null);
  if (criterion.direction === 'benefit') {
    const max = Math.max(...present);
    return max === 0 ? 1 : value / max;
  }
  return value === 0 ? 1 : Math.min(...present) / value;
}
