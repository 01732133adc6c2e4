import { describe, expect, it } from 'vitest';
import { exportScoreWorkbook } from '../../../shared/spreadsheet/score-workbook.ts';
import { workbookOverBounds, type WorkbookBounds } from '../../../shared/spreadsheet/zip-scan.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { appendToSheetData, rewriteZip } from './zip-support.ts';

/** Counting a workbook's sheets, rows, cells and unzipped bytes in the zip (issue 11, item 4). */

const wide: WorkbookBounds = {
  sheets: 1_000,
  rowsPerSheet: 1_000_000,
  cells: 1_000_000,
  strings: 1_000_000,
  inflatedBytes: 1_000_000_000,
};
const exported = () => exportScoreWorkbook(exampleDocument(), 'option', 'en');
/** Rows with one inline-text cell each, enough to span many inflated chunks. */
const rows = (n: number, from = 100) =>
  Array.from(
    { length: n },
    (_, i) => `<row r="${from + i}"><c r="A${from + i}" t="inlineStr"><is><t>x</t></is></c></row>`,
  ).join('');

describe('workbookOverBounds', () => {
  it('passes a real score workbook within the bounds', async () => {
    expect(await workbookOverBounds(await exported(), wide)).toBeNull();
  });

  it('is null for bytes that are not a zip (the workbook library then refuses them)', async () => {
    expect(await workbookOverBounds(new Uint8Array(200), wide)).toBeNull();
  });

  it('counts rows exactly, across inflated chunks: n rows pass a bound of n, fail n − 1', async () => {
    const workbook = await exported();
    let rowsBefore = 0;
    rewriteZip(workbook, (name, data) => {
      if (name === 'xl/worksheets/sheet3.xml')
        rowsBefore = data.toString('utf8').match(/<row[\s>/]/g)?.length ?? 0;
      return data;
    });
    const added = 20_000; // ≈ 1.2 MB of XML: many chunks of the inflate stream
    const bomb = rewriteZip(workbook, (name, data) =>
      name === 'xl/worksheets/sheet3.xml' ? appendToSheetData(data, rows(added)) : data,
    );
    const total = rowsBefore + added;
    expect(await workbookOverBounds(bomb, { ...wide, rowsPerSheet: total })).toBeNull();
    expect(await workbookOverBounds(bomb, { ...wide, rowsPerSheet: total - 1 })).toEqual({
      bound: 'rowsPerSheet',
      sheet: 'Wang Fang (QC manager)',
      limit: total - 1,
    });
  });

  it.each([
    ['sheets', { sheets: 2 }],
    ['cells', { cells: 50 }],
    ['strings', { strings: 3 }],
    ['inflatedBytes', { inflatedBytes: 5_000 }],
  ] as const)('names the %s bound it passes', async (bound, limits) => {
    const passed = await workbookOverBounds(await exported(), { ...wide, ...limits });
    expect(passed?.bound).toBe(bound);
  });

  it('counts the unzipped bytes it inflates, not the sizes the headers declare', async () => {
    const forged = rewriteZip(await exported(), (_, data) => data, 10);
    expect((await workbookOverBounds(forged, { ...wide, inflatedBytes: 5_000 }))?.bound).toBe(
      'inflatedBytes',
    );
  });
});
