import ExcelJS from 'exceljs';
import type { InterfaceList } from './export-interface-list.ts';

/**
 * The interface list as an Excel workbook. exceljs is a pure library: Node resolves its main
 * entry, browser bundlers its `browser` field (`dist/exceljs.min.js`, self-contained), so the
 * CLI and the renderer share this file. The cells arrive formula-safe from
 * `interfaceListRows`, and are written as values (text or numbers), never as formulas.
 */

/** Options of the workbook: sheet name and the document date (for stable file metadata). */
export type InterfaceWorkbookOptions = { sheetName: string; created: Date };

/** Excel limits sheet names to 31 characters and forbids : \ / ? * [ ]. */
function sheetNameOf(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Interfaces'
  );
}

/** The workbook: one sheet, bold frozen header, filters, column widths fitted to the text. */
export function buildInterfaceWorkbook(
  list: InterfaceList,
  options: InterfaceWorkbookOptions,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TraceReady';
  workbook.created = options.created;
  workbook.modified = options.created;
  const sheet = workbook.addWorksheet(sheetNameOf(options.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(list.header).font = { bold: true };
  for (const row of list.rows) sheet.addRow(row);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, list.rows.length + 1), column: Math.max(1, list.header.length) },
  };
  list.header.forEach((title, i) => {
    // A loop, not Math.max(...rows): spreading 125,000+ rows overflows the call stack.
    let longest = title.length;
    for (const r of list.rows) longest = Math.max(longest, String(r[i] ?? '').length);
    // CJK characters are about twice as wide as Latin ones; cap very long texts (reasons).
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest * 1.6));
  });
  return workbook;
}

/** The xlsx file's bytes (Office Open XML, ECMA-376). */
export async function exportInterfaceListXlsx(
  list: InterfaceList,
  options: InterfaceWorkbookOptions,
): Promise<Uint8Array> {
  const buffer = await buildInterfaceWorkbook(list, options).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
