import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../../../shared/spreadsheet/import-guards.ts';
import { exportScoresCsv, importScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import { importScoreWorkbook } from '../../../shared/spreadsheet/score-import.ts';
import { SHEET, exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { edited, ids, raterSheet } from './sheet-support.ts';
import { appendToSheetData, rewriteZip } from './zip-support.ts';

/**
 * Rows and columns the score import reads past (issue 11, item 4): a label row no longer ends
 * the read, and every skipped row, column or CSV column is reported with sheet, cell and why.
 */

const doc = exampleDocument();
const ALL_SCORES = 4 * 3 * 5; // raters × candidates × criteria of the example
const QC_SHEET = 'Wang Fang (QC manager)';
const scoreOf = (
  d: typeof doc,
  criterionId: string,
  subjectId = 'cand-custom',
  raterId = 'rater-qc',
) =>
  d.decision.scores.find(
    (s) => s.raterId === raterId && s.subjectId === subjectId && s.criterionId === criterionId,
  )?.value;

async function imported(edit: (sheet: ExcelJS.Worksheet) => void) {
  const bytes = await edited(await exportScoreWorkbook(doc, 'option', 'en'), (wb) =>
    edit(raterSheet(wb, 'rater-qc')),
  );
  return importScoreWorkbook(doc, bytes, 'option', ids());
}

describe('score workbook import: rows and columns without an id', () => {
  it('a sub-heading row (a label in column B only) is skipped, located, and the rows below are read', async () => {
    const result = await imported((sheet) => {
      sheet.spliceRows(9, 0, [null, 'Benefit criteria']);
      sheet.getCell('G12').value = 2; // crit-scalability, moved from row 11 to 12
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scores).toBe(ALL_SCORES);
    expect(scoreOf(result.document, 'crit-scalability')).toBe(2);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({ sheet: QC_SHEET, cell: 'A9' });
    expect(result.skipped[0]!.message.en).toMatch(/without a criterion id/);
    expect(result.skipped[0]!.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a row whose id was deleted (scores and weight cleared, label kept) is skipped and the rows below are read', async () => {
    const result = await imported((sheet) => {
      for (let column = 1; column <= 8; column++)
        if (column !== 2) sheet.getCell(9, column).value = null;
      sheet.getCell('G11').value = 2;
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scores).toBe(ALL_SCORES - 3);
    expect(scoreOf(result.document, 'crit-scalability')).toBe(2);
    expect(result.skipped.map((s) => s.cell)).toEqual(['A9']);
  });

  it('a row whose id was deleted but that still holds scores or a weight is refused, located', async () => {
    const result = await imported((sheet) => {
      sheet.getCell('A9').value = null;
      sheet.getCell('G11').value = 2;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ sheet: QC_SHEET, cell: 'E9' })]);
  });

  it('ends at the normalised block even when its title was renamed (formulas below)', async () => {
    const result = await imported((sheet) => {
      for (let row = 12; row <= 14; row++)
        if (sheet.getCell(row, 2).value !== null) sheet.getCell(row, 2).value = 'Scaled';
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scores).toBe(ALL_SCORES);
    expect(result.skipped).toEqual([]);
  });

  it('a column with a header but no id in row 5 is skipped, located', async () => {
    const result = await imported((sheet) => {
      sheet.getCell('I6').value = 'Remarks';
      sheet.getCell('I8').value = 'cheaper than it looks';
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scores).toBe(ALL_SCORES);
    expect(result.skipped).toEqual([
      expect.objectContaining({ sheet: QC_SHEET, cell: `I${SHEET.idRow}` }),
    ]);
    expect(result.skipped[0]!.message.en).toMatch(/Column I has no candidate id/);
  });

  it('a column with scores but no id in row 5 is refused, located', async () => {
    const result = await imported((sheet) => {
      sheet.getCell('I6').value = 'D. other';
      sheet.getCell('I7').value = 5;
    });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ sheet: QC_SHEET, cell: 'I7' }),
    ]);
  });

  it('refuses a weight merged over two criteria (one weight copied to both), located', async () => {
    const result = await imported((sheet) => {
      sheet.getCell('E7').value = 40;
      sheet.mergeCells('E7:E8');
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.errors.find((e) => e.cell === 'E8');
    expect(hit?.message.en, JSON.stringify(result.errors)).toMatch(/merged/);
    expect(hit?.message['zh-CN']).toMatch(/合并/);
  });

  it('an untouched workbook skips nothing', async () => {
    const result = await imported(() => undefined);
    expect(result.ok && result.skipped).toEqual([]);
  });
});

describe('score workbook import: a row bomb is refused before the workbook is parsed', () => {
  it('refuses 200,000 empty rows in a few KB by the tab name, before exceljs parses it', async () => {
    const exported = await exportScoreWorkbook(doc, 'option', 'en');
    const bomb = rewriteZip(exported, (name, data) =>
      name === 'xl/worksheets/sheet3.xml'
        ? appendToSheetData(data, '<row/>'.repeat(200_000))
        : data,
    );
    expect(bomb.length).toBeLessThan(50_000);
    const result = await importScoreWorkbook(doc, bomb, 'option', ids());
    expect(result).toMatchObject({ ok: false, unread: true });
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.sheet).toBe(QC_SHEET);
    expect(result.errors[0]!.message.en).toMatch(
      `more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows`,
    );
    expect(result.errors[0]!.message['zh-CN']).toMatch(
      `超过 ${MAX_IMPORT_ROWS.toLocaleString('en')} 行`,
    );
  });

  it('the rewritten workbook without a bomb still imports (the zip helper is sound)', async () => {
    const exported = await exportScoreWorkbook(doc, 'option', 'en');
    const same = rewriteZip(exported, (_, data) => data);
    const result = await importScoreWorkbook(doc, same, 'option', ids());
    expect(result.ok && result.scores).toBe(ALL_SCORES);
  });
});

describe('score CSV import: unknown columns', () => {
  const lines = exportScoresCsv(doc, 'option', 'en').split(/\r?\n/);

  it('reports a column it does not know (a typo), located, and reads the rest', () => {
    const text = [`${lines[0]},vaule`, ...lines.slice(1).map((l) => `${l},9`)].join('\n');
    const result = importScoresCsv(doc, text, 'option', ids());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.skipped).toEqual([
      expect.objectContaining({ sheet: 'CSV', cell: 'row 1, vaule' }),
    ]);
    expect(result.skipped[0]!.message.en).toMatch(/Not a column of the score CSV/);
    expect(result.skipped[0]!.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the exported CSV skips nothing', () => {
    const result = importScoresCsv(doc, lines.join('\n'), 'option', ids());
    expect(result.ok && result.skipped).toEqual([]);
  });
});
