import { describe, expect, it } from 'vitest';
import { useApp } from './support/lifecycle.ts';
import { header, keys, overview, startScreen } from './support/screens.ts';

const app = useApp();

describe('opening a file that is not UTF-8 in the web app (issue 11, item 3)', () => {
  it('names the encoding, as the desktop and the CLI do, and keeps the open project', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const title = await overview(page).titleInput().inputValue();

    // A project saved as UTF-16 by a Windows editor: byte-order mark, then two bytes a character.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('{"schemaVersion":2,"meta":{"title":"x"}}', 'utf16le'),
    ]);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), header(page).open()]);
    await chooser.setFiles({ name: 'windows.trplan', mimeType: 'application/json', buffer: utf16 });

    const dialog = page.locator('.ant-modal-confirm', {
      hasText: 'windows.trplan cannot be opened',
    });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('This file is not UTF-8 (it looks like UTF-16)');
    await dialog.getByRole('button').last().click();
    expect(await overview(page).titleInput().inputValue()).toBe(title);
  });
});

describe('saves the user can trust (issue 11, items 5 and 7)', () => {
  it('shows an autosave that failed, and the project stays unsaved', async () => {
    const { page, context } = await app.open();
    // The browser's storage refuses the recovery copy (quota, private mode), nothing else.
    await context.addInitScript(() => {
      const descriptor = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put');
      const put = descriptor?.value as IDBObjectStore['put'];
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        if (key === 'recovery')
          throw new DOMException('Quota exceeded (test)', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    });
    await page.reload();
    await startScreen(page).createFromTemplate('food-plant');
    await overview(page).clientInput().fill('Nowhere Foods');

    await page
      .getByText(
        'Autosave failed: your unsaved changes have no recovery copy (Quota exceeded (test)). Save the project to a file.',
      )
      .waitFor();
    expect(await header(page).saveState().textContent()).toBe('Not saved yet');
    expect(await page.getByText(/^Autosaved /).count()).toBe(0);
  });

  it('after a cancelled download, keeps the project unsaved and its recovery copy', async () => {
    const { page } = await app.open(); // no save picker: saving downloads
    await startScreen(page).createFromTemplate('food-plant');
    await overview(page).clientInput().fill('Cancelled Download Ltd.');

    const [download] = await Promise.all([page.waitForEvent('download'), keys.save(page)]);
    await download.cancel();
    await expect.poll(() => header(page).saveState().textContent()).toBe('Not saved yet');
    await expect.poll(() => page.title()).toMatch(/\(unsaved\) — TraceReady$/);

    page.on('dialog', (dialog) => void dialog.accept()); // leave despite the unsaved project
    await page.reload();
    const prompt = page.locator('.ant-modal-confirm', { hasText: 'Recover unsaved work?' });
    await prompt.getByRole('button', { name: 'Recover' }).click();
    await expect
      .poll(() => overview(page).clientInput().inputValue())
      .toBe('Cancelled Download Ltd.');
  });
});
