import { readFile } from 'node:fs/promises';
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
});
