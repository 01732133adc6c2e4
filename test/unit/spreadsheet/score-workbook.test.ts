import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../shared/model/references.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { safeCellText, columnLetter, sheetName } from '../../../shared/spreadsheet/cell-text.ts';
import { exportScoresCsv, importScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import { importScoreWorkbook } from '../../../shared/spreadsheet/score-import.ts';
import { exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';
import { edited, ids, raterSheet } from './sheet-support.ts';

const example = (language: 'en' | 'zh-CN' = 'en') =>
  loadTemplateDocument(findTemplate('food-plant')!, language);
describe('score workbook', () => {
  it.each(['option', 'vendor'] as const)('round-trips the %s scores unchanged', async (scope) => {
    const doc = example();
    const bytes = await exportScoreWorkbook(doc, scope, 'en');
    const result = await importScoreWorkbook(doc, bytes, scope, ids());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.decision).toEqual(doc.decision);
  });

  it('keeps live formulas: normalised scores, weighted totals and ranks', async () => {
    const bytes = await exportScoreWorkbook(example(), 'option', 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = raterSheet(workbook, 'rater-it');
    const formulas: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas.some((f) => f.startsWith('IF(F7="","",(MIN(10,MAX(1,F7))-1)/9)'))).toBe(true);
    expect(formulas.some((f) => f.includes('SUMPRODUCT($E$7:$E$11'))).toBe(true);
    expect(formulas.some((f) => f.includes('RANK('))).toBe(true);
  });

  it('imports an edited score and weight by id, as one change', async () => {
    const doc = example();
    const bytes = await edited(await exportScoreWorkbook(doc, 'option', 'en'), (wb) => {
      const sheet = raterSheet(wb, 'rater-qc');
      sheet.getCell('F7').value = 10; // cand-saas × initial cost
      sheet.getCell('E10').value = 50; // data security weight
    });
    const result = await importScoreWorkbook(doc, bytes, 'option', ids());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const score = result.document.decision.scores.find((s) => s.id === 's-saas-qc-initial-cost');
    expect(score?.value).toBe(10);
    const weight = result.document.decision.weights.find((w) => w.id === 'w-qc-data-security');
    expect(weight?.value).toBe(50);
    expect(checkReferences(result.document)).toEqual([]);
  });

  it('refuses a bad sheet with every problem located, changing nothing', async () => {
    const doc = example();
    const before = structuredClone(doc);
    const bytes = await edited(await exportScoreWorkbook(doc, 'option', 'en'), (wb) => {
      const sheet = raterSheet(wb, 'rater-it');
      sheet.getCell('G8').value = 12; // outside 1–10
      sheet.getCell('H9').value = 'good'; // not a number
      sheet.getCell('A10').value = 'crit-nonsense';
      sheet.getCell('E7').value = -3;
    });
    const result = await importScoreWorkbook(doc, bytes, 'option', ids());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const located = result.errors.map((e) => e.cell).sort();
    expect(located).toEqual(['A10', 'E7', 'G8', 'H9']);
    expect(result.errors.every((e) => e.sheet !== '' && e.message['zh-CN'] !== '')).toBe(true);
    expect(doc).toEqual(before);
  });

  it('refuses a sheet from another project and a file that is not a workbook', async () => {
    const doc = example();
    const other = { ...doc, decision: { ...doc.decision, raters: [] } } as ProjectDocument;
    const foreign = await importScoreWorkbook(
      other,
      await exportScoreWorkbook(doc, 'option', 'en'),
      'option',
      ids(),
    );
    expect(foreign.ok === false && foreign.errors[0]?.cell).toBe('B2');
    const junk = await importScoreWorkbook(
      doc,
      new TextEncoder().encode('not a zip'),
      'option',
      ids(),
    );
    expect(junk.ok === false && junk.errors[0]?.message.en).toMatch(/not an Excel workbook/);
  });

  it('writes user text formula-safe and Chinese intact', async () => {
    const doc = example('zh-CN');
    const hostile = {
      ...doc,
      decision: {
        ...doc.decision,
        raters: doc.decision.raters.map((r, i) =>
          i === 0 ? { ...r, name: '=HYPERLINK("http://x")' } : r,
        ),
      },
    };
    const bytes = await exportScoreWorkbook(hostile, 'option', 'zh-CN');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = raterSheet(workbook, 'rater-it');
    expect(sheet.getCell('C2').value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getCell('B7').value).toBe('初期投入成本');
  });
});

describe('score CSV', () => {
  it('round-trips the scores', () => {
    const doc = example();
    const result = importScoresCsv(doc, exportScoresCsv(doc, 'option', 'en'), 'option', ids());
    expect(result.ok && result.document.decision.scores).toEqual(doc.decision.scores);
  });

  it('locates bad rows and columns and changes nothing', () => {
    const doc = example();
    const csv = exportScoresCsv(doc, 'option', 'en').split('\n');
    csv[3] = csv[3]!.replace('rater-it', 'rater-ghost');
    const result = importScoresCsv(doc, csv.join('\n'), 'option', ids());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.cell).toBe('row 4, raterId');
  });
});

describe('cell text', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['＝1+1', "'＝1+1"],
    ['plain', 'plain'],
    ['华欣', '华欣'],
  ])('safeCellText(%j) = %j', (input, expected) => expect(safeCellText(input)).toBe(expected));

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %d is %s', (index, letters) => expect(columnLetter(index)).toBe(letters));

  it('makes unique, valid sheet names', () => {
    const taken = new Set(['zhang min']);
    expect(sheetName('Zhang Min', taken)).toBe('Zhang Min 2');
    expect(sheetName('a/b:c*?[d]', new Set())).toBe('a b c   d');
    expect(sheetName('x'.repeat(40), new Set())).toHaveLength(28);
  });
});
