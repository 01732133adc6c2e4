import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/lifecycle.ts';
import { header, optionsPage, startScreen } from './support/screens.ts';

const app = useApp();

const SAAS = 'A. CloudTrace SaaS with standard API';

describe('step 2 option selection', () => {
  it('ranks the worked example, reacts to a score, speaks Chinese and exports the score workbook', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const options = optionsPage(page);
    await options.open();

    // Both rankings side by side, and a rank-reversal threshold as a sentence.
    await options.tab('Results');
    await expect.poll(() => options.rankingRows('weightedSum').count()).toBe(3);
    expect(await options.rankingRows('topsis').count()).toBe(3);
    const top = options.rankingRows('weightedSum').first();
    expect(await top.textContent()).toContain(SAAS);
    // Mean ratings 8.25, 6.5, 9, 6.25, 6 under the mean weights → 69.1 of 100.
    expect(await top.textContent()).toContain('69.1');
    await options
      .thresholdSentences()
      .filter({
        hasText:
          'overtakes A. CloudTrace SaaS with standard API when Data security weighs more than 57.1%',
      })
      .waitFor();
    expect(await page.locator('.recharts-radar').count()).toBe(3); // one per candidate

    // The IT manager rates SaaS's implementation speed 1 instead of 9: the group mean drops
    // from 9 to 7, SaaS loses 0.225 × 2/9 = 5 points.
    await options.tab('Scores');
    await options.chooseRater(/Zhang Min/);
    await options.scoreInput(SAAS, 'Implementation speed').fill('1');
    await options.tab('Results');
    await expect.poll(() => top.textContent()).toContain('64.1');

    await header(page).switchLanguage('中文');
    await page.getByRole('tab', { name: '方案结果' }).waitFor();
    await options
      .thresholdSentences()
      .filter({ hasText: '当数据安全性权重超过' })
      .first()
      .waitFor();

    await options.tab('表格导入导出');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('imports a returned score workbook: a sub-heading row is skipped and listed, a merged weight is refused', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const options = optionsPage(page);
    await options.open();
    await options.tab('Spreadsheet');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    const exported = await readFile(await download.path());
    const returned = async (edit: (sheet: ExcelJS.Worksheet) => void) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        exported.buffer.slice(exported.byteOffset, exported.byteOffset + exported.byteLength),
      );
      workbook.eachSheet((sheet) => {
        if (sheet.getCell('B2').value === 'rater-qc') edit(sheet);
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const upload = async (name: string, buffer: Buffer) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('import-xlsx').click(),
      ]);
      await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer });
    };

    // A rater added a sub-heading: the scores below it are still read, the row is listed.
    await upload(
      'with-heading.xlsx',
      await returned((sheet) => sheet.spliceRows(9, 0, [null, 'Benefit criteria'])),
    );
    const skipped = page.locator('.ant-modal-confirm-warning');
    await skipped.getByText('These cells were not read').waitFor();
    expect(await skipped.textContent()).toContain('Imported 60 scores from 4 raters');
    expect(await skipped.getByRole('row').filter({ hasText: 'A9' }).textContent()).toContain(
      'A label without a criterion id',
    );
    await skipped.getByRole('button', { name: 'OK' }).click();

    // One weight merged over two criteria would be copied to both: refused at its cell.
    await upload(
      'merged-weight.xlsx',
      await returned((sheet) => {
        sheet.getCell('E7').value = 40;
        sheet.mergeCells('E7:E8');
      }),
    );
    const errors = page.getByTestId('import-errors');
    await errors.getByText('This weight cell is part of a merged range').waitFor();
    expect(await errors.getByRole('row').filter({ hasText: 'E8' }).count()).toBe(1);
  });
});
