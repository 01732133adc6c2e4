import { describe, expect, it } from 'vitest';
import type { InterfaceList } from '../../../shared/flows/export-interface-list.ts';
import { buildInterfaceWorkbook } from '../../../shared/flows/export-xlsx.ts';

describe('buildInterfaceWorkbook at scale (issue 11, item 1)', () => {
  it('fits column widths over 150,000 rows without spreading them into Math.max', () => {
    // Math.max(...rows) throws RangeError from about 125,000 arguments.
    const rows = Array.from({ length: 150_000 }, (_, i) => [i === 149_999 ? 'x'.repeat(30) : 'a']);
    const list: InterfaceList = { header: ['Id'], rows };
    const workbook = buildInterfaceWorkbook(list, {
      sheetName: 'Interfaces',
      created: new Date(0),
    });
    expect(workbook.getWorksheet('Interfaces')!.getColumn(1).width).toBe(48);
  });
});
