import { safeCellText } from '../../../shared/spreadsheet/cell-text.ts';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exportInterfaceListCsv,
  interfaceListRows,
} from '../../../shared/flows/export-interface-list.ts';
import { exportInterfaceListXlsx } from '../../../shared/flows/export-xlsx.ts';
import type { ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';
import { arbitraryFlows, diagram, flow, system } from './flow-fixtures.ts';

const INJECTION = '=HYPERLINK("http://x")';
/** OWASP "CSV Injection": cells must not start with = + - @ tab or carriage return. */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Systems named to attack a spreadsheet, a reason across lines, names in Chinese. */
function hostile(): ProjectDocument {
  return diagram(
    [
      system('a', 'erp', { name: INJECTION }),
      system('b', 'traceability', { name: '追溯平台' }),
      system('c', 'mes', { name: '+cmd|" /C calc"!A0' }),
    ],
    [
      flow('f1', 'a', 'b', ['goods-receipt'], {
        reason: '-2+3\n第二行 "quoted", comma',
        frequency: '@SUM(A1)',
      }),
      flow('f2', 'c', 'b', ['production-output'], {
        protocol: 'mqtt',
        latency: '\t=1+1',
        volumePerDay: 42,
      }),
    ],
  );
}

const options = { sheetName: 'Interfaces', created: new Date('2026-11-26T08:00:00Z') };

async function readXlsx(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { sheet, rows };
}

describe('safeCellText (OWASP CSV injection prevention)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"],
    [INJECTION, `'${INJECTION}`],
    ['ERP', 'ERP'],
    ['a=1', 'a=1'],
    ["'quoted", "'quoted"],
    ['', ''],
    ['追溯平台', '追溯平台'],
  ])('%j → %j', (input, output) => {
    expect(safeCellText(input)).toBe(output);
  });
});

describe('interfaceListRows', () => {
  it('has one row per flow of the worked example, in both languages', () => {
    const en = interfaceListRows(exampleDocument('en'), 'en');
    expect(en.header).toHaveLength(19);
    expect(en.rows).toHaveLength(11);
    expect(en.rows[0]!.slice(0, 8)).toEqual([
      'IF-01',
      'ERP',
      'Internal',
      'Traceability platform',
      'Internal',
      'One-way',
      'Material master; Supplier master',
      'Scheduled',
    ]);
    expect(en.rows[0]![10]).toBe(200);
    const zh = interfaceListRows(exampleDocument('zh-CN'), 'zh-CN');
    expect(zh.header[0]).toBe('编号');
    expect(zh.rows[5]![5]).toBe('双向');
  });

  it('neutralises every text cell', () => {
    const list = interfaceListRows(hostile(), 'en');
    expect(list.rows[0]![1]).toBe(`'${INJECTION}`);
    expect(list.rows[1]![1]).toBe(`'+cmd|" /C calc"!A0`);
    expect(list.rows[0]![8]).toBe("'@SUM(A1)");
    expect(list.rows[1]![9]).toBe("'\t=1+1");
    expect(list.rows[1]![10]).toBe(42);
  });
});

describe('exportInterfaceListCsv', () => {
  it('round-trips through a CSV parser with Chinese, quotes, commas and newlines intact', () => {
    const list = interfaceListRows(hostile(), 'zh-CN');
    const csv = exportInterfaceListCsv(list);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed[0]).toEqual(list.header);
    expect(parsed.slice(1)).toEqual(list.rows.map((r) => r.map(String)));
    expect(parsed[1]![1]).toBe(`'${INJECTION}`);
    expect(parsed[1]![3]).toBe('追溯平台');
    expect(parsed[1]![17]).toBe(`'-2+3\n第二行 "quoted", comma`);
  });

  it('never lets a cell start with a formula character, whatever the names', () => {
    fc.assert(
      fc.property(arbitraryFlows, (flows) => {
        const csv = exportInterfaceListCsv(interfaceListRows({ ...diagram([], []), flows }, 'en'));
        for (const row of Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data)
          for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 100 },
    );
  });
});

describe('exportInterfaceListXlsx', () => {
  it('writes an xlsx that reads back with text cells, the injection inert, Chinese intact', async () => {
    const list = interfaceListRows(hostile(), 'zh-CN');
    const bytes = await exportInterfaceListXlsx(list, { ...options, sheetName: '接口清单' });
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK'); // an OOXML zip
    const { sheet, rows } = await readXlsx(bytes);
    expect(sheet.name).toBe('接口清单');
    expect(rows[0]).toEqual(list.header);
    expect(rows[1]![1]).toBe(`'${INJECTION}`);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(rows[1]![3]).toBe('追溯平台');
    expect(rows[2]![10]).toBe(42);
    expect(sheet.getCell('K3').type).toBe(ExcelJS.ValueType.Number);
    let formulas = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
      }),
    );
    expect(formulas).toBe(0);
  });

  it('keeps the worked example’s 11 rows and freezes the header', async () => {
    const list = interfaceListRows(exampleDocument('en'), 'en');
    const { sheet, rows } = await readXlsx(await exportInterfaceListXlsx(list, options));
    expect(rows).toHaveLength(12);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows[11]![0]).toBe('IF-11');
  });

  it('writes an empty list as a header row only, and fixes an illegal sheet name', async () => {
    const list = interfaceListRows(diagram([], []), 'en');
    const { sheet, rows } = await readXlsx(
      await exportInterfaceListXlsx(list, { ...options, sheetName: 'a/b:c*[d]?' }),
    );
    expect(rows).toEqual([list.header]);
    expect(sheet.name).toBe('a b c  d');
  });
});
