import { describe, expect, it } from 'vitest';
import { parseProject } from '../../shared/model/parse.ts';
import { useApp } from './support/lifecycle.ts';
import {
  header,
  keys,
  openByUpload,
  overview,
  saveByDownload,
  startScreen,
} from './support/screens.ts';

const app = useApp();

describe('a project from start to reopen', () => {
  it('creates, edits, undoes, redoes, saves (download) and reopens a project', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const title = overview(page).titleInput();
    await expect.poll(() => title.inputValue()).toBe('New traceability integration project');

    await title.fill('Suzhou pilot');
    await expect.poll(() => header(page).projectTitle().textContent()).toBe('Suzhou pilot');
    // Never saved: no file name, and it reads as not saved (not "Saved").
    await expect.poll(() => header(page).saveState().textContent()).toBe('Not saved yet');
    expect(await page.getByTestId('file-name').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Suzhou pilot (unsaved) — TraceReady');

    await keys.undo(page);
    await expect.poll(() => title.inputValue()).toBe('New traceability integration project');
    await keys.redo(page);
    await expect.poll(() => title.inputValue()).toBe('Suzhou pilot');

    const saved = await saveByDownload(page);
    expect(saved.name).toBe('Suzhou pilot.trplan');
    const parsed = parseProject(saved.text);
    expect(parsed.ok && parsed.document.meta.title).toBe('Suzhou pilot');
    // A download may be cancelled without the page knowing: the project stays unsaved (issue 11).
    await expect.poll(() => header(page).saveState().textContent()).toBe('Not saved yet');
    await expect.poll(() => page.title()).toBe('Suzhou pilot (unsaved) — TraceReady');

    await header(page).close();
    await page.getByRole('button', { name: 'Don’t save' }).click();
    await startScreen(page).recentItem('Suzhou pilot.trplan').waitFor();

    await openByUpload(page, saved.name, saved.text.replace('Suzhou pilot', 'Suzhou pilot v2'));
    await expect.poll(() => overview(page).titleInput().inputValue()).toBe('Suzhou pilot v2');
    await expect.poll(() => header(page).saveState().textContent()).toBe('Saved');
  });

  it('refuses a broken file with located errors and keeps the open project', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const exampleTitle = await overview(page).titleInput().inputValue();

    const broken = JSON.stringify({ schemaVersion: 1, id: 'x', meta: { title: 42 } });
    await openByUpload(page, 'broken.trplan', broken);
    const dialog = page.locator('.ant-modal-confirm', {
      hasText: 'broken.trplan cannot be opened',
    });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('/meta/title');
    await dialog.getByRole('button').last().click();

    expect(await overview(page).titleInput().inputValue()).toBe(exampleTitle);
  });

  it('asks Save / Don’t save / Cancel before closing unsaved changes', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    await overview(page).titleInput().fill('Do not lose me');
    const question = page.locator('.ant-modal-confirm', {
      hasText: 'Save the changes to “Do not lose me”?',
    });

    await header(page).close();
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await overview(page).titleInput().inputValue()).toBe('Do not lose me');

    await header(page).close();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      question.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Do not lose me.trplan');
    await startScreen(page).recentItem('Do not lose me.trplan').waitFor();

    await startScreen(page).createFromTemplate('blank');
    await overview(page).titleInput().fill('Throw me away');
    await header(page).close();
    await page
      .locator('.ant-modal-confirm', { hasText: 'Throw me away' })
      .getByRole('button', { name: 'Don’t save' })
      .click();
    await page.getByTestId('create-blank').waitFor();
  });
});
