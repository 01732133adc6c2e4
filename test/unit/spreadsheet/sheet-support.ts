import ExcelJS from 'exceljs';
import { SHEET } from '../../../shared/spreadsheet/score-workbook.ts';

/** Helpers of the score spreadsheet tests: ids, editing an exported workbook, a rater's sheet. */

/** A fresh id generator: new-1, new-2, … */
export const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

/** Loads the exported bytes, lets a test edit cells, and returns the new bytes. */
export async function edited(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet of one rater (by the id in B2). */
export const raterSheet = (workbook: ExcelJS.Workbook, raterId: string) => {
  let found: ExcelJS.Worksheet | undefined;
  workbook.eachSheet((sheet) => {
    if (sheet.getCell(SHEET.raterIdCell).value === raterId) found = sheet;
  });
  if (!found) throw new Error(`no sheet for ${raterId}`);
  return found;
};
