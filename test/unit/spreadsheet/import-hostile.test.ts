import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  parseCellNumber,
  zipInflatedSize,
} from '../../../shared/spreadsheet/import-guards.ts';
import { exportScoresCsv, importScoresCsv } from '../../../shared/spreadsheet/score-csv.ts';
import { importScoreWorkbook } from '../../../shared/spreadsheet/score-import.ts';
import { zipEntries } from '../../../shared/spreadsheet/zip-scan.ts';
import { SHEET, exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { scoreSchema } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { edited, ids, raterSheet } from './sheet-support.ts';
import { counted } from '../fuzz/fuzz-support.ts';

/** Hostile spreadsheets (issue 11, item 4): every skipped cell located, nothing silently lost. */

describe('parseCellNumber', () => {
  it.each([
    ['1,000', 1000],
    ['1,234,567.5', 1234567.5],
    ['8,5', 8.5],
    ['8.5', 8.5],
    [' 7 ', 7],
    ['１０', 10],
    ['1 000', 1000],
    ['-3', -3],
    ['1e3', 1000],
    ['', null],
    ['1,00', 1],
    ['1,0000', 1],
    ['abc', undefined],
    ['1,000,00', undefined],
    ['1.000,5', undefined],
    ['Infinity', undefined],
    ['0x10', undefined],
  ] as const)('%j → %j', (raw, expected) => {
    expect(parseCellNumber(raw)).toBe(expected);
  });
});

describe('score workbook import', () => {
  const doc = exampleDocument();
  const exported = () => exportScoreWorkbook(doc, 'option', 'en');

  it('a blank row inside the scores does not drop the rows after it', async () => {
    const bytes = await edited(await exported(), (wb) => {
      const sheet = raterSheet(wb, 'rater-qc');
      sheet.spliceRows(9, 0, []);
      sheet.getCell('F11').value = 2; // the row below the blank one (was F10)
    });
    const result = await importScoreWorkbook(doc, bytes, 'option', ids());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scores).toBe(4 * 3 * 5);
    const s = result.document.decision.scores.find(
      (x) =>
        x.raterId === 'rater-qc' &&
        x.subjectId === 'cand-saas' &&
        x.criterionId === 'crit-data-security',
    );
    expect(s?.value).toBe(2);
  });

  it('reads "1,000" in a value cell as 1000', async () => {
    const bytes = await edited(await exported(), (wb) => {
      raterSheet(wb, 'rater-qc').getCell('E10').value = '1,000';
    });
    const result = await importScoreWorkbook(doc, bytes, 'option', ids());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const w = result.document.decision.weights.find(
      (x) => x.raterId === 'rater-qc' && x.criterionId === 'crit-data-security',
    );
    expect(w?.value).toBe(1000);
  });

  const refusals: [string, (wb: ExcelJS.Workbook) => void, string, RegExp][] = [
    ['merged score cells', (wb) => raterSheet(wb, 'rater-qc').mergeCells('F7:G7'), 'G7', /merged/],
    [
      'a second sheet for the same rater',
      (wb) => {
        const copy = wb.addWorksheet('copy');
        copy.getCell('A1').value = raterSheet(wb, 'rater-qc').getCell('A1').value;
        copy.getCell(SHEET.raterIdCell).value = 'rater-qc';
        copy.getCell(SHEET.scopeCell).value = 'option';
      },
      SHEET.raterIdCell,
      /already has the sheet/,
    ],
    [
      'a candidate column twice',
      (wb) => {
        const sheet = raterSheet(wb, 'rater-qc');
        sheet.getCell(SHEET.idRow, 9).value = sheet.getCell(SHEET.idRow, 6).value;
      },
      `I${SHEET.idRow}`,
      /already has column F/,
    ],
    [
      'a criterion row twice',
      (wb) => {
        const sheet = raterSheet(wb, 'rater-qc');
        sheet.getCell('A8').value = sheet.getCell('A7').value;
      },
      'A8',
      /already has row 7/,
    ],
    [
      'scores in a row without a criterion id',
      (wb) => {
        const sheet = raterSheet(wb, 'rater-qc');
        sheet.spliceRows(9, 0, [null, null, null, null, null, 5]);
      },
      'F9',
      /no criterion id/,
    ],
  ];
  it.each(refusals)('refuses %s, located', async (_, edit, cell, message) => {
    const result = await importScoreWorkbook(
      doc,
      await edited(await exported(), edit),
      'option',
      ids(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.errors.find((e) => e.cell === cell);
    expect(hit?.message.en, JSON.stringify(result.errors)).toMatch(message);
    expect(hit?.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a file over the byte limit before unzipping it', async () => {
    const result = await importScoreWorkbook(
      doc,
      new Uint8Array(MAX_IMPORT_BYTES + 1),
      'option',
      ids(),
    );
    expect(!result.ok && result.errors[0]!.message.en).toMatch(/too large/);
  });

  it('refuses a zip that declares more unzipped bytes than the limit (a bomb)', async () => {
    const result = await importScoreWorkbook(doc, fakeZip(0x7fff_ffff), 'option', ids());
    expect(!result.ok && result.errors[0]!.message.en).toMatch(/too large/);
  });

  it('reads the declared unzipped size of a real workbook', async () => {
    const bytes = await exported();
    expect(zipInflatedSize(zipEntries(bytes))).toBeGreaterThan(bytes.length);
    expect(zipInflatedSize(zipEntries(new Uint8Array(100)))).toBeNull();
  });
});

/** A zip with one central-directory entry declaring `size` unzipped bytes (APPNOTE 4.3.12). */
function fakeZip(size: number): Uint8Array {
  const name = 'xl/sharedStrings.xml';
  const cd = new DataView(new ArrayBuffer(46 + name.length));
  cd.setUint32(0, 0x02014b50, true);
  cd.setUint32(24, size, true);
  cd.setUint16(28, name.length, true);
  new TextEncoder().encodeInto(name, new Uint8Array(cd.buffer, 46));
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, cd.byteLength, true);
  end.setUint32(16, 0, true);
  return new Uint8Array([...new Uint8Array(cd.buffer), ...new Uint8Array(end.buffer)]);
}

describe('score CSV import', () => {
  const doc = exampleDocument();
  const csv = () => exportScoresCsv(doc, 'option', 'en');

  it('blank lines in the middle drop nothing', () => {
    const lines = csv().split(/\r?\n/);
    const withBlanks = [...lines.slice(0, 10), '', '', ...lines.slice(10)].join('\n');
    const result = importScoresCsv(doc, withBlanks, 'option', ids());
    expect(result.ok && result.scores).toBe(
      importScoresCsv(doc, csv(), 'option', ids()).ok ? lines.length - 1 : -1,
    );
  });

  it('refuses a repeated column and a repeated row, located', () => {
    const lines = csv().split(/\r?\n/);
    const dupColumn = [lines[0] + ',value', ...lines.slice(1).map((l) => l + ',1')].join('\n');
    const r1 = importScoresCsv(doc, dupColumn, 'option', ids());
    expect(!r1.ok && r1.errors[0]!.message.en).toMatch(/Columns appear twice: value/);
    const dupRow = [...lines, lines[1]].join('\n');
    const r2 = importScoresCsv(doc, dupRow, 'option', ids());
    expect(!r2.ok && r2.errors[0]!.cell).toBe(`row ${lines.length + 1}, criterionId`);
  });

  it('work grows linearly with the rows (no find per row)', () => {
    // Many raters' rows for a project with many raters: 2,000 and 20,000 rows. The work is
    // counted as reads of the project (no timings in tests): a find per row would read the
    // raters or scores once per row, ×10 more reads per row for ten times the rows.
    const make = (raters: number) => {
      const d = structuredClone(doc);
      d.decision.raters = Array.from({ length: raters }, (_, i) => ({
        id: `r${i}`,
        name: `R${i}`,
        department: 'other' as const,
      }));
      d.decision.scores = [];
      return d;
    };
    const readsPerRow = (raters: number) => {
      const d = make(raters);
      const text = exportScoresCsv(d, 'option', 'en').replace(/,,,,$/gm, ',5,,,');
      const { value, reads } = counted(d);
      const result = importScoresCsv(value, text, 'option', ids());
      expect(result.ok).toBe(true);
      return reads() / text.split('\n').length;
    };
    // 15 rows per rater: 135 → 1,350 raters ≈ 2,000 → 20,000 rows; n log n allows ×1.3.
    expect(readsPerRow(1_350) / readsPerRow(135)).toBeLessThan(1.3);
  });
});

describe('what the CSV import accepts must save (issue 11, item 5)', () => {
  it('refuses a note longer than the schema allows, located, and accepts one at the limit', () => {
    const doc = exampleDocument();
    const lines = exportScoresCsv(doc, 'option', 'en').split(/\r?\n/);
    const withNote = (note: string) =>
      [lines[0], lines[1]!.replace(/,[^,]*$/, `,${note}`)].join('\n');
    const long = importScoresCsv(doc, withNote('x'.repeat(2001)), 'option', ids());
    expect(!long.ok && long.errors[0]!.cell).toBe('row 2, note');
    const atLimit = importScoresCsv(doc, withNote('x'.repeat(2000)), 'option', ids());
    expect(atLimit.ok).toBe(true);
    if (atLimit.ok)
      expect(scoreSchema.array().safeParse(atLimit.document.decision.scores).success).toBe(true);
  });
});
