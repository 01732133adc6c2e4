import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../electron/main/security.ts';
import { parseProject } from '../../shared/model/parse.ts';
import { useApp } from './support/lifecycle.ts';
import { header, overview, startScreen } from './support/screens.ts';

const app = useApp();

// The e2e build (`vite build --mode e2e`) lets `?fail-render=<page>` make one page throw while
// rendering (renderer/app/error-boundary/render-fault.ts); production builds drop the hook.
const INJECTED = /Injected render failure on the rollout page/;

/** React reports every caught render error on the console; these are the ones we caused. */
function forgetInjectedErrors(problems: string[], injected = INJECTED) {
  const unexpected = problems.filter((p) => !injected.test(p) && !/The above error/.test(p));
  problems.splice(0, problems.length, ...unexpected);
}

describe('a page that fails to render (issue 11, item 8)', () => {
  it('shows a calm panel, keeps the project and its undo history, and saves a copy', async () => {
    const { page, problems } = await app.open();
    await page.goto(`${app.url}?fail-render=rollout`);
    await startScreen(page).createFromTemplate('food-plant');
    await overview(page).clientInput().fill('Crash Test Foods');
    await page.getByRole('menuitem', { name: /3 Rollout/ }).click();

    const panel = page.getByTestId('error-panel-page');
    await panel.getByText('This page could not be shown').waitFor();
    await panel.getByText(INJECTED).first().waitFor();
    // The shell around the page still works: header and navigation.
    expect(await header(page).projectTitle().textContent()).not.toBe('');
    await page.getByRole('menuitem', { name: /Report/ }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Save a copy…' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\(copy\)\.trplan$/);
    await panel.getByText(/^Saved a copy as/).waitFor();
    const copy = parseProject(await readFile(await download.path(), 'utf8'));
    expect(copy.ok && copy.document.meta.client).toBe('Crash Test Foods');

    await panel.getByRole('button', { name: 'Back to overview' }).click();
    await expect.poll(() => overview(page).clientInput().inputValue()).toBe('Crash Test Foods');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => overview(page).clientInput().inputValue()).not.toBe('Crash Test Foods');
    forgetInjectedErrors(problems);
  });

  it('speaks Chinese in a Chinese UI', async () => {
    const { page, problems } = await app.open({ locale: 'zh-CN' });
    await page.goto(`${app.url}?fail-render=rollout`);
    await startScreen(page).createFromTemplate('food-plant');
    await page.getByRole('menuitem', { name: /第三步/ }).click();
    const panel = page.getByTestId('error-panel-page');
    await panel.getByText('此页面无法显示').waitFor();
    await panel.getByRole('button', { name: '保存副本…' }).waitFor();
    await panel.getByRole('button', { name: '返回总览' }).click();
    await overview(page).titleInput().waitFor();
    forgetInjectedErrors(problems);
  });
});

describe('the built page (issue 11, item 8)', () => {
  it('carries the one Content-Security-Policy of electron/main/security.ts', async () => {
    const { page } = await app.open();
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await meta.getAttribute('content')).toBe(buildContentSecurityPolicy(null, 'meta'));
  });
});

describe('the whole UI fails to render', () => {
  it('shows the root panel, has written the recovery copy at once, and saves a copy', async () => {
    const { page, problems } = await app.open();
    await page.goto(`${app.url}?fail-render=root`);
    await startScreen(page).createFromTemplate('food-plant');
    // The first edit breaks the whole UI, before autosave's one-second wait is over: the
    // recovery copy can only come from the boundary.
    await overview(page).clientInput().fill('Root Crash Foods');
    const panel = page.getByTestId('error-panel-root');
    await panel.getByText('TraceReady ran into a problem').waitFor();
    await panel
      .getByText(/Injected render failure on the root page/)
      .first()
      .waitFor();

    page.on('dialog', (dialog) => void dialog.accept()); // leave despite the unsaved project
    await Promise.all([
      page.waitForEvent('load'),
      panel.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await page
      .locator('.ant-modal-confirm', { hasText: 'Recover unsaved work?' })
      .getByRole('button', { name: 'Recover' })
      .click();
    // Recovered as unsaved, so the same URL breaks the UI again: save a copy from there.
    await panel.getByText('TraceReady ran into a problem').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Save a copy…' }).click(),
    ]);
    const copy = parseProject(await readFile(await download.path(), 'utf8'));
    expect(copy.ok && copy.document.meta.client).toBe('Root Crash Foods');
    forgetInjectedErrors(problems, /Injected render failure on the root page/);
  });
});
