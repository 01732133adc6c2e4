import { describe, expect, it } from 'vitest';
import { watchConsole } from './support/harness.ts';
import { useApp } from './support/lifecycle.ts';
import { header, overview, startScreen } from './support/screens.ts';

const app = useApp();

describe('crash recovery', () => {
  it('offers back autosaved work after the tab dies, as unsaved', async () => {
    const { page, context } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    await overview(page).clientInput().fill('Recovered Foods Ltd.');
    await page.getByText(/^Autosaved /).waitFor();

    await page.close({ runBeforeUnload: false }); // the tab crashes: no save, no unload prompt
    const reopened = await context.newPage();
    const problems = watchConsole(reopened); // the first page's watcher went with it
    await reopened.goto(app.url);
    const prompt = reopened.locator('.ant-modal-confirm', { hasText: 'Recover unsaved work?' });
    await prompt.getByRole('button', { name: 'Recover' }).click();

    await expect
      .poll(() => overview(reopened).clientInput().inputValue())
      .toBe('Recovered Foods Ltd.');
    await expect.poll(() => header(reopened).saveState().textContent()).toBe('Not saved yet');
    expect(problems).toEqual([]);
  });
});

describe('languages', () => {
  it('follows a Chinese browser locale, switches to English, and remembers the choice', async () => {
    const { page } = await app.open({ locale: 'zh-CN' });
    await page.getByText('开始一个追溯系统对接项目').waitFor();
    await startScreen(page).createFromTemplate('food-plant');
    await page.getByRole('menuitem', { name: /总览/ }).waitFor();
    expect(await overview(page).titleInput().inputValue()).toContain('华欣食品');

    await header(page).switchLanguage('English');
    await page.getByRole('menuitem', { name: /Overview/ }).waitFor();
    expect(await page.getByText('Progress through the three steps').count()).toBe(1);

    page.on('dialog', (dialog) => void dialog.accept()); // leave despite the unsaved project
    await page.reload();
    await page.getByText('Start a traceability integration project').waitFor();
  });

  it('shows the report page and the rollout plan in Chinese', async () => {
    const { page } = await app.open({ locale: 'zh-CN' });
    await startScreen(page).createFromTemplate('food-plant');
    await page.getByRole('menuitem', { name: /报告/ }).click();
    await page.getByRole('button', { name: /生成预览/ }).waitFor();
    await page.getByRole('menuitem', { name: /第三步/ }).click();
    await page.getByRole('tab', { name: '计划' }).waitFor();
    await page.getByText('关键路径', { exact: true }).first().waitFor();
  });
});
